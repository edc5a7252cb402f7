"""The audit trail in words: what an entry changed, as a worker or an inspector reads it.

Each stored entry keeps the fields it changed as JSON keys and stored values (``cost_fen``,
``approved_by: 2``, ``result: lead``, UTC times). Here they become labels, names instead of account
numbers, money in 元, local times and the vocabularies' words; internal numbers and hashes are left
out, and a field whose value did not change is not mentioned.
"""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QCoreApplication

from station.documents.case_sheet import DocumentKind
from station.domain import id_number
from station.domain.casework import (
    AttemptKind,
    AttemptResult,
    DecisionKind,
    LongStayOption,
    NameKind,
    PlacementKind,
)
from station.domain.departure import DepartureKind
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.matching import Decision
from station.services.audit import ACTION_LABELS
from station.services.persons import FIELD_NAMES
from station.ui.texts import vocab, when

# What else an entry names (the person's own fields are named as in the services' messages).
FIELD_LABELS = {
    "item": QT_TRANSLATE_NOOP("AuditWords", "物品"),
    "quantity": QT_TRANSLATE_NOOP("AuditWords", "数量"),
    "condition": QT_TRANSLATE_NOOP("AuditWords", "状况"),
    "returned_to": QT_TRANSLATE_NOOP("AuditWords", "领回人"),
    "returned_at": QT_TRANSLATE_NOOP("AuditWords", "归还时间"),
    "file": QT_TRANSLATE_NOOP("AuditWords", "文件"),
    "departed_at": QT_TRANSLATE_NOOP("AuditWords", "离站时间"),
    "kind": QT_TRANSLATE_NOOP("AuditWords", "类别"),
    "facility": QT_TRANSLATE_NOOP("AuditWords", "医院 / 机构"),
    "started_on": QT_TRANSLATE_NOOP("AuditWords", "开始日期"),
    "ended_on": QT_TRANSLATE_NOOP("AuditWords", "结束日期"),
    "reason": QT_TRANSLATE_NOOP("AuditWords", "原因"),
    "cost_fen": QT_TRANSLATE_NOOP("AuditWords", "费用"),
    "cash_fen": QT_TRANSLATE_NOOP("AuditWords", "现金 / 车票"),
    "added_fen": QT_TRANSLATE_NOOP("AuditWords", "补记金额"),
    "amount_fen": QT_TRANSLATE_NOOP("AuditWords", "金额"),
    "note": QT_TRANSLATE_NOOP("AuditWords", "说明"),
    "notes": QT_TRANSLATE_NOOP("AuditWords", "情况说明"),
    "health": QT_TRANSLATE_NOOP("AuditWords", "离站时健康状况"),
    "kept_name_as": QT_TRANSLATE_NOOP("AuditWords", "原来的姓名记为"),
    "escort": QT_TRANSLATE_NOOP("AuditWords", "护送"),
    "outcome": QT_TRANSLATE_NOOP("AuditWords", "结果"),
    "at": QT_TRANSLATE_NOOP("AuditWords", "时间"),
    "channel": QT_TRANSLATE_NOOP("AuditWords", "渠道"),
    "reference": QT_TRANSLATE_NOOP("AuditWords", "编号"),
    "result": QT_TRANSLATE_NOOP("AuditWords", "结果"),
    "follow_up_on": QT_TRANSLATE_NOOP("AuditWords", "下次跟进"),
    "option": QT_TRANSLATE_NOOP("AuditWords", "照料方式"),
    "until_on": QT_TRANSLATE_NOOP("AuditWords", "延长至"),
    "identified_at": QT_TRANSLATE_NOOP("AuditWords", "身份查明时间"),
    "identified_how": QT_TRANSLATE_NOOP("AuditWords", "查明方式"),
    "added": QT_TRANSLATE_NOOP("AuditWords", "新名字"),
    "attempt": QT_TRANSLATE_NOOP("AuditWords", "寻亲记录"),
    # A departure.
    "destination": QT_TRANSLATE_NOOP("AuditWords", "去向"),
    "cash_receipt": QT_TRANSLATE_NOOP("AuditWords", "现金 / 车票凭证号"),
    "declaration_signed": QT_TRANSLATE_NOOP("AuditWords", "已签自行离站声明"),
    "approved_by": QT_TRANSLATE_NOOP("AuditWords", "批准人"),
    "relative_name": QT_TRANSLATE_NOOP("AuditWords", "接领人"),
    "relative_id_number": QT_TRANSLATE_NOOP("AuditWords", "接领人身份证号"),
    "relative_relationship": QT_TRANSLATE_NOOP("AuditWords", "与本人关系"),
    "relative_phone": QT_TRANSLATE_NOOP("AuditWords", "接领人电话"),
    "relative_documents": QT_TRANSLATE_NOOP("AuditWords", "查验的证件"),
    "escorts": QT_TRANSLATE_NOOP("AuditWords", "护送人员"),
    "vehicle": QT_TRANSLATE_NOOP("AuditWords", "交通工具"),
    "route": QT_TRANSLATE_NOOP("AuditWords", "路线"),
    "trip_departed_at": QT_TRANSLATE_NOOP("AuditWords", "出发时间"),
    "trip_arrived_at": QT_TRANSLATE_NOOP("AuditWords", "到达时间"),
    "receiver": QT_TRANSLATE_NOOP("AuditWords", "接收单位"),
    "handed_to": QT_TRANSLATE_NOOP("AuditWords", "交接给"),
    "handed_at": QT_TRANSLATE_NOOP("AuditWords", "交接时间"),
    # A merge of two records.
    "stays": QT_TRANSLATE_NOOP("AuditWords", "并入的入站次数"),
    "photos": QT_TRANSLATE_NOOP("AuditWords", "并入的照片"),
    "taken": QT_TRANSLATE_NOOP("AuditWords", "从并入档案补充的资料"),
    "aliases": QT_TRANSLATE_NOOP("AuditWords", "新增别名"),
    "aliases_added": QT_TRANSLATE_NOOP("AuditWords", "新增别名"),
    # Searches, decisions, documents, lists.
    "candidates": QT_TRANSLATE_NOOP("AuditWords", "列出候选人"),
    "pairs": QT_TRANSLATE_NOOP("AuditWords", "比对（人员 × 名单）"),
    "residents": QT_TRANSLATE_NOOP("AuditWords", "比对的人员"),
    "new": QT_TRANSLATE_NOOP("AuditWords", "新的候选人"),
    "distance": QT_TRANSLATE_NOOP("AuditWords", "人脸距离"),
    "decision": QT_TRANSLATE_NOOP("AuditWords", "判断"),
    "number": QT_TRANSLATE_NOOP("AuditWords", "文书编号"),
    "persons": QT_TRANSLATE_NOOP("AuditWords", "人数"),
    "period": QT_TRANSLATE_NOOP("AuditWords", "期间"),
    "rows_in_file": QT_TRANSLATE_NOOP("AuditWords", "文件中的行数"),
    "rows": QT_TRANSLATE_NOOP("AuditWords", "读取的行数"),
    "created": QT_TRANSLATE_NOOP("AuditWords", "新增"),
    "updated": QT_TRANSLATE_NOOP("AuditWords", "更新"),
    "unchanged": QT_TRANSLATE_NOOP("AuditWords", "未变"),
    "skipped": QT_TRANSLATE_NOOP("AuditWords", "跳过"),
    "photos_added": QT_TRANSLATE_NOOP("AuditWords", "新增照片"),
    "stopped": QT_TRANSLATE_NOOP("AuditWords", "中途停止"),
    "records": QT_TRANSLATE_NOOP("AuditWords", "名单人数"),
    "update": QT_TRANSLATE_NOOP("AuditWords", "更新已有名单"),
    "resumed": QT_TRANSLATE_NOOP("AuditWords", "接着上次导入"),
    "username": QT_TRANSLATE_NOOP("AuditWords", "用户名"),
    "display_name": QT_TRANSLATE_NOOP("AuditWords", "姓名"),
    "role": QT_TRANSLATE_NOOP("AuditWords", "角色"),
    "active": QT_TRANSLATE_NOOP("AuditWords", "启用"),
    "minutes": QT_TRANSLATE_NOOP("AuditWords", "分钟"),
    "outcome_of_login": QT_TRANSLATE_NOOP("AuditWords", "结果"),
}
# Internal numbers, hashes and versions: nothing a worker reads.
HIDDEN_KEYS = {
    "sha256", "candidate", "photo_id", "encoder", "record_id", "other_person_id", "galleries",
    "list_id", "person_id", "stay_id", "version", "mapping",
}  # fmt: skip
STAFF_KEYS = {"approved_by", "decided_by", "staff_id", "printed_by", "created_by"}
# Stored keys of the vocabularies, shown as their words.
_VOCABULARIES = (
    PlacementKind, AttemptKind, AttemptResult, DecisionKind, LongStayOption, NameKind, DepartureKind,
    DocumentKind,
)  # fmt: skip
VALUE_LABELS = {e.value: e.label for enum in _VOCABULARIES for e in enum}
WORD_KEYS = {"kind", "result", "option", "identified_how", "kept_name_as"}
YES, NO = QT_TRANSLATE_NOOP("AuditWords", "是"), QT_TRANSLATE_NOOP("AuditWords", "否")
EMPTY = QT_TRANSLATE_NOOP("AuditWords", "空")


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditWords", text)


