"""打印文书: choose a document, generate it (numbered and kept in the case file), open it in the
system's PDF viewer to print, or save it; reprint an earlier one exactly as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
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
        self.open_button = QPushButton(self.tr("生成并打开（用 PDF 阅读器打印）"))
        self.save_button = QPushButton(self.tr("生成并另存为 PDF…"))
        self.history = QListWidget()
        self.reprint_button = QPushButton(self.tr("原样重印所选"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("文书")))
        left.addWidget(self.kinds)
        left.addWidget(self.open_button)
        left.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("已打印（存档，可原样重印）")))
        right.addWidget(self.history)
        right.addWidget(self.reprint_button)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addLayout(right)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(720, 420)

        self.open_button.clicked.connect(lambda: self.generate(open_it=True))
        self.save_button.clicked.connect(self._save_as)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.kinds.itemDoubleClicked.connect(lambda _i: self.generate(open_it=True))
        self._load_history()

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
        self._open(printed)
        return printed

    def _save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), f"{vocab(self.kind().label)}.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        printed = self.generate(open_it=False)
        if printed is not None:
            Path(path).write_bytes(printed.pdf)

    def _open(self, printed: Printed) -> Path:
        """A copy for the viewer (the archived one is never handed out to be edited)."""
        self.exports.mkdir(parents=True, exist_ok=True)
        target = self.exports / f"{printed.record.number}.pdf"
        target.write_bytes(printed.pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #2e7d32;")
        self.message.setText(text)
