"""What Station is made of: its version, licence and the libraries it ships with (read from the
installed packages' metadata, so the list is the one actually bundled)."""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata

from station import __version__
from station.domain.i18n import QT_TRANSLATE_NOOP

LICENCE = "GPL-3.0-or-later"
MODEL_NOTE = QT_TRANSLATE_NOOP(
    "About",
    "人脸模型来自 dlib-models（Davis King）。其中 68 点特征点模型用 iBUG 300-W 数据训练，"
    "该数据的许可不允许商业使用；Station 仅供救助机构的公益工作使用。",
)


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def version() -> str:
    return __version__


KIND_BUNDLE = QT_TRANSLATE_NOOP("About", "安装版")
KIND_SOURCE = QT_TRANSLATE_NOOP("About", "源代码运行")


def frozen() -> bool:
    """True inside the installed (PyInstaller) bundle."""
    return bool(getattr(sys, "frozen", False))


def kind() -> str:
    """How this copy runs: installed or from source (a template of the "About" context)."""
    return KIND_BUNDLE if frozen() else KIND_SOURCE


def runtime() -> str:
    return f"Python {platform.python_version()}, {platform.system()} {platform.machine()}"


def libraries(root: str = "station") -> list[Library]:
    """Every package ``root`` needs at run time, directly or not, with its version and licence,
    sorted by name; Python itself first."""
    seen: dict[str, Library] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional or platform-specific dependency not installed here
        key = _canonical(dist.metadata["Name"])
        if key in seen:
            continue
        seen[key] = Library(dist.metadata["Name"], dist.version, _licence(dist))
        for requirement in dist.requires or []:
            if "extra ==" in requirement or "sys_platform == 'never'" in requirement:
                continue
            todo.append(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])
    seen.pop(_canonical(root), None)
    python = Library("Python", platform.python_version(), "PSF-2.0")
    return [python, *sorted(seen.values(), key=lambda lib: lib.name.lower())]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence(dist: metadata.Distribution) -> str:
    md = dist.metadata
    expression = md.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [
        c.split("::")[-1].strip()
        for c in md.get_all("Classifier") or []
        if c.startswith("License ::") and "OSI Approved ::" in c
    ]
    if classifiers:
        return ", ".join(classifiers)
    text = (md.get("License") or "").strip().splitlines()
    return text[0][:60] if text else "—"
