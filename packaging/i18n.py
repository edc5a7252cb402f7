"""Keep the translations in step with the code.

    uv run python packaging/i18n.py update    # pyside6-lupdate: add new strings to the .ts files
    uv run python packaging/i18n.py release   # pyside6-lrelease: compile .ts to the .qm Station loads

Station's source strings are Simplified Chinese; resources/i18n/station_en.ts holds English.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ["en"]


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "station").rglob("*.py"))
    for lang in LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "zh_CN",
                "-target-language",
                lang,
                "-ts",
                str(I18N / f"station_{lang}.ts"),
            ],
            check=True,
            cwd=ROOT,
        )


def release(out_dir: Path = I18N) -> list[Path]:
    outputs = []
    for lang in LANGUAGES:
        qm = out_dir / f"station_{lang}.qm"
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                str(I18N / f"station_{lang}.ts"),
                "-qm",
                str(qm),
            ],
            check=True,
        )
        outputs.append(qm)
    return outputs


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1]]()
