"""The resident list as a Qt model that reads from the service a page at a time, so 100 000
persons open as fast as 100."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap, QPixmapCache

from station.domain.casework import PlacementKind
from station.services.residents import ResidentFilter, ResidentRow, ResidentService, SortKey
from station.ui.texts import vocab, when

PAGE = 200
MAX_PAGES = 40
THUMB = 48

Index = QModelIndex | QPersistentModelIndex


class ResidentModel(QAbstractTableModel):
    COLUMNS = ("photo", "case_number", "name", "sex", "age", "admitted_at", "days", "status")
    SORT_KEYS: ClassVar[dict[int, SortKey]] = {
        1: SortKey.CASE_NUMBER,
        2: SortKey.NAME,
        3: SortKey.SEX,
        4: SortKey.AGE,
        5: SortKey.ADMITTED,
        6: SortKey.DAYS,
        7: SortKey.STATUS,
    }

    def __init__(self, residents: ResidentService, thumbnail_path, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._residents = residents
        self._thumbnail_path = thumbnail_path
        self._filter = ResidentFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[ResidentRow]] = OrderedDict()
        self._headers = [
            self.tr("照片"),
            self.tr("案件编号"),
            self.tr("姓名"),
            self.tr("性别"),
            self.tr("年龄"),
            self.tr("入站时间"),
            self.tr("在站天数"),
            self.tr("状态"),
        ]

    # --- filter and reload ----------------------------------------------------------------------
    @property
    def filter(self) -> ResidentFilter:
        return self._filter

    def set_filter(self, flt: ResidentFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count, first = self._residents.first_page(self._filter, PAGE)
        if first:
            self._pages[0] = first
        self.endResetModel()

    def row_at(self, row: int) -> ResidentRow | None:
        if not 0 <= row < self._count:
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            page = self._residents.page(self._filter, page_no * PAGE, PAGE)
            self._pages[page_no] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * PAGE
        return page[offset] if offset < len(page) else None

    # --- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        resident = self.row_at(index.row())
        if resident is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(resident, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "photo":
            return self._thumbnail(resident.thumbnail_sha256)
        if role == Qt.ItemDataRole.ForegroundRole and column == "name" and resident.unnamed:
            return QBrush(QColor("#8a5a00"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("days", "age"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return resident.person_id
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return resident.display_name
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_filter(replace(self._filter, sort=key, descending=descending))

    def _display(self, r: ResidentRow, column: str) -> str | None:
        if column == "case_number":
            return r.case_number
        if column == "name":
            return vocab("无名氏") + r.case_number if r.unnamed else r.display_name
        if column == "sex":
            return vocab(r.sex.label)
        if column == "age":
            return str(r.age) if r.age else vocab("不详")
        if column == "admitted_at":
            return when(r.admitted_at)
        if column == "days":
            return str(r.days)
        if column == "status":
            if r.placed:  # in the station's care, but in hospital or a home: say where
                kind = vocab(PlacementKind(r.placed).label)
                return f"{kind}：{r.facility}" if r.facility else kind
            return vocab(r.status.label)
        return None

    def _thumbnail(self, sha: str | None) -> QPixmap | None:
        if sha is None:
            return no_photo_icon()
        key = f"thumb:{sha}"
        pixmap = QPixmapCache.find(key)
        if pixmap is None or pixmap.isNull():
            path: Path = self._thumbnail_path(sha)
            pixmap = QPixmap(str(path))
            if pixmap.isNull():
                return None
            pixmap = pixmap.scaled(
                THUMB,
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            QPixmapCache.insert(key, pixmap)
        return pixmap


def no_photo_icon() -> QPixmap:
    """A grey silhouette: this person has no photo yet."""
    pixmap = QPixmapCache.find("thumb:none")
    if pixmap is not None and not pixmap.isNull():
        return pixmap
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(QColor("#eceff1"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#b0bec5"))
    head = THUMB // 3
    painter.drawEllipse((THUMB - head) // 2, THUMB // 6, head, head)
    painter.drawChord(THUMB // 6, THUMB * 7 // 12, THUMB * 2 // 3, THUMB * 2 // 3, 0, 180 * 16)
    painter.end()
    QPixmapCache.insert("thumb:none", pixmap)
    return pixmap
