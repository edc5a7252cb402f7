"""What the command line prints, made safe for a terminal.

Names, places and file names come from people and from list files; a control character in one (ESC,
BEL, a bidi override such as U+202E) printed raw would run an escape sequence in the terminal or show
the text reversed. Every command's output goes through :class:`SafeText`, which writes such characters
as visible escapes (``\\x1b``, ``\\u202e``) and leaves tab, newline and carriage return (progress
lines) alone.
"""

from __future__ import annotations

import re
from typing import TextIO

_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def escape(text: str) -> str:
    return _UNSAFE.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100
                       else f"\\u{ord(m[0]):04x}", text)  # fmt: skip


class SafeText:
    """A text stream that escapes control characters on the way to ``stream``."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(escape(text))

    def __getattr__(self, name: str) -> object:  # flush, encoding, isatty …
        return getattr(self._stream, name)
