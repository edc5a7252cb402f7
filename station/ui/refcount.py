"""Whether this Python and PySide6 keep ``None``'s reference count whole across void Qt calls.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a Qt method that
returns nothing; once the count reaches zero the process aborts (``Fatal Python error:
none_dealloc``), which a working day of clicks in the window reaches. From Python 3.12 on ``None``
is immortal (PEP 683) and its count never moves, so Station requires 3.12+. This check is what the
self-test and the tests run on the interpreter in use, so a changed Python or PySide6 is caught
before a station meets it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

# References given back to None after a measurement that lost some: the check itself must never
# bring the process nearer to the abort it looks for.
_given_back: list[None] = []


def none_references_lost(calls: int = 200) -> int:
    """Call a void Qt method ``calls`` times; the references to ``None`` lost (0 when sound)."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    if lost > 0:
        _given_back.extend([None] * lost)
    return lost
