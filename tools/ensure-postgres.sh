#!/usr/bin/env bash
# The tests of the shop's server run against a throwaway PostgreSQL server they start
# themselves (tests/pg_server.py): they need the server's programs, not a running service.
# Installed from the distribution's packages when they are missing and this is root on a
# Debian-like system; otherwise those tests are skipped, with a note (CI insists: it sets
# ENQUIRYDESK_REQUIRE_POSTGRES=1 and the suite then fails without them).
set -euo pipefail

found() {
  command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1 && return 0
  compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || compgen -G "/usr/pgsql-*/bin/pg_ctl" >/dev/null
}

if found; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing PostgreSQL (the tests start a server of their own in a temporary folder)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >/dev/null
  found && exit 0
fi
echo "PostgreSQL is not installed: the tests on a database server will be skipped" \
  "(sudo apt-get install postgresql)." >&2
