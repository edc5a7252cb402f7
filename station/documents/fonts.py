"""A Chinese font reportlab can embed.

reportlab embeds TrueType only (``.ttf``, or one face of a ``.ttc``). A CJK TrueType font is looked
for where systems keep them (Windows: 微软雅黑, 黑体, 宋体; Linux: WenQuanYi, Noto CJK as TTF, Droid
Sans Fallback); without one, reportlab's built-in ``STSong-Light`` is used: the text still shows in
viewers that have Adobe's Asian fonts, but the font is not embedded, and the caller is told so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from station.domain.i18n import QT_TRANSLATE_NOOP

MSG_NO_FONT = QT_TRANSLATE_NOOP(
    "Documents",
    "未找到可嵌入的中文字体，文书使用内置字体 STSong-Light（未嵌入，部分电脑上可能无法显示）。"
    "请安装中文 TrueType 字体：Linux 上安装 fonts-wqy-microhei，Windows 自带微软雅黑或宋体。",
)
NAME = "StationCJK"
FALLBACK = "STSong-Light"

CANDIDATES = (
    # Windows
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    # Debian / Ubuntu / Deepin / UOS / Kylin
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    # macOS
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)


@dataclass(frozen=True)
class FontChoice:
    name: str  # the reportlab font name to use
    path: Path | None  # the file embedded, or None for the built-in fallback

    @property
    def embedded(self) -> bool:
        return self.path is not None


@cache
def cjk_font() -> FontChoice:
    """Register (once) and return the font every document is set in."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for path in _candidates():
        try:
            font = (
                TTFont(NAME, str(path), subfontIndex=0)
                if path.suffix.lower() == ".ttc"
                else (TTFont(NAME, str(path)))
            )
        except (TTFError, OSError, ValueError):
            continue  # a CFF-flavoured or broken file: try the next
        pdfmetrics.registerFont(font)
        return FontChoice(NAME, path)
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK))
    return FontChoice(FALLBACK, None)


def _candidates() -> list[Path]:
    override = os.environ.get("STATION_DOCUMENT_FONT")
    paths = [Path(override)] if override else []
    paths += [Path(p) for p in CANDIDATES]
    return [p for p in paths if p.is_file()]
