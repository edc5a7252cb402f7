"""The closed vocabularies of a case. Values are stable English keys stored in the database; labels
are Chinese source strings translated by the GUI."""

from __future__ import annotations

from enum import StrEnum

from station.domain.i18n import QT_TRANSLATE_NOOP


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _SEX_LABELS[self]


_SEX_LABELS = {
    Sex.MALE: QT_TRANSLATE_NOOP("Vocabulary", "男"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("Vocabulary", "女"),
    Sex.UNKNOWN: QT_TRANSLATE_NOOP("Vocabulary", "不详"),
}


class BroughtBy(StrEnum):
    """Who brought the person to the station."""

    POLICE = "police"
    CHENGGUAN = "chengguan"
    HOSPITAL = "hospital"
    PUBLIC = "public"
    SELF = "self"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _BROUGHT_LABELS[self]


_BROUGHT_LABELS = {
    BroughtBy.POLICE: QT_TRANSLATE_NOOP("Vocabulary", "公安"),
    BroughtBy.CHENGGUAN: QT_TRANSLATE_NOOP("Vocabulary", "城管"),
    BroughtBy.HOSPITAL: QT_TRANSLATE_NOOP("Vocabulary", "医院"),
    BroughtBy.PUBLIC: QT_TRANSLATE_NOOP("Vocabulary", "群众"),
    BroughtBy.SELF: QT_TRANSLATE_NOOP("Vocabulary", "本人求助"),
    BroughtBy.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "其他"),
}


class StayStatus(StrEnum):
    """Where a stay stands; placements (hospital, welfare home) refine IN_CARE later."""

    IN_STATION = "in_station"
    DEPARTED = "departed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    StayStatus.IN_STATION: QT_TRANSLATE_NOOP("Vocabulary", "在站"),
    StayStatus.DEPARTED: QT_TRANSLATE_NOOP("Vocabulary", "已离站"),
}


class Build(StrEnum):
    """Body build as staff describe it."""

    THIN = "thin"
    MEDIUM = "medium"
    HEAVY = "heavy"

    @property
    def label(self) -> str:
        return _BUILD_LABELS[self]


_BUILD_LABELS = {
    Build.THIN: QT_TRANSLATE_NOOP("Vocabulary", "偏瘦"),
    Build.MEDIUM: QT_TRANSLATE_NOOP("Vocabulary", "中等"),
    Build.HEAVY: QT_TRANSLATE_NOOP("Vocabulary", "偏胖"),
}


class Role(StrEnum):
    DIRECTOR = "director"
    ADMIN = "admin"
    CLERK = "clerk"
    SOCIAL_WORKER = "social_worker"
    MEDICAL = "medical"
    READ_ONLY = "read_only"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.DIRECTOR: QT_TRANSLATE_NOOP("Vocabulary", "站长"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Vocabulary", "管理员"),
    Role.CLERK: QT_TRANSLATE_NOOP("Vocabulary", "登记员"),
    Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Vocabulary", "社工"),
    Role.MEDICAL: QT_TRANSLATE_NOOP("Vocabulary", "医护"),
    Role.READ_ONLY: QT_TRANSLATE_NOOP("Vocabulary", "只读"),
}
