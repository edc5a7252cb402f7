"""Inline validation messages under form fields."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from station.domain.errors import FieldError
from station.ui.texts import error_text

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """One hidden red label per field, shown when the services report that field invalid."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, key: str) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.label_for(key))
        form.addRow(label, box)
        self.widgets.setdefault(key, widget)

    def label_for(self, key: str) -> QLabel:
        if key not in self.labels:
            label = QLabel()
            label.setObjectName(f"error_{key}")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            self.labels[key] = label
        return self.labels[key]

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, errors: list[FieldError]) -> list[FieldError]:
        """Show each error under its field; return the errors no field here owns."""
        self.clear()
        unplaced: list[FieldError] = []
        by_field: dict[str, list[str]] = {}
        for err in errors:
            if err.field in self.labels:
                by_field.setdefault(err.field, []).append(error_text(err))
            else:
                unplaced.append(err)
        for key, texts in by_field.items():
            self.labels[key].setText("\n".join(texts))
            self.labels[key].show()
        first = next((self.widgets.get(e.field) for e in errors if e.field in self.widgets), None)
        if first is not None:
            first.setFocus()
        return unplaced

    def text(self, key: str) -> str:
        label = self.labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""
