"""Choosing the face to search with when a photo shows several people."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

SIDE = 140


class FacePickerDialog(QDialog):
    def __init__(self, crops: list[bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("选择人脸"))
        label = QLabel(
            self.tr("照片中有 {n} 张人脸，请选择要比对的那一张（从大到小排列）。").format(
                n=len(crops)
            )
        )
        label.setWordWrap(True)
        self.faces = QListWidget()
        self.faces.setViewMode(QListView.ViewMode.IconMode)
        self.faces.setIconSize(QSize(SIDE, SIDE))
        self.faces.setMovement(QListView.Movement.Static)
        self.faces.setSpacing(8)
        for number, crop in enumerate(crops, start=1):
            image = QImage.fromData(crop)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), str(number))
            self.faces.addItem(item)
        self.faces.setCurrentRow(0)
        self.faces.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.faces)
        layout.addWidget(buttons)
        self.resize(min(900, 180 * len(crops) + 60), 300)

    def chosen(self) -> int:
        return max(0, self.faces.currentRow())
