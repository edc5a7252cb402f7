"""Encoding the lists' photos in the background (after an encoder change, or an import cut short)
while the station works on: progress in the status bar, a button to pause, resumed at the next
start or from the lists page (what was encoded is kept as it goes)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from station.domain.errors import UserError
from station.services.cross_match import CrossMatchReport, CrossMatchService
from station.services.encoding import default_workers
from station.services.lists import EncodeReport, ListService
from station.store.models import StaffPublic


class _Job(QThread):
    """Work beside the window: progress as it goes, a flag to pause it, the result at the end."""

    progressed = Signal(int, int)
    finished_with = Signal(object)  # the work's report, or a message (str) when it failed

    def __init__(self) -> None:
        super().__init__()
        self.stop_flag = threading.Event()

    def work(self) -> object:
        raise NotImplementedError

    def run(self) -> None:
        try:
            result = self.work()
        except UserError as exc:  # said in the status bar; the work waits for the next try
            self.finished_with.emit(exc.message)
            return
        self.finished_with.emit(result)


class _Status(QWidget):
    """The status bar's part for a job: what it does, and a pause button."""

    def __init__(self, job: _Job, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.label = QLabel(text)
        self.pause_button = QPushButton(self.tr("暂停"))
        self.pause_button.setFlat(True)
        self.pause_button.clicked.connect(self.pause)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.pause_button)
        job.progressed.connect(self.show_progress)

    def show_progress(self, done: int, total: int) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        self.job.stop_flag.set()
        self.pause_button.setEnabled(False)


class BackgroundEncode(_Job):
    def __init__(self, lists: ListService, workers: int | None = None) -> None:
        super().__init__()
        self.lists = lists
        self.workers = workers or max(1, default_workers() - 1)  # leave a core to the window

    def work(self) -> EncodeReport:
        return self.lists.encode(
            None, workers=self.workers, progress=self.progressed.emit, stop=self.stop_flag.is_set
        )


class EncodeStatus(_Status):
    """The status bar's part: what is being encoded, and a pause button."""

    def __init__(self, job: BackgroundEncode, parent: QWidget | None = None) -> None:
        super().__init__(job, self.tr("后台编码名单照片…"), parent)
        job.finished_with.connect(self.show_result)

    def show_progress(self, done: int, total: int) -> None:
        self.label.setText(
            self.tr("后台编码名单照片：{done} / {total}").format(done=done, total=total)
        )

    def pause(self) -> None:
        super().pause()
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


class BackgroundCrossMatch(_Job):
    """比对待审's work: every pending resident × gallery compared, in the background."""

    def __init__(self, cross_match: CrossMatchService, staff: StaffPublic) -> None:
        super().__init__()
        self.cross_match = cross_match
        self.staff = staff

    def work(self) -> CrossMatchReport:
        return self.cross_match.run(
            self.staff, progress=self.progressed.emit, stop=self.stop_flag.is_set
        )


class CrossMatchStatus(_Status):
    """The status bar's part while residents are compared: progress, and a pause button."""

    def __init__(self, job: BackgroundCrossMatch, parent: QWidget | None = None) -> None:
        super().__init__(job, self.tr("自动比对…"), parent)
        self.hide()  # shown once there is work to do

    def show_progress(self, done: int, total: int) -> None:
        self.show()
        self.label.setText(
            self.tr("自动比对：{done} / {total}（人员 × 名单）").format(done=done, total=total)
        )

    def pause(self) -> None:
        super().pause()
        self.label.setText(self.tr("自动比对正在暂停，稍后会接着进行…"))
