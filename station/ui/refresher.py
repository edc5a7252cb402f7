"""Keeps the open lists current while other workstations work: asks the database every few seconds
(in a thread, so a slow or unreachable server never freezes the window) whether anything changed,
and says so when the shared database cannot be reached, and again when it is back."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from station.domain.errors import UserError
from station.services.changes import ChangeWatch

POLL_SECONDS = 5


class _Ask(QThread):
    answered = Signal(int)
    failed = Signal(str)

    def __init__(self, watch: ChangeWatch) -> None:
        super().__init__()
        self.watch = watch

    def run(self) -> None:
        try:
            self.answered.emit(self.watch.latest())
        except UserError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # the connection itself: reported, retried at the next poll
            self.failed.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


class Refresher(QObject):
    changed = Signal()  # another workstation (or this one) changed records
    unreachable = Signal(str)  # the database could not be asked; the text says why
    reachable = Signal()  # it answers again

    def __init__(self, watch: ChangeWatch, parent: QObject | None = None,
                 seconds: float = POLL_SECONDS) -> None:  # fmt: skip
        super().__init__(parent)
        self.watch = watch
        self.seen: int | None = None
        self.down = False
        self._asking: _Ask | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self.timer.stop()
        if self._asking is not None:
            self._asking.wait(10_000)

    def poll(self) -> None:
        if self._asking is not None and self._asking.isRunning():
            return  # the last question is still out (a slow server): do not pile up
        ask = _Ask(self.watch)
        ask.answered.connect(self._answered)
        ask.failed.connect(self._failed)
        self._asking = ask
        ask.start()

    def _answered(self, latest: int) -> None:
        if self.down:
            self.down = False
            self.reachable.emit()
        if self.seen is not None and latest != self.seen:
            self.changed.emit()
        self.seen = latest

    def _failed(self, reason: str) -> None:
        if not self.down:
            self.down = True
            self.unreachable.emit(reason)
