"""Taking a photo with a camera attached to the workstation (QtMultimedia).

QtMultimedia is imported only when the user asks for the camera: it is slow to load and probes
video drivers, which a workstation without a camera does not need.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def camera_available() -> bool:
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.videoInputs())


def take_photo(parent: QWidget, save_dir: Path) -> Path | None:
    """Show the camera and return the saved photo, or None; says so when no camera exists."""
    if not camera_available():
        QMessageBox.information(
            parent,
            parent.tr("拍照"),
            parent.tr("未检测到摄像头。请连接摄像头后重试，或从文件添加照片。"),
        )
        return None
    dialog = CameraDialog(save_dir, parent)
    dialog.exec()
    return dialog.saved


class CameraDialog(QDialog):
    def __init__(self, save_dir: Path, parent: QWidget | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setWindowTitle(self.tr("拍照"))
        self.saved: Path | None = None
        self._save_dir = save_dir
        self._camera = QCamera(QMediaDevices.defaultVideoInput())
        self._capture = QImageCapture()
        self._session = QMediaCaptureSession()
        self._session.setCamera(self._camera)
        self._session.setImageCapture(self._capture)
        view = QVideoWidget()
        view.setMinimumSize(640, 480)
        self._session.setVideoOutput(view)
        self._status = QLabel(self.tr("请让人员正对镜头，光线充足，不戴帽子和墨镜。"))
        shoot = QPushButton(self.tr("拍照 (空格)"))
        shoot.setShortcut("Space")
        shoot.clicked.connect(self._capture.capture)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(self._status)
        layout.addWidget(shoot)
        layout.addWidget(buttons)
        self._capture.imageCaptured.connect(self._captured)
        self._camera.errorOccurred.connect(lambda _e, text: self._status.setText(text))
        self._camera.start()

    def _captured(self, _request_id: int, image: QImage) -> None:
        self._save_dir.mkdir(parents=True, exist_ok=True)
        path = self._save_dir / f"camera-{dt.datetime.now():%Y%m%d-%H%M%S}.jpg"
        if image.save(str(path), "JPG", 92):
            self.saved = path
            self.accept()
        else:
            self._status.setText(self.tr("无法保存照片到 {path}").format(path=str(path)))

    def done(self, result: int) -> None:
        self._camera.stop()
        super().done(result)
