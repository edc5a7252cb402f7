"""Encoding the lists' photos in the background (after an encoder change, or an import cut short)
while the station works on: progress in the status bar, a button to pause, resumed at the next
start or from the lists page (what was encoded is kept as it goes)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from station.domain.errors import UserError
from station.services.encoding import default_workers
from station.services.lists import EncodeReport, ListService


class BackgroundEncode(QThread):
    progressed = Signal(int, int)
    finished_with = Signal(object)  # EncodeReport, or a message (str) when it failed

    def __init__(self, lists: ListService, workers: int | None = None) -> None:
        super().__init__()
        self.lists = lists
        self.workers = workers or max(1, default_workers() - 1)  # leave a core to the window
        self.stop_flag = threading.Event()

    def run(self) -> None:
        try:
            report = self.lists.encode(
                None, workers=self.workers, progress=self.progressed.emit,
                stop=self.stop_flag.is_set,
            )  # fmt: skip
        except UserError as exc:
            self.finished_with.emit(exc.message)
            return
        self.finished_with.emit(report)


class EncodeStatus(QWidget):
    """The status bar's part: what is being encoded, and a pause button."""

    def __init__(self, job: BackgroundEncode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.label = QLabel(self.tr("后台编码名单照片…"))
        self.pause_button = QPushButton(self.tr("暂停"))
        self.pause_button.setFlat(True)
        self.pause_button.clicked.connect(self.pause)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.pause_button)
        job.progressed.connect(self.show_progress)
        job.finished_with.connect(self.show_result)

    def show_progress(self, done: int, total: int) -> None:
        self.label.setText(
            self.tr("后台编码名单照片：{done} / {total}").format(done=done, total=total)
        )

    def pause(self) -> None:
        self.job.stop_flag.set()
        self.pause_button.setEnabled(False)
        self.label.setText(self.tr("正在暂停（当前照片编完即停）…"))

    def show_result(self, result: object) -> None:
        self.pause_button.hide()
        if isinstance(result, EncodeReport):
            text = (
                self.tr("名单照片编码已暂停，还剩 {n} 张；可在名单页继续。").format(
                    n=result.remaining
                )
                if result.stopped
                else self.tr("名单照片编码完成：{n} 张。").format(n=result.encoded)
            )
        else:
            text = self.tr("名单照片编码未完成：{reason}").format(reason=str(result))
        self.label.setText(text)
