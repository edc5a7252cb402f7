"""Choosing a list file, its photo folder and which column holds what, before importing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import UserError
from station.interop.mapping import FIELDS, ColumnMapping
from station.services.lists import ListPreview, ListService
from station.ui.texts import error_text


class ImportDialog(QDialog):
    """Collects what :meth:`ListService.import_table` needs; the import itself runs afterwards."""

    def __init__(self, lists: ListService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lists = lists
        self.preview: ListPreview | None = None
        self.setWindowTitle(self.tr("导入走失人员名单"))
        self.resize(900, 680)

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        choose_file = QPushButton(self.tr("选择文件…"))
        choose_file.clicked.connect(self._choose_file)
        self.photo_dir = QLineEdit()
        self.photo_dir.setPlaceholderText(self.tr("照片文件名所在的文件夹"))
        choose_dir = QPushButton(self.tr("选择文件夹…"))
        choose_dir.clicked.connect(self._choose_dir)
        self.name = QLineEdit()
        self.target = QComboBox()
        self.target.addItem(self.tr("作为新名单导入"), None)
        self._list_names: dict[int, str] = {}
        for listed in lists.lists():
            self._list_names[listed.id] = listed.name
            self.target.addItem(self.tr("更新名单：{name}").format(name=listed.name), listed.id)
        self.target.currentIndexChanged.connect(self._target_changed)

        form = QFormLayout()
        form.addRow(self.tr("名单文件"), _row(self.file, choose_file))
        form.addRow(self.tr("照片文件夹"), _row(self.photo_dir, choose_dir))
        form.addRow(self.tr("名单名称"), self.name)
        form.addRow(self.tr("导入方式"), self.target)

        self.remembered = QLabel()
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("列对应（已按列名自动选择，请核对）"))
        mapping_form = QFormLayout(mapping_box)
        mapping_form.addRow(self.remembered)
        for key, (label, _) in FIELDS.items():
            if key == "photos":
                continue
            combo = QComboBox()
            self.combos[key] = combo
            mapping_form.addRow(QCoreApplication.translate("ListField", label), combo)
        self.photo_columns = QListWidget()
        self.photo_columns.setMaximumHeight(90)
        mapping_form.addRow(self.tr("照片文件名（可多列）"), self.photo_columns)

        self.sample = QTableWidget()
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample.setMaximumHeight(170)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导入"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        columns = QHBoxLayout()
        columns.addWidget(mapping_box, 2)
        preview_box = QGroupBox(self.tr("前几行预览"))
        QVBoxLayout(preview_box).addWidget(self.sample)
        columns.addWidget(preview_box, 3)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self._set_enabled(False)

    # --- choosing ---------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择名单文件"), "", self.tr("名单 (*.csv *.xlsx *.txt *.tsv *.xml)")
        )
        if path:
            self.load(Path(path))

    def _choose_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择照片文件夹"))
        if folder:
            self.photo_dir.setText(folder)

    def load(self, path: Path) -> bool:
        """Open the file and show its columns; a bad file is explained and nothing changes."""
        try:
            preview = self.lists.preview(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法读取名单"), error_text(exc))
            return False
        self.preview = preview
        self.file.setText(str(path))
        if not self.name.text().strip():
            self.name.setText(path.stem)
        pfif = preview.table.kind == "pfif"  # names its photos relative to itself
        if not self.photo_dir.text() and not pfif and (path.parent / "photos").is_dir():
            self.photo_dir.setText(str(path.parent / "photos"))
        headers = preview.table.headers
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("（无）"), None)
            for index, header in enumerate(headers):
                combo.addItem(header, index)
            chosen = preview.mapping.columns.get(key)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
        self.photo_columns.clear()
        for index, header in enumerate(headers):
            item = QListWidgetItem(header)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = index in preview.mapping.photo_columns
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.photo_columns.addItem(item)
        self.remembered.setText(
            self.tr("已沿用上次导入相同列名文件时的对应。") if preview.remembered else ""
        )
        self.sample.setColumnCount(len(headers))
        self.sample.setHorizontalHeaderLabels(headers)
        self.sample.setRowCount(len(preview.sample))
        self.sample.setVerticalHeaderLabels([str(n) for n, _ in preview.sample])
        for r, (_, cells) in enumerate(preview.sample):
            for c, value in enumerate(cells):
                self.sample.setItem(r, c, QTableWidgetItem(value))
        self._set_enabled(True)
        return True

    def _target_changed(self) -> None:
        list_id = self.target.currentData()
        if list_id is not None:
            self.name.setText(self._list_names[int(list_id)])

    def _set_enabled(self, on: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(on)

    # --- result -----------------------------------------------------------------------------
    def mapping(self) -> ColumnMapping:
        assert self.preview is not None
        mapping = ColumnMapping(list(self.preview.table.headers))
        for key, combo in self.combos.items():
            if combo.currentData() is not None:
                mapping.columns[key] = int(combo.currentData())
        for row in range(self.photo_columns.count()):
            item = self.photo_columns.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                mapping.photo_columns.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return mapping

    def path(self) -> Path:
        return Path(self.file.text())

    def folder(self) -> Path | None:
        text = self.photo_dir.text().strip()
        return Path(text) if text else None

    def list_id(self) -> int | None:
        value = self.target.currentData()
        return int(value) if value is not None else None

    def _accept(self) -> None:
        if not self.name.text().strip():
            QMessageBox.warning(self, self.tr("导入走失人员名单"), self.tr("请填写名单名称"))
            self.name.setFocus()
            return
        mapping = self.mapping()
        if "name" not in mapping.columns and not mapping.photo_columns:
            QMessageBox.warning(
                self, self.tr("导入走失人员名单"), self.tr("请至少为“姓名”或“照片文件名”选择一列")
            )
            return
        folder = self.folder()
        if folder is not None and not folder.is_dir():
            QMessageBox.warning(
                self,
                self.tr("导入走失人员名单"),
                self.tr("照片文件夹 {folder} 不存在").format(folder=folder),
            )
            return
        self.accept()


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    return box
