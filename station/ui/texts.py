"""Translating what the core marked for translation (errors, vocabulary) and formatting values."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from station.domain.clock import format_local
from station.domain.errors import FieldError, UserError


def vocab(label: str) -> str:
    """A vocabulary label (男, 在站, 公安 …) in the interface language."""
    return QCoreApplication.translate("Vocabulary", label)


def error_text(err: UserError | FieldError) -> str:
    """A core error message in the interface language, with its parameters filled in."""
    template = QCoreApplication.translate("UserError", err.template)
    # Parameters that are vocabulary (男, 医院 …) are translated too; others come back unchanged.
    # A list of them (the fields of a record …) is joined.
    params = {k: _param(v) for k, v in err.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return err.message


def _param(value: object) -> object:
    if isinstance(value, str):
        return vocab(value)
    if isinstance(value, list):
        return QCoreApplication.translate("Vocabulary", "、").join(vocab(str(v)) for v in value)
    return value


def when(moment: dt.datetime | None) -> str:
    return format_local(moment)


def day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""
