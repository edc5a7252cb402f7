"""Render the README screenshots from a demo database (run under Xvfb with a CJK font).

xvfb-run -a -s "-screen 0 1400x900x24" uv run python packaging/screenshots.py docs/screenshots
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from station.app import install_translators
from station.config import Config
from station.services import demo
from station.services.container import Services
from station.ui.main_window import MainWindow


def main(out: Path, language: str = "zh_CN") -> None:
    app = QApplication(sys.argv)
    install_translators(app, language)
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="station-shots-"))
    try:
        services = Services.open(Config.load(data))
        staff = services.auth.create_first_admin(
            username="admin", display_name="王站长", password="station-demo-1"
        )
        demo.seed(services, staff, count=300)
        window = MainWindow(services, staff, data)
        window.resize(1360, 860)
        window.show()

        def snap(name: str) -> None:
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(out / f"{name}.png"))

        snap("resident-list")
        intake = window.open_intake()
        intake.person.name.setText("")
        intake.person.features.setPlainText("左眉上方有一道约 3 厘米的疤痕，右手缺小指")
        intake.found_place.setText("火车站南广场候车区")
        intake.brought_by_name.setText("站前派出所 刘警官")
        intake.health.setPlainText("意识清楚，言语不清，左腿轻微擦伤")
        intake.belongings.add_row("旧手机", 1, "屏幕破裂")
        snap("intake-form")
        window.close_tab(window.tabs.indexOf(intake)) if not intake.is_dirty() else None
        window.tabs.removeTab(window.tabs.indexOf(intake))
        first = window.residents.model.row_at(0)
        assert first is not None
        window.open_person(first.person_id)
        snap("person-detail")
        window.open_todo()
        snap("todo")
        stats = window.open_stats()
        stats.preset.setCurrentIndex(2)  # this year
        snap("statistics")
        services.close()
    finally:
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"),
        sys.argv[2] if len(sys.argv) > 2 else "zh_CN",
    )
