"""Every document Station prints, by kind: :func:`render` fills one from a :class:`CaseSheet`."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from station.documents import layout, national_forms, reunification
from station.documents.case_sheet import CaseSheet, DepartureFacts, DocumentKind, Warn
from station.documents.layout import Frame

__all__ = ["CaseSheet", "DepartureFacts", "DocumentKind", "render"]

BUILDERS: dict[DocumentKind, Callable[[CaseSheet, Warn], list[Flowable]]] = {
    DocumentKind.ANNOUNCEMENT: reunification.announcement,
    DocumentKind.BELONGINGS: reunification.belongings,
    DocumentKind.ESCORT: reunification.escort,
    DocumentKind.PICKUP: reunification.pickup,
    **national_forms.BUILDERS,
}


def render(kind: DocumentKind, case: CaseSheet, number: str, warn: Warn) -> layout.Rendered:
    """The PDF of ``kind`` for ``case``; raises UserError when the case lacks what it needs."""
    story = BUILDERS[kind](case, warn)
    frame = Frame(case.station, kind.label, number, case.case_number, case.station_address,
                  case.station_phone)  # fmt: skip
    return layout.build(frame, story)