def action_label(action: str) -> str:
    label = ACTION_LABELS.get(action)
    return QCoreApplication.translate("AuditTrail", label) if label else action


def label(key: str) -> str:
    if key in FIELD_NAMES:
        return vocab(FIELD_NAMES[key])
    return _t(FIELD_LABELS[key]) if key in FIELD_LABELS else key


def _yuan(fen: int) -> str:
    return QCoreApplication.translate("AuditWords", "{amount} 元").format(amount=f"{fen / 100:.2f}")


def value_text(key: str, value: object, staff_names: dict[int, str]) -> str:
    """One stored value in words."""
    if value is None or value == "":
        return _t(EMPTY)
    if isinstance(value, bool):
        return _t(YES) if value else _t(NO)
    if key in STAFF_KEYS and isinstance(value, int):
        return staff_names.get(
            value, QCoreApplication.translate("AuditWords", "账号 {n}").format(n=value)
        )
    if key.endswith("_fen") and isinstance(value, int):
        return _yuan(value)
    if key.endswith("id_number") and isinstance(value, str):
        return id_number.mask(value)
    if key == "decision" and value in Decision._value2member_map_:
        return QCoreApplication.translate("Decision", Decision(str(value)).label)
    if key in WORD_KEYS and isinstance(value, str):
        return vocab(VALUE_LABELS.get(value, value))
    if (key.endswith("_at") or key == "at") and isinstance(value, str):
        try:
            return when(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, list):
        names = [vocab(FIELD_NAMES[v]) if key == "taken" and v in FIELD_NAMES else str(v)
                 for v in value]  # fmt: skip
        return "、".join(names)
    return str(value)


