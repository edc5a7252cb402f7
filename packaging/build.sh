#!/usr/bin/env bash
# Build Station for Linux: the one-folder bundle (dist/station/), checked by its own self-test, and
# a release archive with the desktop entry, AppStream metadata, icon and install script.
#   bash packaging/build.sh
# Needs uv; on Debian/Ubuntu also the Qt runtime libraries listed in .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
ID=org.stationapp.Station

uv sync --locked --group packaging
VERSION="$(uv run --group packaging python -c 'import station; print(station.__version__)')"
if ! grep -q "<release version=\"$VERSION\"" "packaging/linux/$ID.metainfo.xml"; then
    echo "packaging/linux/$ID.metainfo.xml has no <release> for version $VERSION" >&2
    exit 1
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "packaging/linux/$ID.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "packaging/linux/$ID.metainfo.xml"
fi

uv run --group packaging pyinstaller packaging/station.spec --noconfirm --clean \
    --distpath dist --workpath build/pyinstaller --log-level WARN

# The bundle checks itself: database, face stack, PDF with a CJK font, interface parts.
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" STATION_DATA_DIR="$(mktemp -d)" \
    dist/station/station --self-test

RELEASE="station-$VERSION-linux-$(uname -m)"
rm -rf "dist/$RELEASE" "dist/$RELEASE.tar.gz"
mkdir -p "dist/$RELEASE/share/applications" "dist/$RELEASE/share/metainfo" \
    "dist/$RELEASE/share/icons/hicolor/256x256/apps"
cp -al dist/station "dist/$RELEASE/station"  # hard links: no second copy on disk
cp "packaging/linux/$ID.desktop" "dist/$RELEASE/share/applications/"
cp "packaging/linux/$ID.metainfo.xml" "dist/$RELEASE/share/metainfo/"
cp resources/icons/station.png "dist/$RELEASE/share/icons/hicolor/256x256/apps/$ID.png"
cp packaging/linux/install.sh "dist/$RELEASE/"
tar -C dist -czf "dist/$RELEASE.tar.gz" "$RELEASE"
echo "built dist/station/ and dist/$RELEASE.tar.gz ($(du -sh "dist/$RELEASE.tar.gz" | cut -f1))"
