"""Errors of the world (bad input, unreadable files, locked database) as opposed to bugs.

A :class:`UserError` carries a Chinese message template marked for translation and its parameters, so
the GUI can show it in the user's language and the command line can print it as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class UserError(Exception):
    """A problem the user can understand and fix; shown in a friendly dialog, never as a crash."""

    context = "UserError"

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The message in the source language (Simplified Chinese); a list parameter is joined."""
        params = {k: "、".join(map(str, v)) if isinstance(v, list) else v
                  for k, v in self.params.items()}  # fmt: skip
        return self.template.format(**params)


@dataclass(frozen=True)
class FieldError:
    """One invalid field of a form: the field's key and a message template with its parameters."""

    field: str
    template: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class InvalidInput(UserError):
    """Several field errors found at once; nothing was saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("输入有误：{details}", details="；".join(e.message for e in errors))

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]