def describe(
    before_json: str | None, after_json: str | None, staff_names: dict[int, str] | None = None
) -> str:
    """A one-line digest of what an entry changed; "" when there is nothing to say."""
    before = json.loads(before_json) if before_json else {}
    after = json.loads(after_json) if after_json else {}
    return _parts(before, after, staff_names or {})


def _parts(before: dict, after: dict, staff_names: dict[int, str]) -> str:  # type: ignore[type-arg]
    parts = []
    for key, value in after.items():
        if key in HIDDEN_KEYS:
            continue
        if isinstance(value, dict):  # a record kept with the entry: its fields, in brackets
            inner = _parts({}, value, staff_names)
            if inner:
                parts.append(f"{label(key)}（{inner}）")
            continue
        if key in before and before[key] == value:
            continue  # not changed: not worth a word
        shown = value_text(key, value, staff_names)
        if key in before:
            parts.append(f"{label(key)}：{value_text(key, before[key], staff_names)} → {shown}")
        elif not (value is None or value is False or value == "" or value == []):
            parts.append(f"{label(key)}：{shown}")
    for key, value in before.items():  # removed (a deleted list): what it was
        if key not in after and key not in HIDDEN_KEYS and not isinstance(value, dict):
            parts.append(f"{label(key)}：{value_text(key, value, staff_names)}")
    return "；".join(parts)
