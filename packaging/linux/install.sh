#!/bin/sh
# Install this Milestone Desk folder for the current user (no root needed):
#   ./install.sh            install into ~/.local (program stays in this folder)
#   ./install.sh --remove   undo
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
if [ "${1:-}" = "--remove" ]; then
    rm -f "$BIN/milestone-desk" "$PREFIX/applications/milestone-desk.desktop" \
          "$PREFIX/mime/packages/milestone-desk.xml"
    find "$PREFIX/icons/hicolor" -name 'milestone-desk.*' -delete 2>/dev/null || true
    find "$PREFIX/icons/hicolor" -name 'application-x-milestone-desk.*' -delete 2>/dev/null || true
else
    mkdir -p "$BIN" "$PREFIX"
    ln -sf "$HERE/milestone-desk" "$BIN/milestone-desk"
    cp -R "$HERE/share/." "$PREFIX/"
    # point the menu entry at this folder, whether or not ~/.local/bin is on PATH
    sed -i "s|^Exec=milestone-desk|Exec=\"$HERE/milestone-desk\"|" "$PREFIX/applications/milestone-desk.desktop"
fi
command -v update-mime-database >/dev/null && update-mime-database "$PREFIX/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/icons/hicolor" || true
if [ "${1:-}" = "--remove" ]; then
    echo "Removed Milestone Desk from the menu (this folder and your company files are untouched)."
else
    echo "Done. Start Milestone Desk from your applications menu or run: milestone-desk"
fi
