"""The documents Station prints, each filled from a :class:`CaseSheet` (plain strings, in Chinese: these
are the station's official forms). A document that needs facts the case lacks refuses to print and says
which (:class:`MissingFacts`), rather than printing a half-empty form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from station.documents import layout
from station.documents.layout import WIDTH, Frame, facts, gap, heading, rows_table, signatures, text
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP

MSG_MISSING = QT_TRANSLATE_NOOP("UserError", "无法打印“{document}”：此案还没有登记{missing}")
MISSING_ESCORT = QT_TRANSLATE_NOOP("Vocabulary", "护送返乡的离站信息（护送人员、接收方）")
MISSING_PICKUP = QT_TRANSLATE_NOOP("Vocabulary", "接领人的信息（请先办理“接领返乡”离站）")


class DocumentKind(StrEnum):
    ANNOUNCEMENT = "announcement"
    BELONGINGS = "belongings"
    ESCORT = "escort"
    PICKUP = "pickup"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def prefix(self) -> str:
        """Document numbers: GG-2026-000001 …"""
        return _PREFIXES[self]


_LABELS = {
    DocumentKind.ANNOUNCEMENT: QT_TRANSLATE_NOOP("Vocabulary", "寻亲公告"),
    DocumentKind.BELONGINGS: QT_TRANSLATE_NOOP("Vocabulary", "随身物品保管交接清单"),
    DocumentKind.ESCORT: QT_TRANSLATE_NOOP("Vocabulary", "护送返乡交接单"),
    DocumentKind.PICKUP: QT_TRANSLATE_NOOP("Vocabulary", "亲属接领登记表"),
}
_PREFIXES = {
    DocumentKind.ANNOUNCEMENT: "GG",
    DocumentKind.BELONGINGS: "WP",
    DocumentKind.ESCORT: "HS",
    DocumentKind.PICKUP: "JL",
}


@dataclass
class DepartureFacts:
    kind: str = ""
    at: str = ""
    destination: str = ""
    relative_name: str = ""
    relative_id_number: str = ""
    relative_relationship: str = ""
    relative_phone: str = ""
    documents_checked: str = ""
    approved_by: str = ""
    escorts: str = ""
    vehicle: str = ""
    route: str = ""
    trip_departed: str = ""
    trip_arrived: str = ""
    receiver: str = ""
    handed_to: str = ""
    handed_at: str = ""


@dataclass
class CaseSheet:
    """Everything the documents print about one stay, already in words."""

    station: str
    station_address: str
    station_phone: str
    case_number: str
    title: str  # the name, or 无名氏 + case number
    sex: str = ""
    age: str = ""
    height: str = ""
    build: str = ""
    dialect: str = ""
    features: str = ""
    clothing: str = ""
    origin: str = ""
    id_number: str = ""
    health: str = ""
    found_at: str = ""
    found_place: str = ""
    admitted_at: str = ""
    brought_by: str = ""
    photo: Path | None = None
    belongings: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    departure: DepartureFacts | None = None
    staff: str = ""  # who prints


Warn = Callable[[str], None]  # told the name of a photo that could not be read


def render(kind: DocumentKind, case: CaseSheet, number: str, warn: Warn) -> layout.Rendered:
    """The PDF of ``kind`` for ``case``; raises UserError when the case lacks what it needs."""
    story = _BUILDERS[kind](case, warn)
    frame = Frame(case.station, kind.label, number, case.case_number, case.station_address,
                  case.station_phone)  # fmt: skip
    return layout.build(frame, story)


def _missing(kind: DocumentKind, what: str) -> UserError:
    return UserError(MSG_MISSING, document=kind.label, missing=what)


def _announcement(case: CaseSheet, warn: Warn) -> list[Flowable]:
    s = layout.styles()
    picture = layout.photo(case.photo, 62 * mm, 80 * mm, warn)
    intro = text(
        f"{case.found_at or '近日'}，{case.brought_by or '有关单位'}在{case.found_place or '本市'}"
        f"发现一名{case.sex or ''}性受助人员，于{case.admitted_at}送至{case.station}。"
        "该人员无法准确说明自己的身份和家庭住址，现予以公告，望其亲属见到本公告后尽快与本站联系。",
        s["big"],
    )
    side = Table([[picture, intro]], colWidths=[66 * mm, WIDTH - 66 * mm])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [
        side,
        gap(),
        facts(
            [
                ("姓名", case.title, "性别", case.sex),
                ("估计年龄", case.age, "身高", case.height),
                ("体型", case.build, "口音", case.dialect),
                ("体貌特征", case.features),
                ("衣着", case.clothing),
                ("发现地点", case.found_place),
                ("发现时间", case.found_at, "入站时间", case.admitted_at),
            ]
        ),
        gap(),
        text(
            f"联系单位：{case.station}　　地址：{case.station_address}　　"
            f"联系电话：{case.station_phone}",
            s["big"],
        ),
        gap(8),
        text(f"{case.station}（盖章）", s["big"]),
    ]


def _belongings(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    rows = [list(b) for b in case.belongings]
    return [
        facts(
            [
                ("受助人员", case.title, "案件编号", case.case_number),
                ("入站时间", case.admitted_at, "经办人", case.staff),
            ]
        ),
        heading("代为保管的随身物品"),
        rows_table(
            ["物品", "数量", "状况", "接收", "归还 / 交接"],
            rows,
            [38 * mm, 16 * mm, 36 * mm, 42 * mm, WIDTH - 132 * mm],
            min_rows=6,
        ),
        gap(),
        text("以上物品经双方当面清点无误。", layout.styles()["base"]),
        gap(),
        signatures(["受助人员或接领人", "经办人"], fingerprint=True),
    ]


def _escort(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    d = case.departure
    if d is None or not d.escorts:
        raise _missing(DocumentKind.ESCORT, MISSING_ESCORT)
    return [
        facts(
            [
                ("受助人员", case.title, "性别 / 年龄", f"{case.sex}　{case.age}"),
                ("身份证号", case.id_number, "案件编号", case.case_number),
                ("入站时间", case.admitted_at, "离站时间", d.at),
                ("健康状况", case.health),
                ("护送人员", d.escorts, "交通工具", d.vehicle),
                ("护送路线", d.route),
                ("出发时间", d.trip_departed, "到达时间", d.trip_arrived),
                ("接收单位 / 家属", d.receiver, "交接人", d.handed_to),
                ("交接时间", d.handed_at, "去向", d.destination),
            ]
        ),
        heading("随人交接的物品与药品"),
        rows_table(
            ["物品", "数量", "状况", "接收", "归还 / 交接"],
            [list(b) for b in case.belongings],
            [38 * mm, 16 * mm, 36 * mm, 42 * mm, WIDTH - 132 * mm],
            min_rows=3,
        ),
        gap(),
        text("护送途中情况及交接时受助人员健康状况：", layout.styles()["base"]),
        gap(14),
        signatures(["移交方（护送人员）", "接收方"], seal=True),
    ]


def _pickup(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    d = case.departure
    if d is None or not d.relative_name:
        raise _missing(DocumentKind.PICKUP, MISSING_PICKUP)
    s = layout.styles()
    return [
        facts(
            [
                ("受助人员", case.title, "性别 / 年龄", f"{case.sex}　{case.age}"),
                ("案件编号", case.case_number, "入站时间", case.admitted_at),
            ]
        ),
        heading("接领人"),
        facts(
            [
                ("姓名", d.relative_name, "与受助人员关系", d.relative_relationship),
                ("身份证号", d.relative_id_number, "联系电话", d.relative_phone),
                ("已核验证件", d.documents_checked, "批准人", d.approved_by),
                ("接领时间", d.at, "去向", d.destination),
            ]
        ),
        heading("接领人承诺"),
        text(
            "本人确认与受助人员的上述关系属实，所提供的证件真实有效。本人接领后负责受助人员的照顾与安全，"
            "如有虚假，愿承担相应法律责任。受助人员的随身物品已当面点清领回。",
            s["base"],
        ),
        gap(),
        signatures(["接领人", "经办人"], fingerprint=True),
    ]


_BUILDERS: dict[DocumentKind, Callable[[CaseSheet, Warn], list[Flowable]]] = {
    DocumentKind.ANNOUNCEMENT: _announcement,
    DocumentKind.BELONGINGS: _belongings,
    DocumentKind.ESCORT: _escort,
    DocumentKind.PICKUP: _pickup,
}
