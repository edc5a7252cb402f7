"""Marking of translatable text in code that must not import Qt.

``pyside6-lupdate`` extracts every ``QT_TRANSLATE_NOOP(context, text)`` call, whatever module defines
the function, so the core marks its user-facing strings with this no-op and the GUI translates them
with ``QCoreApplication.translate(context, text)``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; ``context`` is read by lupdate."""
    del context
    return text
