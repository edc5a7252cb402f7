"""Photos chosen for a form: add from files, drop from the file manager, or take with a camera."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import UserError
from station.ui.texts import error_text

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff"
ICON = 120


class PhotoStrip(QWidget):
    changed = Signal()

    def __init__(
        self, check: Callable[[Path], None], error: QLabel, parent: QWidget | None = None
    ) -> None:
        """``check`` raises UserError for a file that cannot be used; ``error`` shows why."""
        super().__init__(parent)
        self._check = check
        self._error = error
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON, ICON))
        self.list.setFixedHeight(ICON + 48)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setToolTip(self.tr("可把照片文件直接拖到这里"))
        self.add_button = QPushButton(self.tr("添加照片…"))
        self.camera_button = QPushButton(self.tr("拍照…"))
        self.remove_button = QPushButton(self.tr("移除所选"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.camera_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self._remove_selected)

    def paths(self) -> list[Path]:
        return [
            Path(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        ]

    def add_paths(self, paths: list[Path]) -> None:
        """Add the usable photos; name each refused file and its reason under the strip."""
        known = set(self.paths())
        refused: list[str] = []
        for path in paths:
            if path in known:
                continue
            try:
                self._check(path)
            except UserError as exc:
                refused.append(error_text(exc))
                continue
            known.add(path)
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            item.setIcon(QIcon(_preview(path)))
            self.list.addItem(item)
        self._error.setText("\n".join(refused))
        self._error.setVisible(bool(refused))
        self.changed.emit()

    def clear(self) -> None:
        self.list.clear()
        self.changed.emit()

    def _choose(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择照片"), "", self.tr("图片") + f" ({IMAGE_FILTER})"
        )
        self.add_paths([Path(f) for f in files])

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_paths([p for p in paths if p.is_file()])
        event.acceptProposedAction()


def read_fitted(path: Path | str, side: int) -> QImage:
    """The photo upright (EXIF) and scaled to fit a ``side``×``side`` box while it is decoded, so a
    50-megapixel photo is never held in full; a null image if it cannot be read."""
    return _fitted(QImageReader(str(path)), side)


def read_stored(path: Path | str, side: int) -> QImage:
    """A photo of the station's store (named by the SHA-256 of its content), fitted as by
    :func:`read_fitted` once its content is checked: a file that no longer matches (a bad disk, a
    replaced file) is never shown as the person's face, but as a photo that cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        return QImage()
    if hashlib.sha256(data).hexdigest() != path.stem:
        return QImage()
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    return _fitted(QImageReader(buffer), side)


def _fitted(reader: QImageReader, side: int) -> QImage:
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def _preview(path: Path) -> QPixmap:
    image = read_fitted(path, ICON * 2)
    if image.isNull():
        pixmap = QPixmap(ICON, ICON)
        pixmap.fill(Qt.GlobalColor.lightGray)
        return pixmap
    return QPixmap.fromImage(image)
