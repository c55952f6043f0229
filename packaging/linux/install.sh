#!/bin/sh
# Install EnquiryDesk for this user, from the unpacked tarball (no root needed):
#
#     ./install.sh              install, or upgrade in place
#     ./install.sh --uninstall  remove the program (the shop's data stays)
#
# The program goes to ~/.local/opt/EnquiryDesk, the `enquirydesk` command to
# ~/.local/bin, the menu entry to ~/.local/share/applications and the icons to
# ~/.local/share/icons/hicolor. The shop's data (~/.local/share/EnquiryDesk), its
# backups (~/Documents/EnquiryDesk Backups) and settings (~/.config/EnquiryDesk) are
# never touched, by installing, upgrading or uninstalling.
set -eu

APP_ID=io.github.enquirydesk.EnquiryDesk
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/EnquiryDesk
bin_dir=$HOME/.local/bin
launcher=$bin_dir/enquirydesk
applications=$data_home/applications
desktop_file=$applications/$APP_ID.desktop
metainfo=$data_home/metainfo/$APP_ID.metainfo.xml
icons=$data_home/icons/hicolor
sizes="16 24 32 48 64 128 256 512"

say() { printf '%s\n' "$*"; }

refresh_desktop() {
  # The menus and icon themes read these caches where the desktop keeps them.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
  fi
}

uninstall() {
  rm -f "$desktop_file" "$metainfo"
  for size in $sizes; do
    rm -f "$icons/${size}x${size}/apps/$APP_ID.png"
  done
  rm -f "$icons/scalable/apps/$APP_ID.svg"
  if [ -L "$launcher" ]; then
    rm -f "$launcher"
  fi
  rm -rf "$target"
  refresh_desktop
  say "EnquiryDesk was removed. The shop's data, backups and settings were kept."
}

# The value of a desktop entry's Exec key for `path` (quoted when it holds a space).
exec_value() {
  case $1 in
    *[[:space:]\"\`\$\\]*)
      printf '"%s"' "$(printf '%s' "$1" | sed 's/[\\"`$]/\\\\&/g')" ;;
    *) printf '%s' "$1" ;;
  esac
}

install() {
  if [ ! -x "$here/EnquiryDesk" ] || [ ! -d "$here/_internal" ]; then
    say "install.sh: run it from the unpacked EnquiryDesk folder (EnquiryDesk and _internal beside it)." >&2
    exit 1
  fi
  resources=$here/_internal/enquirydesk/resources
  if [ "$here" != "$target" ]; then
    # A fresh copy beside the old one, then swapped in: an interrupted upgrade leaves
    # the installed program whole.
    mkdir -p "$(dirname "$target")"
    rm -rf "$target.new"
    cp -a "$here" "$target.new"
    rm -rf "$target.old"
    if [ -e "$target" ]; then mv "$target" "$target.old"; fi
    mv "$target.new" "$target"
    rm -rf "$target.old"
    resources=$target/_internal/enquirydesk/resources
  fi

  mkdir -p "$bin_dir"
  ln -sfn "$target/EnquiryDesk" "$launcher"

  mkdir -p "$applications" "$(dirname "$metainfo")"
  program=$(exec_value "$target/EnquiryDesk")
  EXEC_VALUE=$program awk '/^Exec=/ { print "Exec=" ENVIRON["EXEC_VALUE"]; next } { print }' \
    "$resources/$APP_ID.desktop" >"$desktop_file.part"
  mv "$desktop_file.part" "$desktop_file"
  cp "$resources/$APP_ID.metainfo.xml" "$metainfo"

  for size in $sizes; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$resources/enquirydesk-$size.png" "$icons/${size}x${size}/apps/$APP_ID.png"
  done
  mkdir -p "$icons/scalable/apps"
  cp "$resources/enquirydesk.svg" "$icons/scalable/apps/$APP_ID.svg"
  refresh_desktop

  say "EnquiryDesk $("$target/EnquiryDesk" --version 2>/dev/null | sed 's/^EnquiryDesk //') is installed in $target."
  say "Start it from your desktop's menu, or as 'enquirydesk' in a terminal."
  case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) say "($bin_dir is not on your PATH yet: it is after you log in again.)" ;;
  esac
}

case ${1:-} in
  "") install ;;
  --uninstall) uninstall ;;
  -h | --help) sed -n '2,11s/^# \{0,1\}//p' "$0" ;;
  *)
    say "install.sh: unknown option '$1' (use --uninstall, or nothing to install)." >&2
    exit 2
    ;;
esac
