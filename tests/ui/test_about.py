"""关于 Station: version, licence and the bundled libraries, from the Help menu."""

from PySide6.QtWidgets import QLabel

from station import about
from station.ui.about_dialog import AboutDialog, app_icon


def test_the_about_dialog_lists_the_version_and_every_bundled_library(window, monkeypatch):
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    help_menu = next(a.menu() for a in window.menuBar().actions() if "帮助" in a.text())
    next(a for a in help_menu.actions() if a.text() == "关于 Station").trigger()
    (dialog,) = shown
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert about.version() in texts
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["dlib-bin"] == "Boost Software License"
    assert "LGPL-3.0" in rows["PySide6_Essentials"]
    assert table.rowCount() == len(about.libraries())


def test_the_application_icon_loads():
    icon = app_icon()
    assert not icon.isNull()
    assert icon.pixmap(32, 32).width() == 32
