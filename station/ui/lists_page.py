"""The missing-person lists of the station: import, finish encoding, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import UserError
from station.interop.mapping import RowProblem
from station.services.encoding import default_workers
from station.services.lists import (
    COMPLETE,
    IMPORTING,
    STOPPED,
    EncodeReport,
    ImportReport,
    ListService,
    write_problems,
)
from station.store.models import StaffPublic
from station.ui.import_dialog import ImportDialog
from station.ui.jobs import run_job
from station.ui.modal import run_modal
from station.ui.tables import record_table
from station.ui.texts import error_text, when


class ListsPage(QWidget):
    changed = Signal()

    def __init__(
        self, lists: ListService, staff: StaffPublic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lists = lists
        self.background: QThread | None = None  # the window's background encoding, if running
        self.staff = staff
        self.table = record_table(
            [
                self.tr("名单"),
                self.tr("来源文件"),
                self.tr("记录数"),
                self.tr("待编码照片"),
                self.tr("导入/更新时间"),
            ]
        )
        self.import_button = QPushButton(self.tr("导入名单…"))
        self.encode_button = QPushButton(self.tr("继续编码照片"))
        self.export_button = QPushButton(self.tr("导出 PFIF…"))
        self.export_button.setToolTip(
            self.tr("把选中的名单导出为 PFIF 1.4 XML 文件，交给其他救助站或寻亲平台")
        )
        self.delete_button = QPushButton(self.tr("删除名单…"))
        self.import_button.clicked.connect(self.start_import)
        self.export_button.clicked.connect(self._export)
        self.encode_button.clicked.connect(lambda: self.encode(None))
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for b in (self.import_button, self.encode_button, self.export_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch()
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.refresh()

    def refresh(self) -> None:
        rows = self.lists.lists()
        self.table.setRowCount(len(rows))
        for r, listed in enumerate(rows):
            pending = self.lists.pending_photos(listed.id)
            count = str(listed.record_count)
            if listed.import_state == IMPORTING:  # killed half way: importing again resumes
                count = self.tr("{n}（导入未完成）").format(n=count)
            elif listed.import_state == STOPPED:
                count = self.tr("{n}（导入已停止）").format(n=count)
            values = [
                listed.name,
                listed.source_name,
                count,
                str(pending),
                when(listed.updated_at),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, listed.id)
                if c == 2 and listed.import_state != COMPLETE:
                    item.setToolTip(
                        self.tr("上次导入没有读完文件。再次导入同一文件会接着完成这份名单。")
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        pending = self.lists.pending_photos()
        busy = self.background is not None and self.background.isRunning()
        self.encode_button.setEnabled(pending > 0 and not busy)
        self.encode_button.setToolTip(self.tr("正在后台编码，见状态栏") if busy else "")
        self.summary.setText(
            self.tr("共 {n} 份名单；{p} 张照片尚未编码，编码前不参与比对。").format(
                n=len(rows), p=pending
            )
            if pending
            else self.tr("共 {n} 份名单。").format(n=len(rows))
        )

    def follow(self, job: QThread | None) -> None:
        """While the window encodes in the background, this page does not start a second run."""
        if job is None or job is self.background:
            return
        self.background = job
        job.finished.connect(self.refresh)

    def selected_list(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    # --- import -----------------------------------------------------------------------------
    def start_import(self) -> None:
        dialog = ImportDialog(self.lists, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.run_import(dialog)

    def run_import(self, dialog: ImportDialog) -> ImportReport | None:
        path, mapping, folder = dialog.path(), dialog.mapping(), dialog.folder()
        try:
            report, stopped = run_job(
                self,
                self.tr("导入名单"),
                self.tr("正在读取 {file}…").format(file=path.name),
                lambda progress, stop: self.lists.import_table(
                    path,
                    mapping,
                    self.staff,
                    name=dialog.name.text(),
                    photo_dir=folder,
                    list_id=dialog.list_id(),
                    progress=progress,
                    stop=stop,
                ),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("导入名单"), error_text(exc))
            return None
        encoded = None if stopped else self.encode(report.list_id, show=False)
        self.refresh()
        self.changed.emit()
        run_modal(ReportDialog(report, encoded, self))
        return report

    def encode(self, list_id: int | None, *, show: bool = True) -> EncodeReport | None:
        try:
            encoded, _ = run_job(
                self,
                self.tr("编码照片"),
                self.tr("正在识别并编码名单照片中的人脸（可随时取消，下次从中断处继续）"),
                lambda progress, stop: self.lists.encode(
                    list_id, workers=default_workers(), progress=progress, stop=stop
                ),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("编码照片"), error_text(exc))
            return None
        self.refresh()
        self.changed.emit()
        if show:
            run_modal(ReportDialog(None, encoded, self))
        return encoded

    # --- export -----------------------------------------------------------------------------
    def _export(self) -> None:
        list_id = self.selected_list()
        if list_id is None:
            QMessageBox.information(self, self.tr("导出 PFIF"), self.tr("请先在表中选择一份名单。"))
            return
        name = self.table.item(self.table.currentRow(), 0).text()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出 PFIF"), f"{name}.xml", self.tr("PFIF 文件 (*.xml)")
        )
        if not path:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("导出 PFIF"),
            self.tr(
                "导出的文件含有人员的个人信息和照片，请只交给有权使用的单位并妥善保管。\n"
                "照片怎样导出？"
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        embed = box.addButton(
            self.tr("嵌入 XML 文件（一个文件）"), QMessageBox.ButtonRole.AcceptRole
        )
        beside = box.addButton(self.tr("放在旁边的文件夹"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(embed)
        box.exec()
        if box.clickedButton() not in (embed, beside):
            return
        self.export(list_id, Path(path), embed_photos=box.clickedButton() is embed)

    def export(self, list_id: int, path: Path, *, embed_photos: bool) -> int | None:
        try:
            count, _ = run_job(
                self,
                self.tr("导出 PFIF"),
                self.tr("正在写入 {file}…").format(file=path.name),
                lambda progress, stop: self.lists.export_pfif(
                    list_id, path, self.staff, embed_photos=embed_photos, progress=progress
                ),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("导出 PFIF"), error_text(exc))
            return None
        QMessageBox.information(
            self,
            self.tr("导出 PFIF"),
            self.tr("已导出 {n} 人到 {file}。").format(n=count, file=str(path)),
        )
        return int(count)

    def _delete(self) -> None:
        list_id = self.selected_list()
        if list_id is None:
            return
        name = self.table.item(self.table.currentRow(), 0).text()
        answer = QMessageBox.question(
            self,
            self.tr("删除名单"),
            self.tr(
                "确定删除名单“{name}”及其全部记录和比对结果吗？此操作不能撤销，会记入审计。"
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.lists.delete(list_id, self.staff)
        self.refresh()
        self.changed.emit()


class ReportDialog(QDialog):
    """What an import did, and every row or photo that had a problem, which can be saved."""

    def __init__(
        self,
        report: ImportReport | None,
        encoded: EncodeReport | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入结果"))
        self.resize(760, 520)
        lines = []
        problems: list[RowProblem] = list(report.problems) if report else []
        if report:
            lines.append(
                self.tr(
                    "读取 {rows} 行：新增 {created}，更新 {updated}，未变 {unchanged}，跳过 {skipped}。"
                ).format(
                    rows=report.rows,
                    created=report.created,
                    updated=report.updated,
                    unchanged=report.unchanged,
                    skipped=report.skipped,
                )
            )
            if report.resumed:
                lines.append(
                    self.tr("这个文件上次的导入没有完成：已接着导入原来的名单，没有另建一份。")
                )
            if report.stopped:
                lines.append(self.tr("导入已取消；再次导入同一文件会从头核对并补全，不会重复。"))
        if encoded:
            lines.append(
                self.tr("照片编码：成功 {ok}，失败 {failed}，尚余 {left}。").format(
                    ok=encoded.encoded, failed=encoded.failed, left=encoded.remaining
                )
            )
            problems += encoded.problems()
        self.problems = sorted(problems, key=lambda p: p.row)
        summary = QLabel("\n".join(lines))
        summary.setWordWrap(True)
        self.table = QTableWidget(len(self.problems), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("行号"), self.tr("列 / 照片"), self.tr("问题")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, p in enumerate(self.problems):
            text = QCoreApplication.translate("ImportProblem", p.template).format(**p.params)
            for c, value in enumerate([str(p.row) if p.row else "", p.column, text]):
                self.table.setItem(r, c, QTableWidgetItem(value))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("保存问题清单…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setEnabled(bool(self.problems))
        self.save_button.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存问题清单"), self.tr("导入问题.csv"), "CSV (*.csv)"
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        write_problems(
            path, self.problems, lambda t: QCoreApplication.translate("ImportProblem", t)
        )
