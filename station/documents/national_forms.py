"""The national forms of a stay (民政部 practice): 求助登记表, 公安机关护送交接表, 不予救助 / 终止救助
通知书, 自行离站声明书, 在站服务及离站登记表, referral letter, 救助证明, voucher receipt, 死亡人员登记表.

What Station records is filled in; what it does not (ethnicity, the person's own account) is left as
a clean blank for the hand, with room to write."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from station.documents import layout
from station.documents.case_sheet import CaseSheet, DocumentKind, Warn, missing
from station.documents.layout import WIDTH, facts, gap, heading, rows_table, signatures, text
from station.documents.reunification import belongings_table
from station.domain.i18n import QT_TRANSLATE_NOOP

MISSING_PLACEMENT = QT_TRANSLATE_NOOP("Vocabulary", "送医或安置记录（请先在“安置”中登记）")
MISSING_CASH = QT_TRANSLATE_NOOP("Vocabulary", "离站时发放的现金或乘车凭证")
BLANK = "\n\n"  # room to write by hand


def _person(case: CaseSheet) -> list[tuple[str, object, str, object]]:
    return [
        ("姓名", case.title, "性别", case.sex),
        ("年龄", case.age, "民族", ""),
        ("身份证号", case.id_number, "户籍地", case.household_place or case.origin),
    ]


def _paragraph(value: str) -> Flowable:
    return text(value, layout.styles()["big"])


def request_for_help(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    return [
        facts(
            [
                *_person(case),
                ("经常居住地", "", "联系电话", ""),
                ("健康状况", case.health),
                ("享受社会救助情况", BLANK),
                ("流浪乞讨原因及经过", BLANK * 2),
                ("亲友及联系方式", BLANK),
                ("来站方式", case.brought_by, "送站人联系方式", case.brought_by_contact),
                ("求助事项", BLANK * 2),
                ("入站时间", case.admitted_at, "案件编号", case.case_number),
            ]
        ),
        gap(),
        _paragraph("本人保证以上所填内容真实，如有虚假，愿承担相应责任。"),
        gap(),
        signatures(["求助人", "登记人"], fingerprint=True),
    ]


def police_handover(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    return [
        facts(
            [
                ("护送单位及民警", case.brought_by, "联系电话", case.brought_by_contact),
                ("发现时间", case.found_at, "发现地点", case.found_place),
                *_person(case),
                ("体貌特征", case.features),
                ("衣着", case.clothing),
                ("健康状况", case.health),
                ("交接时间", case.admitted_at, "案件编号", case.case_number),
            ]
        ),
        heading("随身物品"),
        belongings_table(case, min_rows=3),
        gap(),
        signatures(["护送民警", "救助站接收人"], seal=True),
    ]


def _notice(case: CaseSheet, body: str, reason_label: str) -> list[Flowable]:
    return [
        _paragraph(f"{case.title}："),
        gap(2),
        _paragraph(body),
        gap(),
        facts([(reason_label, BLANK * 3), ("依据", BLANK)]),
        gap(),
        _paragraph("如对本决定有异议，可向本站或民政部门反映。"),
        gap(10),
        text(f"{case.station}（盖章）\n　　　　年　　月　　日", layout.styles()["big"]),
        gap(),
        signatures(["受助人员（签收）"], fingerprint=True),
    ]


def refusal(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    return _notice(
        case,
        f"你于{case.admitted_at}向本站求助。经询问和审查，你不符合生活无着的流浪、乞讨人员救助条件，"
        "本站决定不予救助。",
        "不予救助的理由",
    )


def help_ended(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    return _notice(
        case,
        f"你于{case.admitted_at}进入本站接受救助（案件编号 {case.case_number}）。"
        "因下列原因，本站决定自即日起终止对你的救助。",
        "终止救助的原因",
    )


def own_will(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    d = case.departure
    return [
        facts(
            [
                *_person(case),
                ("入站时间", case.admitted_at, "离站时间", d.at if d else ""),
            ]
        ),
        gap(),
        _paragraph(
            f"本人{case.title if case.title and not case.title.startswith('无名氏') else '＿＿＿＿'}，"
            f"于{case.admitted_at}在{case.station}接受救助。现本人自愿放弃救助，自行离开救助站。"
            "救助站已告知本人离站后的注意事项，本人随身物品已全部领回。离站后本人的人身及财产安全由本人"
            "自行负责。"
        ),
        gap(),
        facts([("离站原因", BLANK * 2), ("离站去向", d.destination if d else "")]),
        gap(),
        signatures(["声明人", "见证人（工作人员）"], fingerprint=True),
    ]


def service_record(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    d = case.departure
    return [
        facts(
            [
                *_person(case),
                ("入站时间", case.admitted_at, "案件编号", case.case_number),
                ("入站健康状况", case.health),
            ]
        ),
        heading("在站服务（送医、安置）"),
        rows_table(
            ["去向", "医院 / 机构", "开始", "结束", "原因 / 诊断"],
            case.placements,
            [24 * mm, 44 * mm, 24 * mm, 24 * mm, WIDTH - 116 * mm],
            min_rows=2,
        ),
        heading("寻亲情况"),
        rows_table(
            ["时间", "方式", "渠道 / 编号", "结果"],
            case.attempts,
            [34 * mm, 38 * mm, WIDTH - 104 * mm, 32 * mm],
            min_rows=2,
        ),
        heading("期限执行情况"),
        rows_table(
            ["事项", "期限", "完成于", "情况"],
            case.deadlines,
            [WIDTH - 108 * mm, 34 * mm, 34 * mm, 40 * mm],
            min_rows=1,
        ),
        heading("离站"),
        facts(
            [
                ("离站方式", d.kind if d else "", "离站时间", d.at if d else ""),
                ("去向", d.destination if d else ""),
                ("发放现金 / 车票", d.cash if d else "", "凭证编号", d.cash_receipt if d else ""),
            ]
        ),
        gap(),
        signatures(["受助人员或接领人", "经办人", "负责人"]),
    ]


def referral(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    current = next(
        (p for p in case.placements if not p[3]), case.placements[0] if case.placements else None
    )
    if current is None:
        raise missing(DocumentKind.REFERRAL, MISSING_PLACEMENT)
    kind, facility, start, _end, reason = current
    return [
        _paragraph(f"{facility}："),
        gap(2),
        _paragraph(
            f"兹有本站受助人员{case.title}（{case.sex}，{case.age}），于{case.admitted_at}入站"
            f"（案件编号 {case.case_number}）。因{reason or '需要'}，现送往贵单位（{kind}），"
            f"自{start}起，请予接收{'诊治' if '医院' in kind else '安置'}。"
            "有关费用及情况请与本站联系。"
        ),
        gap(),
        facts(
            [
                ("体貌特征", case.features),
                ("健康状况", case.health),
                ("本站联系人", case.staff, "联系电话", case.station_phone),
            ]
        ),
        gap(10),
        text(f"{case.station}（盖章）\n　　　　年　　月　　日", layout.styles()["big"]),
        gap(),
        signatures(["接收单位经办人"], seal=True),
    ]


def certificate(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    d = case.departure
    until = f"至{d.at}" if d else "至今"
    return [
        gap(6),
        _paragraph(
            f"兹证明{case.title}（{case.sex}，{case.age}"
            f"{'，身份证号 ' + case.id_number if case.id_number else ''}）"
            f"于{case.admitted_at}{until}在{case.station}接受救助（案件编号 {case.case_number}）。"
        ),
        gap(2),
        _paragraph("特此证明。"),
        gap(16),
        text(f"{case.station}（盖章）\n　　　　年　　月　　日", layout.styles()["big"]),
    ]


def cash_receipt(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    d = case.departure
    if d is None or not d.cash:
        raise missing(DocumentKind.CASH_RECEIPT, MISSING_CASH)
    return [
        facts(
            [
                ("领取人", case.title, "案件编号", case.case_number),
                ("金额 / 车票", d.cash, "凭证编号", d.cash_receipt),
                ("用途", f"返乡（去往 {d.destination}）" if d.destination else "返乡"),
                ("发放时间", d.at, "经办人", case.staff),
            ]
        ),
        gap(),
        _paragraph("以上现金（车票）本人已当面点清领取。"),
        gap(),
        signatures(["领取人", "经办人"], fingerprint=True),
    ]


def death(case: CaseSheet, _warn: Warn) -> list[Flowable]:
    d = case.departure
    return [
        facts(
            [
                *_person(case),
                ("入站时间", case.admitted_at, "案件编号", case.case_number),
                ("死亡时间", d.at if d and d.kind == "死亡" else "", "死亡地点", ""),
                ("死亡原因", BLANK),
                ("医疗机构 / 证明编号", BLANK),
                ("公安机关意见", BLANK),
                ("遗体处理", BLANK),
                ("遗物处理", BLANK),
                ("通知亲属情况", BLANK),
            ]
        ),
        gap(),
        signatures(["经办人", "负责人"], seal=True),
    ]


BUILDERS: dict[DocumentKind, Callable[[CaseSheet, Warn], list[Flowable]]] = {
    DocumentKind.REQUEST_FOR_HELP: request_for_help,
    DocumentKind.POLICE_HANDOVER: police_handover,
    DocumentKind.REFUSAL: refusal,
    DocumentKind.OWN_WILL: own_will,
    DocumentKind.SERVICE_RECORD: service_record,
    DocumentKind.HELP_ENDED: help_ended,
    DocumentKind.REFERRAL: referral,
    DocumentKind.CERTIFICATE: certificate,
    DocumentKind.CASH_RECEIPT: cash_receipt,
    DocumentKind.DEATH: death,
}
