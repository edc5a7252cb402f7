"""The vocabularies of a case after intake: placements, family-search attempts, case decisions.

Values are stable English keys stored in the database; labels are Chinese source strings that the GUI
translates (context "Vocabulary").
"""

from __future__ import annotations

from enum import StrEnum

from station.domain.i18n import QT_TRANSLATE_NOOP


class PlacementKind(StrEnum):
    HOSPITAL = "hospital"
    PSYCHIATRIC = "psychiatric"
    WELFARE_HOME = "welfare_home"
    MINORS_CENTRE = "minors_centre"
    STATION = "station"  # back in the station
    OTHER = "other"

    @property
    def label(self) -> str:
        return _PLACEMENT_LABELS[self]


_PLACEMENT_LABELS = {
    PlacementKind.HOSPITAL: QT_TRANSLATE_NOOP("Vocabulary", "医院"),
    PlacementKind.PSYCHIATRIC: QT_TRANSLATE_NOOP("Vocabulary", "精神专科医院"),
    PlacementKind.WELFARE_HOME: QT_TRANSLATE_NOOP("Vocabulary", "社会福利院 / 托养机构"),
    PlacementKind.MINORS_CENTRE: QT_TRANSLATE_NOOP("Vocabulary", "未成年人救助保护中心"),
    PlacementKind.STATION: QT_TRANSLATE_NOOP("Vocabulary", "返回站内"),
    PlacementKind.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "其他"),
}
# Where a person in care is when no placement outside is current.
IN_STATION_LABEL = QT_TRANSLATE_NOOP("Vocabulary", "站内")


class AttemptKind(StrEnum):
    ANNOUNCEMENT = "announcement"
    POLICE_DNA = "police_dna"
    FINGERPRINT = "fingerprint"
    POLICE_FACE = "police_face"
    ONLINE_PLATFORM = "online_platform"
    DIALECT = "dialect"
    PHONE = "phone"
    HOME_VISIT = "home_visit"
    PHOTO_SEARCH = "photo_search"  # in Station, against the lists
    OTHER = "other"

    @property
    def label(self) -> str:
        return _ATTEMPT_LABELS[self]


_ATTEMPT_LABELS = {
    AttemptKind.ANNOUNCEMENT: QT_TRANSLATE_NOOP("Vocabulary", "寻亲公告"),
    AttemptKind.POLICE_DNA: QT_TRANSLATE_NOOP("Vocabulary", "公安 DNA 采集比对"),
    AttemptKind.FINGERPRINT: QT_TRANSLATE_NOOP("Vocabulary", "指纹比对"),
    AttemptKind.POLICE_FACE: QT_TRANSLATE_NOOP("Vocabulary", "公安人脸比对"),
    AttemptKind.ONLINE_PLATFORM: QT_TRANSLATE_NOOP("Vocabulary", "互联网寻亲平台"),
    AttemptKind.DIALECT: QT_TRANSLATE_NOOP("Vocabulary", "方言辨识"),
    AttemptKind.PHONE: QT_TRANSLATE_NOOP("Vocabulary", "电话联系"),
    AttemptKind.HOME_VISIT: QT_TRANSLATE_NOOP("Vocabulary", "走访"),
    AttemptKind.PHOTO_SEARCH: QT_TRANSLATE_NOOP("Vocabulary", "站内照片比对"),
    AttemptKind.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "其他"),
}


class AttemptResult(StrEnum):
    """Where an attempt stands; one attempt moves through these, updated in place."""

    SENT = "sent"  # a request made (a DNA sample sent, an announcement submitted)
    PENDING = "pending"  # waiting for an answer
    NONE = "none"
    LEAD = "lead"
    CONFIRMED = "confirmed"

    @property
    def open(self) -> bool:
        """Still waiting for an outcome."""
        return self in (AttemptResult.SENT, AttemptResult.PENDING)

    @property
    def label(self) -> str:
        return _RESULT_LABELS[self]


