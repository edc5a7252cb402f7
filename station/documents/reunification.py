"""The paperwork of reunification: the family-search announcement, the belongings list, the escort
handover form and the family pickup form."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from station.documents import layout
from station.documents.case_sheet import CaseSheet, DocumentKind, Warn, missing
from station.documents.layout import WIDTH, facts, gap, heading, rows_table, signatures, text
from station.domain.i18n import QT_TRANSLATE_NOOP

MISSING_ESCORT = QT_TRANSLATE_NOOP("Vocabulary", "护送返乡的离站信息（护送人员、接收方）")
MISSING_PICKUP = QT_TRANSLATE_NOOP("Vocabulary", "接领人的信息（请先办理“接领返乡”离站）")


def belongings_table(case: CaseSheet, *, min_rows: int) -> Table:
    """The belongings of the stay, with blank rows to add by hand."""
    return rows_table(
        ["物品", "数量", "状况", "接收", "归还 / 交接"],
        [list(b) for b in case.belongings],
        [34 * mm, 22 * mm, 34 * mm, 42 * mm, WIDTH - 132 * mm],
        min_rows=min_rows,
    )


def _who_brought(case: CaseSheet) -> str:
    """公安机关（水城交警大队 李警官）: the unit in words, the name as given in brackets."""
    units = {"公安": "公安机关", "城管": "城管部门", "医院": "医院", "群众": "群众"}
    unit = units.get(case.brought_by_unit, case.brought_by_unit)
    name = case.brought_by_name.strip("，,。 ")
    if unit and name:
        return f"{unit}（{name}）"
    return unit or name or "有关单位"


def announcement_intro(case: CaseSheet) -> str:
    """The notice as a person would write it: when, where, who brought them, and the appeal."""
    sex = f"{case.sex}性" if case.sex else ""
    where = case.found_place.strip("，,。 ") or "本市"
    if case.self_referred:
        how = f"{case.admitted_on}，一名{sex}人员在{where}求助，当日进入{case.station}接受救助。"
    else:
        when = case.found_on or case.admitted_on
        how = f"{when}，{_who_brought(case)}在{where}发现一名{sex}人员，"
        how += (
            "当日送至本站救助。"
            if case.found_on in ("", case.admitted_on)
            else f"于{case.admitted_on}送至{case.station}救助。"
        )
    return (
        how + "该人员无法准确说明自己的姓名和家庭住址。现予公告，请其亲属或知情人见到本公告后"
        "尽快与本站联系。"
    )


def announcement(case: CaseSheet, warn: Warn) -> list[Flowable]:
    s = layout.styles()
    picture = layout.photo(case.photo, 62 * mm, 80 * mm, warn)
    intro = text(announcement_intro(case), s["big"])
    side = Table([[picture, intro]], colWidths=[66 * mm, WIDTH - 66 * mm])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    # A name the staff gave is no one's real name: the family must not read it as his.
    name = f"{case.title}（工作人员所起代称）" if case.placeholder else case.title
    return [
        side,
        gap(),
        facts(
            [
                ("姓名", name, "性别", case.sex),
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
            "　　".join(
                [f"联系单位：{case.station}"]
                + ([f"地址：{case.station_address}"] if case.station_address else [])
                + ([f"联系电话：{case.station_phone}"] if case.station_phone else [])
            ),
            s["big"],
        ),
        gap(8),
        text(f"{case.station}（盖章）", s["big"]),
        text(f"公告日期：{case.printed_on}", s["big"]),
    ]


def belongings(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    return [
        facts(
            [
                ("受助人员", case.title, "案件编号", case.case_number),
                ("入站时间", case.admitted_at, "经办人", case.staff),
            ]
        ),
        heading("代为保管的随身物品"),
        belongings_table(case, min_rows=6),
        gap(),
        text("以上物品经双方当面清点无误。", layout.styles()["base"]),
        gap(),
        signatures(["受助人员或接领人", "经办人"], fingerprint=True),
    ]


def escort(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    d = case.departure
    if d is None or not d.escorts:
        raise missing(DocumentKind.ESCORT, MISSING_ESCORT)
    return [
        facts(
            [
                ("受助人员", case.title, "性别 / 年龄", f"{case.sex}　{case.age}"),
                ("身份证号", case.id_number, "案件编号", case.case_number),
                ("户籍地", case.household_place),
                ("入站时间", case.admitted_at, "离站时间", d.at),
                ("入站时健康状况", case.health),
                ("交接时健康状况", d.health),
                ("护送人员", d.escorts, "交通工具", d.vehicle),
                ("护送路线", d.route),
                ("出发时间", d.trip_departed, "到达时间", d.trip_arrived),
                ("接收单位 / 家属", d.receiver, "交接人", d.handed_to),
                ("交接时间", d.handed_at, "去向", d.destination),
                ("发放现金 / 乘车凭证", d.cash, "凭证编号", d.cash_receipt),
            ]
        ),
        *(
            [
                heading("接收的亲属"),
                facts(
                    [
                        ("姓名", d.relative_name, "与受助人员关系", d.relative_relationship),
                        ("身份证号", d.relative_id_number, "联系电话", d.relative_phone),
                    ]
                ),
            ]
            if d.relative_name
            else []
        ),
        heading("随人交接的物品与药品"),
        belongings_table(case, min_rows=3),
        gap(),
        text("护送途中情况及交接时受助人员健康状况：", layout.styles()["base"]),
        gap(14),
        signatures(["移交方（护送人员）", "接收方"], seal=True),
    ]


def pickup(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    d = case.departure
    if d is None or not d.relative_name:
        raise missing(DocumentKind.PICKUP, MISSING_PICKUP)
    s = layout.styles()
    return [
        facts(
            [
                ("受助人员", case.title, "性别 / 年龄", f"{case.sex}　{case.age}"),
                ("案件编号", case.case_number, "入站时间", case.admitted_at),
                ("户籍地", case.household_place),
                ("接领时健康状况", d.health),
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


@dataclass(frozen=True)
class SheetEntry:
    """One person on the multi-person announcement sheet."""

    case_number: str
    title: str
    sex_age: str
    height: str
    found: str  # when and where
    features: str
    photo: Path | None


def announcement_sheet(entries: list[SheetEntry], period: str, warn: Warn) -> list[Flowable]:
    """寻亲公告（汇总）: every unidentified resident of a period, with photo, one row each."""
    s = layout.styles()
    rows: list[list[object]] = [
        [
            text(h, s["label"])
            for h in ("照片", "案件编号 / 称呼", "性别 / 年龄 / 身高", "发现时间、地点", "体貌特征")
        ]
    ]
    for e in entries:
        rows.append([
            layout.photo(e.photo, 26 * mm, 32 * mm, warn),
            text(f"{e.case_number}\n{e.title}", s["small"]),
            text(f"{e.sex_age}\n{e.height}", s["small"]),
            text(e.found, s["small"]),
            text(e.features, s["small"]),
        ])  # fmt: skip
    widths = [30 * mm, 32 * mm, 28 * mm, 40 * mm, WIDTH - 130 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, layout.GRID),
                ("BACKGROUND", (0, 0), (-1, 0), layout.SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    intro = text(
        f"以下人员（{period}）由本站救助，均无法准确说明身份和家庭住址。"
        "望其亲属或知情者见到本公告后尽快与本站联系。",
        s["big"],
    )
    return [intro, gap(), table]
