"""打印文书: choose a document, generate it (numbered and kept in the case file), see it (QtPdf), print
it (QPrinter), save it or open it in the system's viewer; reprint an earlier one exactly as it was."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.documents.catalogue import DocumentKind
from station.domain.errors import UserError
from station.services.documents import DocumentService, Printed
from station.store.models import StaffPublic
from station.ui.field_errors import ERROR_STYLE
from station.ui.texts import error_text, vocab, when

VIEWER_COPIES_KEPT = 12 * 3600  # seconds: long enough for the viewer that was handed one


def export_copy(folder: Path, printed: Printed) -> Path:
    """A copy of the document to hand to the system's viewer: the archived one is never handed out
    to be edited. Copies hold personal data outside the store: :func:`forget_viewer_copies`."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{printed.record.number}.pdf"
    if not target.exists() or target.read_bytes() != printed.pdf:
        target.write_bytes(printed.pdf)
    return target


def open_in_viewer(folder: Path, printed: Printed) -> Path:
    """Open a copy of the document in the system's PDF viewer (to print it from there)."""
    target = export_copy(folder, printed)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target


def forget_viewer_copies(folder: Path, *, older_than: float = VIEWER_COPIES_KEPT) -> int:
    """Delete the copies handed to the system's viewer more than ``older_than`` seconds ago (the
    archived documents stay in the case files); one still open in a viewer is left for next time.
    Returns how many were deleted."""
    if not folder.is_dir():
        return 0
    deleted = 0
    limit = time.time() - older_than
    for copy in folder.glob("*.pdf"):
        try:
            if copy.stat().st_mtime < limit:
                copy.unlink()
                deleted += 1
        except OSError:
            continue
    return deleted


class PrintDialog(QDialog):
    def __init__(
        self,
        documents: DocumentService,
        person_id: int,
        staff: StaffPublic,
        exports: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印文书"))
        self.documents = documents
        self.person_id = person_id
        self.staff = staff
        self.exports = exports
        self.last: Printed | None = None

        self.kinds = QListWidget()
        for kind in (k for k in DocumentKind if k.per_case):
            item = QListWidgetItem(vocab(kind.label))
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        self.generate_button = QPushButton(self.tr("生成（编号并存档）"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.open_button = QPushButton(self.tr("用 PDF 阅读器打开"))
        self.pdf = QPdfDocument(self)
        self.preview = QPdfView(self)
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setMinimumWidth(520)
        self.history = QListWidget()
        self.reprint_button = QPushButton(self.tr("原样重印所选"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("文书")))
        left.addWidget(self.kinds)
        left.addWidget(self.generate_button)
        left.addWidget(QLabel(self.tr("已打印（存档，可原样重印）")))
        left.addWidget(self.history)
        left.addWidget(self.reprint_button)
        actions = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.open_button):
            actions.addWidget(button)
        actions.addStretch()
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(actions)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(1100, 760)

        self.generate_button.clicked.connect(lambda: self.generate(open_it=False))
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save_as)
        self.open_button.clicked.connect(lambda: self._open(self.last) if self.last else None)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.kinds.itemDoubleClicked.connect(lambda _i: self.generate(open_it=False))
        self._load_history()
        self._enable()

    def _enable(self) -> None:
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(self.last is not None)

    def _load_history(self) -> None:
        self.history.clear()
        for doc in self.documents.history(self.person_id):
            label = vocab(DocumentKind(doc.kind).label)
            item = QListWidgetItem(f"{doc.number}  {label}  {when(doc.printed_at)}")
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            self.history.addItem(item)
        self.reprint_button.setEnabled(self.history.count() > 0)

    def kind(self) -> DocumentKind:
        item = self.kinds.currentItem()
        return DocumentKind(
            item.data(Qt.ItemDataRole.UserRole) if item else DocumentKind.ANNOUNCEMENT
        )

    def generate(self, *, open_it: bool) -> Printed | None:
        try:
            printed = self.documents.print(self.kind(), self.person_id, self.staff)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return None
        self.last = printed
        self._load_history()
        notes = [
            QCoreApplication.translate("Documents", t).format(**p) for t, p in printed.warnings
        ]
        self._say(
            "\n".join(
                [
                    self.tr("已生成 {number}，已存入档案。").format(number=printed.record.number),
                    *notes,
                ]
            ),
            error=bool(notes),
        )
        self._show(printed)
        if open_it:
            self._open(printed)
        return printed

    def reprint_selected(self) -> Printed | None:
        item = self.history.currentItem()
        if item is None:
            return None
        try:
            printed = self.documents.reprint(int(item.data(Qt.ItemDataRole.UserRole)), self.staff)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return None
        self._say(self.tr("重印 {number}（与存档一致）").format(number=printed.record.number))
        self._show(printed)
        return printed

    def _show(self, printed: Printed) -> None:
        """Preview the document from memory (no copy of it is written for a preview)."""
        self.last = printed
        self.pdf.close()
        self._pdf_bytes = QBuffer()  # holds its own copy of the bytes; kept while it is shown
        self._pdf_bytes.setData(printed.pdf)
        self._pdf_bytes.open(QBuffer.OpenModeFlag.ReadOnly)
        self.pdf.load(self._pdf_bytes)
        self._enable()

    def _open(self, printed: Printed) -> Path:
        return open_in_viewer(self.exports, printed)

    def _save_as(self) -> None:
        if self.last is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), f"{self.last.record.number}.pdf", "PDF (*.pdf)"
        )
        if path:
            Path(path).write_bytes(self.last.pdf)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.last.record.number if self.last else "Station")
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page of the previewed document on ``printer``; the pages printed."""
        painter = QPainter()
        if self.last is None or not painter.begin(printer):
            return 0
        try:
            for page in range(self.pdf.pageCount()):
                if page:
                    printer.newPage()
                area = painter.viewport()
                size = self.pdf.pagePointSize(page).toSize()
                size.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                image = self.pdf.render(page, size)
                painter.drawImage(QRect(QPoint(0, 0), size), image)
        finally:
            painter.end()
        return self.pdf.pageCount()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #2e7d32;")
        self.message.setText(text)
