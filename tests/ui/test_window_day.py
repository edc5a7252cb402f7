"""A working day in one window: what is opened and closed again does not stay behind."""

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QWidget


def settle() -> None:
    """What the event loop does between two clicks: objects given up with deleteLater go."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_dialogs_and_tabs_opened_from_the_window_do_not_stay_behind(window, monkeypatch):
    from station.ui.casework_dialogs import StepDialog

    def look_and_close(self) -> int:  # a user who opens a dialog, reads it and presses Esc
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look_and_close)
    monkeypatch.setattr(StepDialog, "exec", look_and_close)

    def a_round() -> None:
        window.edit_bands()
        window.edit_rules()
        window.edit_station()
        window.change_password()
        window.manage_accounts()
        window._about()
        window.idle_lock.lock()  # the screen lock, ten idle minutes at a time all day
        window.open_audit().close()
        window.open_backups().close()
        intake = window.open_intake()
        window.close_tab(window.tabs.indexOf(intake))
        window.open_todo()
        window.todo.refresh()
        settle()

    a_round()  # pages opened once and kept (lists, search) are counted from here
    before = len(window.findChildren(QWidget))
    for _ in range(5):
        a_round()
    assert not window.findChildren(QDialog)
    assert len(window.findChildren(QWidget)) == before
