"""Long work off the GUI thread, behind a progress dialog with the time left and a cancel button.

The work is a function ``work(progress, stop)`` of the services: it reports ``progress(done, total)``
and asks ``stop()`` between steps; cancelling sets the flag and the work ends at its next step, with
what it finished kept (the services commit as they go).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QThread):
    """The thread itself lives in the GUI thread, so what its signals reach runs there too."""

    progressed = Signal(int, int)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.stop_flag = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.progressed.emit, self.stop_flag.is_set)
        except BaseException as exc:  # handed back to the GUI thread and raised there
            self.error = exc


def run_job(parent: QWidget | None, title: str, label: str, work: Work) -> tuple[Any, bool]:
    """Run ``work`` in a thread while a progress dialog shows; (its result, cancelled?).

    An exception of the work is raised here, in the GUI thread, after the thread has ended.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("Jobs", "取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(420)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    runner = _Worker(work)
    started = time.monotonic()
    loop = QEventLoop()

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        text = label
        elapsed = time.monotonic() - started
        if 0 < done < total and elapsed > 1:
            left = int(elapsed / done * (total - done))
            text += "\n" + QCoreApplication.translate(
                "Jobs", "已完成 {done}/{total}，预计还需 {time}"
            ).format(done=done, total=total, time=_duration(left))
        elif total:
            text += "\n" + QCoreApplication.translate("Jobs", "已完成 {done}/{total}").format(
                done=done, total=total
            )
        dialog.setLabelText(text)

    def cancel() -> None:
        runner.stop_flag.set()
        dialog.setLabelText(QCoreApplication.translate("Jobs", "正在停止，已完成的部分会保留…"))

    runner.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)
    runner.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(cancel)
    runner.start()
    loop.exec()
    runner.wait()
    cancelled = runner.stop_flag.is_set()
    dialog.canceled.disconnect(cancel)  # closing a progress dialog emits canceled
    dialog.close()
    dialog.deleteLater()
    if runner.error is not None:
        raise runner.error
    return runner.result, cancelled


def _duration(seconds: int) -> str:
    if seconds < 60:
        return QCoreApplication.translate("Jobs", "{n} 秒").format(n=seconds)
    if seconds < 3600:
        return QCoreApplication.translate("Jobs", "{n} 分钟").format(n=round(seconds / 60))
    return QCoreApplication.translate("Jobs", "{h} 小时 {m} 分钟").format(
        h=seconds // 3600, m=seconds % 3600 // 60
    )
