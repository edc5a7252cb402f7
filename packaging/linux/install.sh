#!/usr/bin/env bash
# Install the Station bundle on a Linux PC (run from the unpacked folder, as root for all users):
#   sudo ./install.sh            -> /opt/station, a menu entry for everyone, `station` on the PATH
#   ./install.sh --user          -> ~/.local/opt/station, a menu entry for you only
# The station's data (database, photos, backups) lives elsewhere and is never touched here.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ID=org.stationapp.Station
if [ "${1:-}" = "--user" ]; then
    PREFIX="$HOME/.local"; APP="$HOME/.local/opt/station"
else
    PREFIX=/usr/local; APP=/opt/station
fi
mkdir -p "$APP" "$PREFIX/bin" "$PREFIX/share/applications" \
    "$PREFIX/share/icons/hicolor/256x256/apps" "$PREFIX/share/metainfo"
cp -a "$HERE/station/." "$APP/"
ln -sf "$APP/station" "$PREFIX/bin/station"
sed "s|^Exec=station$|Exec=$APP/station|" "$HERE/share/applications/$ID.desktop" \
    > "$PREFIX/share/applications/$ID.desktop"
cp "$HERE/share/icons/hicolor/256x256/apps/$ID.png" "$PREFIX/share/icons/hicolor/256x256/apps/"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$PREFIX/share/metainfo/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
echo "Station installed in $APP. Check it with: $APP/station --self-test"
