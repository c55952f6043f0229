#!/usr/bin/env bash
# The bundle tried as a shop's computer would run it: from a folder outside the source
# tree, with an empty environment (no virtual environment, no PYTHONPATH, a home of its
# own), offscreen. `make package` runs it after building; by hand:
#
#     packaging/smoke_test.sh [dist/EnquiryDesk]
#
# Checks: --version; demo data (1,000 enquiries, and 100,000, which are made by worker
# processes: the bundle must start them as workers, not as a second program); the month's
# report as JSON and in Slovenian (the translations are found); a shop's server that does not
# answer is said in a sentence (the PostgreSQL driver is in the bundle); the window opens, answers
# a second start, and quits cleanly, with its icon found; no Qt library the bundle needs
# was left out. Prints the bundle's size.
set -euo pipefail

bundle=$(cd "${1:-dist/EnquiryDesk}" && pwd)
exe="$bundle/EnquiryDesk"
internal="$bundle/_internal"
[[ -x $exe ]] || { echo "smoke test: no executable at $exe" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run"
cd "$tmp"

step() { printf '\n== %s\n' "$*"; }
fail() { printf '\nsmoke test FAILED: %s\n' "$*" >&2; exit 1; }
# The program with nothing of this shell's environment but what a session has; LIMIT
# seconds at most (a hang fails the test instead of stopping it).
app() {
  timeout "${LIMIT:-300}" env -i HOME="$tmp" PATH=/usr/bin:/bin XDG_RUNTIME_DIR="$tmp/run" \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen ${EXTRA_ENV:-} "$exe" "$@"
}

step "EnquiryDesk --version"
version=$(app --version) || fail "--version exited $?"
echo "$version"
expected=$(sed -n 's/^enquirydesk \(.*\)$/EnquiryDesk \1/p' "$bundle/licenses/VERSIONS.txt")
[[ $version == "$expected" ]] || fail "--version said '$version', the bundle is '$expected'"

step "EnquiryDesk --db x.sqlite demo --enquiries 1000"
out=$(app --db "$tmp/x.sqlite" demo --enquiries 1000) || fail "demo exited $?"
echo "$out"
[[ $out == *"1,000 demo enquiries"* ]] || fail "demo did not say it added 1,000 enquiries"

step "EnquiryDesk --db big.sqlite demo --enquiries 100000   (worker processes)"
started=$SECONDS
out=$(app --db "$tmp/big.sqlite" demo --enquiries 100000) \
  || fail "the demo with worker processes exited $? (or hung)"
echo "$out ($((SECONDS - started)) s)"
[[ $out == *"100,000 demo enquiries"* ]] || fail "the demo with workers did not finish"

month=$(date +%Y-%m)
step "EnquiryDesk --db x.sqlite report --month $month --format json"
app --db "$tmp/x.sqlite" report --month "$month" --format json >"$tmp/report.json" \
  || fail "report exited $?"
head -c 300 "$tmp/report.json"
echo " …"
grep -q "\"month\": \"$month\"" "$tmp/report.json" || fail "the JSON report is not the month's"
if command -v python3 >/dev/null; then  # the system's Python, only to read the JSON
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$tmp/report.json" \
    || fail "the report is not valid JSON"
fi

step "EnquiryDesk --lang sl --db x.sqlite report --month $month"
app --lang sl --db "$tmp/x.sqlite" report --month "$month" >"$tmp/report-sl.txt" \
  || fail "report in Slovenian exited $?"
head -4 "$tmp/report-sl.txt"
grep -q "Mesečno poročilo" "$tmp/report-sl.txt" && grep -q "Povpraševanja" "$tmp/report-sl.txt" \
  || fail "the report is not in Slovenian: the translations were not found"

step "EnquiryDesk --db postgresql://… report   (a server that does not answer)"
# psycopg and its compiled libpq come with the bundle: a server that is not there is
# said in one sentence, not "no pq wrapper available".
server=$(LIMIT=30 app --db "postgresql://shop@127.0.0.1:9/shop" report --month "$month" 2>&1) \
  && fail "a report from a server that is not there succeeded"
echo "$server"
[[ $server == *"cannot be reached"* ]] || fail "the server's driver did not load: $server"

step "the window, offscreen: opens, answers a second start, quits"
EXTRA_ENV="ENQUIRYDESK_QUIT_AFTER_MS=8000" LIMIT=60 app --db "$tmp/x.sqlite" \
  >"$tmp/window.out" 2>"$tmp/window.err" &
window=$!
for _ in $(seq 1 100); do  # until the window holds the file's lock
  compgen -G "$tmp/run/EnquiryDesk/*.lock" >/dev/null && break
  kill -0 "$window" 2>/dev/null || break
  sleep 0.1
done
answered=""
for _ in $(seq 1 5); do
  # A second start on the file: the window is asked to come forward (through its local
  # socket), and this start ends. The time limits keep a lost race from hanging here.
  second=$(EXTRA_ENV="ENQUIRYDESK_QUIT_AFTER_MS=2000" LIMIT=20 app --db "$tmp/x.sqlite" 2>&1 || true)
  if [[ $second == *"already has"* ]]; then answered=$second; break; fi
  sleep 0.5
done
status=0
wait "$window" || status=$?
cat "$tmp/window.err" | grep -v "does not support propagateSizeHints" || true
[[ $status == 0 ]] || fail "the window exited $status"
[[ -n $answered ]] || fail "the window never answered a second start"
echo "a second start: $answered"
echo "the window quit with status 0"
if grep -E -q "Traceback|icon is missing|Could not load the Qt platform plugin|cannot open its window" \
  "$tmp/window.err"; then
  fail "the window reported a problem (above)"
fi

step "the package's files in the bundle"
for size in 16 24 32 48 64 128 256 512; do
  [[ -s $internal/enquirydesk/resources/enquirydesk-$size.png ]] || fail "no $size px icon"
done
for file in resources/io.github.enquirydesk.EnquiryDesk.desktop \
  resources/io.github.enquirydesk.EnquiryDesk.metainfo.xml \
  translations/enquirydesk_sl.qm translations/enquirydesk_id.qm translations/qtbase_sl.qm; do
  [[ -s $internal/enquirydesk/$file ]] || fail "enquirydesk/$file is missing"
done
for file in LICENSE THIRD_PARTY_NOTICES.md licenses/LGPL-3.0.txt licenses/VERSIONS.txt; do
  [[ -s $bundle/$file ]] || fail "$file is missing"
done
echo "icons 16–512 px, desktop entry, metainfo, translations, licences: present"

step "shared libraries"
lacking=$(cd "$internal" && find . \( -name '*.so' -o -name '*.so.*' \) -type f -print0 \
  | LD_LIBRARY_PATH="$internal" xargs -0 ldd 2>/dev/null | awk '/=> not found/ {print $1}' \
  | sort -u)
if grep -E -q '^lib(Qt6|icu|pyside6|shiboken6|python)' <<<"$lacking"; then
  fail "the bundle lacks libraries of its own: $(tr '\n' ' ' <<<"$lacking")"
fi
if [[ -n $lacking ]]; then
  echo "from the system, missing on this machine: $(tr '\n' ' ' <<<"$lacking")"
else
  echo "every library the bundle links is in it or on this system"
fi

size=$(du -sm "$bundle" | cut -f1)
printf '\nsmoke test passed: %s, %s MB unpacked\n' "$bundle" "$size"
if ((size >= 150)); then
  echo "note: the bundle is over the 150 MB aimed at" >&2
fi
