"""设置 → 比对阈值: the administrator sees how the bands did and sets new limits."""

import pytest
from PySide6.QtWidgets import QMessageBox

from station.domain.matching import Bands
from station.ui.bands_dialog import BandsDialog


def open_from_menu(window, monkeypatch):
    shown = []
    monkeypatch.setattr(BandsDialog, "exec", lambda self: shown.append(self) or 0)
    settings = next(a.menu() for a in window.menuBar().actions() if "设置" in a.text())
    next(a for a in settings.actions() if a.text() == "比对阈值…").trigger()
    return shown[0]


def test_an_administrator_sets_new_limits_and_they_are_kept(window, services, monkeypatch):
    dialog = open_from_menu(window, monkeypatch)
    same = dialog.same
    table = same.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "高度相似", "可能相似", "略有相似", "不太相似",
    ]  # fmt: skip
    assert table.item(0, 1).text() == "≤ 0.250" and table.item(0, 3).text() == "0"
    assert "至少需要 50 个" in same.suggestion.text()
    assert not same.use_suggestion.isVisibleTo(dialog)
    # Cross-age pairs: limits of their own, by default without "strong".
    assert dialog.tabs.tabText(1) == "跨年龄（儿童对成人）"
    assert dialog.cross.table.item(0, 1).text() == "不标此档"
    assert dialog.cross.strong.text() == "0（不标此档）"

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    same.strong.setValue(0.3)  # above "possible": refused, nothing saved
    dialog.save()
    assert "阈值应满足" in told[-1] and services.bands.current() == Bands()
    same.strong.setValue(0.24)
    same.possible.setValue(0.27)
    same.weak.setValue(0.31)
    dialog.cross.strong.setValue(0.26)
    dialog.cross.possible.setValue(0.3)
    dialog.cross.weak.setValue(0.35)
    dialog.save()
    assert services.bands.current() == Bands(0.24, 0.27, 0.31, 0.26, 0.3, 0.35)
    assert table.item(0, 1).text() == "≤ 0.240" and "已保存" in told[-1]
    assert dialog.cross.table.item(0, 1).text() == "≤ 0.260"


@pytest.fixture
def clerk_window(qtbot, services, clerk, config):
    from station.ui.main_window import MainWindow

    win = MainWindow(services, clerk, config.data_dir)
    qtbot.addWidget(win)
    return win


def test_others_can_look_but_not_change(clerk_window, monkeypatch):
    dialog = open_from_menu(clerk_window, monkeypatch)
    assert not dialog.save_button.isEnabled()
    assert dialog.same.strong.isReadOnly() and dialog.cross.weak.isReadOnly()
