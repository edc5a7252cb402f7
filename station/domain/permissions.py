"""Who may do what: each role's actions. The services check these; the GUI only mirrors them.

The six roles of a station (站长 director, 管理员 administrator, 登记员 intake clerk, 社工 social
worker, 医护 medical staff, 只读 read-only). An administrator keeps the system (accounts, rules,
settings) and may do the case work of a small station; only a director approves releasing a minor
or a person who cannot decide (checked where a departure is recorded); read-only changes nothing.
"""

from __future__ import annotations

from enum import StrEnum

from station.domain.enums import Role
from station.domain.i18n import QT_TRANSLATE_NOOP


class Action(StrEnum):
    REGISTER = "register"  # intake, a new stay, photos, belongings taken into custody
    EDIT_PERSON = "edit_person"  # the person's facts and names
    MERGE = "merge"  # merge two records of one person
    BELONGINGS = "belongings"  # hand belongings back
    PLACEMENT = "placement"  # hospital, welfare home, back to the station
    FAMILY_SEARCH = "family_search"  # attempts and decisions
    DEPART = "depart"  # record a departure
    MATCH = "match"  # encode, search and decide photo-search candidates
    LISTS = "lists"  # import, encode, export and delete missing-person lists
    PRINT = "print"  # print and archive documents
    EXPORT = "export"  # personal data leaving Station (lists, reports, the audit trail)
    ACCOUNTS = "accounts"  # create, change, unlock and reset staff accounts
    CONFIGURE = "configure"  # deadline rules, calendar, station information, match bands
    AUDIT = "audit"  # read the whole audit trail
    SEE_IDENTIFIERS = "see_identifiers"  # ID and phone numbers unmasked


_CASEWORK = {
    Action.REGISTER,
    Action.EDIT_PERSON,
    Action.MERGE,
    Action.BELONGINGS,
    Action.PLACEMENT,
    Action.FAMILY_SEARCH,
    Action.DEPART,
    Action.MATCH,
    Action.LISTS,
    Action.PRINT,
    Action.SEE_IDENTIFIERS,
}
ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    Role.DIRECTOR: frozenset(_CASEWORK | {Action.EXPORT, Action.AUDIT}),
    Role.ADMIN: frozenset(
        _CASEWORK | {Action.EXPORT, Action.AUDIT, Action.ACCOUNTS, Action.CONFIGURE}
    ),
    Role.CLERK: frozenset(
        {
            Action.REGISTER,
            Action.EDIT_PERSON,
            Action.BELONGINGS,
            Action.MATCH,
            Action.PRINT,
            Action.SEE_IDENTIFIERS,
        }
    ),
    Role.SOCIAL_WORKER: frozenset(_CASEWORK),
    Role.MEDICAL: frozenset({Action.PLACEMENT, Action.PRINT}),
    Role.READ_ONLY: frozenset(),
}

ACTION_LABELS = {
    Action.REGISTER: QT_TRANSLATE_NOOP("Vocabulary", "登记入站"),
    Action.EDIT_PERSON: QT_TRANSLATE_NOOP("Vocabulary", "修改人员资料"),
    Action.MERGE: QT_TRANSLATE_NOOP("Vocabulary", "合并重复档案"),
    Action.BELONGINGS: QT_TRANSLATE_NOOP("Vocabulary", "归还物品"),
    Action.PLACEMENT: QT_TRANSLATE_NOOP("Vocabulary", "安置送医"),
    Action.FAMILY_SEARCH: QT_TRANSLATE_NOOP("Vocabulary", "记录寻亲工作"),
    Action.DEPART: QT_TRANSLATE_NOOP("Vocabulary", "办理离站"),
    Action.MATCH: QT_TRANSLATE_NOOP("Vocabulary", "照片比对"),
    Action.LISTS: QT_TRANSLATE_NOOP("Vocabulary", "管理寻人名单"),
    Action.PRINT: QT_TRANSLATE_NOOP("Vocabulary", "打印文书"),
    Action.EXPORT: QT_TRANSLATE_NOOP("Vocabulary", "导出个人信息"),
    Action.ACCOUNTS: QT_TRANSLATE_NOOP("Vocabulary", "管理账号"),
    Action.CONFIGURE: QT_TRANSLATE_NOOP("Vocabulary", "修改系统设置"),
    Action.AUDIT: QT_TRANSLATE_NOOP("Vocabulary", "查看审计记录"),
    Action.SEE_IDENTIFIERS: QT_TRANSLATE_NOOP("Vocabulary", "查看完整证件号和电话"),
}


def allowed(role: Role | str, action: Action) -> bool:
    try:
        return action in ROLE_ACTIONS[Role(role)]
    except ValueError:
        return False  # a role this version does not know may do nothing