_RESULT_LABELS = {
    AttemptResult.SENT: QT_TRANSLATE_NOOP("Vocabulary", "已发出"),
    AttemptResult.PENDING: QT_TRANSLATE_NOOP("Vocabulary", "等待结果"),
    AttemptResult.NONE: QT_TRANSLATE_NOOP("Vocabulary", "无结果"),
    AttemptResult.LEAD: QT_TRANSLATE_NOOP("Vocabulary", "有线索"),
    AttemptResult.CONFIRMED: QT_TRANSLATE_NOOP("Vocabulary", "已确认"),
}


class DecisionKind(StrEnum):
    """Steps of a long stay that the rules ask for, recorded on the stay."""

    EXTENSION = "extension"  # the 10-day stay extended
    LONG_STAY = "long_stay"  # how a person unidentified after 10 days is cared for
    SETTLEMENT = "settlement"  # 落户安置 started

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    DecisionKind.EXTENSION: QT_TRANSLATE_NOOP("Vocabulary", "延长救助期限"),
    DecisionKind.LONG_STAY: QT_TRANSLATE_NOOP("Vocabulary", "长期滞留安置决定"),
    DecisionKind.SETTLEMENT: QT_TRANSLATE_NOOP("Vocabulary", "启动落户安置"),
}


class LongStayOption(StrEnum):
    STATION_CARE = "station_care"
    OUTSIDE_CARE = "outside_care"
    SPECIAL_SUPPORT = "special_support"

    @property
    def label(self) -> str:
        return _LONG_STAY_LABELS[self]


_LONG_STAY_LABELS = {
    LongStayOption.STATION_CARE: QT_TRANSLATE_NOOP("Vocabulary", "站内照料"),
    LongStayOption.OUTSIDE_CARE: QT_TRANSLATE_NOOP("Vocabulary", "站外托养"),
    LongStayOption.SPECIAL_SUPPORT: QT_TRANSLATE_NOOP("Vocabulary", "特困供养"),
}


class NameKind(StrEnum):
    """How a name of a person came to be known (identity history)."""

    ALIAS = "alias"
    SELF_REPORTED = "self_reported"
    SOUND_ALIKE = "sound_alike"
    PLACEHOLDER = "placeholder"
    FORMER = "former"
    OFFICIAL = "official"  # given at 落户安置; becomes the person's name
    REAL = "real"  # the true name, once the identity is found; becomes the person's name

    @property
    def becomes_name(self) -> bool:
        return self in (NameKind.OFFICIAL, NameKind.REAL)

    @property
    def label(self) -> str:
        return _NAME_LABELS[self]


_NAME_LABELS = {
    NameKind.ALIAS: QT_TRANSLATE_NOOP("Vocabulary", "别名"),
    NameKind.SELF_REPORTED: QT_TRANSLATE_NOOP("Vocabulary", "自述姓名"),
    NameKind.SOUND_ALIKE: QT_TRANSLATE_NOOP("Vocabulary", "谐音（音）"),
    NameKind.PLACEHOLDER: QT_TRANSLATE_NOOP("Vocabulary", "代称"),
    NameKind.FORMER: QT_TRANSLATE_NOOP("Vocabulary", "曾用名"),
    NameKind.OFFICIAL: QT_TRANSLATE_NOOP("Vocabulary", "落户后正式姓名"),
    NameKind.REAL: QT_TRANSLATE_NOOP("Vocabulary", "查明的真实姓名"),
}


class SpecialGroup(StrEnum):
    """Circumstances of a stay the monthly report counts (minors and the elderly come from ages)."""

    TRAFFICKING = "trafficking"
    DOMESTIC_VIOLENCE = "domestic_violence"
    HK_MO_TW = "hk_mo_tw"
    FOREIGN = "foreign"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


_GROUP_LABELS = {
    SpecialGroup.TRAFFICKING: QT_TRANSLATE_NOOP("Vocabulary", "打拐解救"),
    SpecialGroup.DOMESTIC_VIOLENCE: QT_TRANSLATE_NOOP("Vocabulary", "家暴受害"),
    SpecialGroup.HK_MO_TW: QT_TRANSLATE_NOOP("Vocabulary", "港澳台居民"),
    SpecialGroup.FOREIGN: QT_TRANSLATE_NOOP("Vocabulary", "外籍人员"),
}
