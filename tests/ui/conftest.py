import pytest
from PySide6.QtWidgets import QMessageBox

from station.ui.main_window import MainWindow


@pytest.fixture
def clock():
    """The forms start from the workstation's real time, so the services must share it."""
    import datetime as dt

    from tests.conftest import FixedClock

    return FixedClock(dt.datetime.now(dt.UTC))


@pytest.fixture(autouse=True)
def no_system_viewer(monkeypatch):
    """Opening a file in the system's viewer is recorded instead of launching a program."""
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )
    return opened


@pytest.fixture(autouse=True)
def no_automatic_comparison(monkeypatch):
    """The window's comparison by itself is started by hand where a test wants it."""
    monkeypatch.setattr(MainWindow, "AUTO_MATCH", False)


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A message box nobody expected fails the test instead of waiting forever for a click."""

    def refuse(kind):
        def show(parent, title, text, *args, **kwargs):
            raise AssertionError(f"unexpected {kind} dialog: {title}: {text}")

        return staticmethod(show)

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, refuse(kind))

    def refuse_dialog(self):
        raise AssertionError(f"unexpected dialog: {self.windowTitle()}")

    from station.ui.casework_dialogs import StepDialog
    from station.ui.earlier_dialog import EarlierStayDialog
    from station.ui.face_picker import FacePickerDialog
    from station.ui.merge_dialog import MergeDialog
    from station.ui.print_dialog import PrintDialog

    for dialog in (EarlierStayDialog, FacePickerDialog, StepDialog, PrintDialog, MergeDialog):
        monkeypatch.setattr(dialog, "exec", refuse_dialog)


@pytest.fixture
def window(qtbot, services, admin, config, monkeypatch):
    def discard_unsaved(_widget):
        # Closing at teardown must never wait on a question to a user who is not there.
        monkeypatch.setattr(
            QMessageBox,
            "question",
            staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard),
        )

    win = MainWindow(services, admin, config.data_dir)
    qtbot.addWidget(win, before_close_func=discard_unsaved)
    win.show()
    return win


@pytest.fixture
def answer(monkeypatch):
    """Answer the next QMessageBox.question with the given button, and record the question."""
    asked: list[str] = []

    def set_answer(button: QMessageBox.StandardButton) -> list[str]:
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return button

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        return asked

    return set_answer


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: ASCII as key presses, Chinese as an input method commits it."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
