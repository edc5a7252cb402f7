"""Render the application icon from ``resources/icons/station.svg``: PNGs for the window and the
Linux desktop entry, and a multi-size ``.ico`` for Windows (the executable and the installer).

    uv run python packaging/icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "station.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'station.svg'}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    images[256].save(ICONS / "station.png", optimize=True)
    images[256].save(ICONS / "station.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {ICONS / 'station.png'} and {ICONS / 'station.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
