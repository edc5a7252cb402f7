"""How a candidate's attributes bear on its rank, and what a face distance is worth.

Rules learned from peer systems: a missing or unknown value never counts against a candidate; ages
and dates are soft (estimated ages are often wrong by years); a recorded sex that differs hides the
candidate from the default view but never deletes it. Each factor says in plain words what it did.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from station.domain.age import AgeRange, years_between
from station.domain.enums import Sex
from station.domain.i18n import QT_TRANSLATE_NOOP

AGE_TOLERANCE = 5  # years either side of an estimate before age counts against a candidate
AGE_STEP = 0.01  # added to the score per year beyond the tolerance
AGE_CAP = 0.12
HEIGHT_TOLERANCE = 8  # centimetres
HEIGHT_STEP = 0.004
HEIGHT_CAP = 0.06
ADULT = 18
SEX_CONFLICT = 0.15
DATE_CONFLICT = 0.10
SAME_PLACE = -0.01


class Band(StrEnum):
    STRONG = "strong"
    POSSIBLE = "possible"
    WEAK = "weak"
    UNLIKELY = "unlikely"

    @property
    def label(self) -> str:
        return BAND_LABELS[self]


BAND_LABELS = {
    Band.STRONG: QT_TRANSLATE_NOOP("Band", "高度相似"),
    Band.POSSIBLE: QT_TRANSLATE_NOOP("Band", "可能相似"),
    Band.WEAK: QT_TRANSLATE_NOOP("Band", "略有相似"),
    Band.UNLIKELY: QT_TRANSLATE_NOOP("Band", "不太相似"),
}


class Limits(NamedTuple):
    """Upper limits of face distance (unit encodings) of the strong, possible and weak bands."""

    strong: float
    possible: float
    weak: float

    def of(self, distance: float) -> Band:
        # A strong limit of 0 means "never strong" (a distance of exactly 0 included).
        if self.strong > 0 and distance <= self.strong:
            return Band.STRONG
        if distance <= self.possible:
            return Band.POSSIBLE
        if distance <= self.weak:
            return Band.WEAK
        return Band.UNLIKELY


@dataclass(frozen=True)
class Bands:
    """The band limits, settings of the station: one set for photos of people of about the same
    age, one for cross-age pairs (a child's photo against an adult's).

    Same age: defaults measured on the East Asian photos of ../shared/faces-dev (153 photos of 11
    people, the mirror-averaged encoder, benchmarks/accuracy.py): strong at FAR ~0.1 % (holds ~51 %
    of same-person pairs), possible up to FAR ~1 % (~70 %), weak up to FAR ~5 % (~84 %).

    Cross age: not measured (no labelled photos of the same people as children and as adults were
    at hand), so the defaults are the same-age limits without "strong" (a strong limit of 0): a
    pair across ages is at most "possible" until the station's own cross-age decisions, which the
    band report counts apart and suggests limits from, give an administrator reason to set others.
    """

    strong: float = 0.25
    possible: float = 0.275
    weak: float = 0.30
    cross_strong: float = 0.0
    cross_possible: float = 0.275
    cross_weak: float = 0.30

    def limits(self, *, cross_age: bool = False) -> Limits:
        if cross_age:
            return Limits(self.cross_strong, self.cross_possible, self.cross_weak)
        return Limits(self.strong, self.possible, self.weak)

    def of(self, distance: float, *, cross_age: bool = False) -> Band:
        """The band of a distance, by the limits for pairs of the same age or across ages."""
        return self.limits(cross_age=cross_age).of(distance)

    @classmethod
    def from_limits(cls, same_age: Limits, cross_age: Limits) -> Bands:
        return cls(*same_age, *cross_age)


# A person with several photos is compared by the mean of their encodings (normalised): on
# ../shared/faces-dev that holds 82 % of same-person pairs at FAR 1 % with three photos, against
# 73 % for their nearest photo and 63-67 % for one photo (benchmarks/accuracy.py). The mean of k
# photos lies nearer to everyone, so its distance is shifted back to the one-photo scale the bands
# are set on; measured (FAR 0.1 % to 5 %, East Asian and all pairs): +0.017-0.021 for 2 photos,
# +0.023-0.029 for 3, +0.029-0.033 for 4, +0.031-0.035 for 5, +0.036-0.039 for 8.
SEVERAL_PHOTOS_SHIFT = 0.04


def several_photos_shift(photos: int) -> float:
    """What is added to the distance to the mean of ``photos`` encodings (0 for one photo)."""
    return SEVERAL_PHOTOS_SHIFT * (1.0 - 1.0 / max(photos, 1))


class Decision(StrEnum):
    POSSIBLE = "possible"
    EXCLUDED = "excluded"
    CONFIRMED = "confirmed"

    @property
    def label(self) -> str:
        return DECISION_LABELS[self]


DECISION_LABELS = {
    Decision.POSSIBLE: QT_TRANSLATE_NOOP("Decision", "可能"),
    Decision.EXCLUDED: QT_TRANSLATE_NOOP("Decision", "排除"),
    Decision.CONFIRMED: QT_TRANSLATE_NOOP("Decision", "确认"),
}


@dataclass(frozen=True)
class Traits:
    """What is known of one side of a comparison, on the day it describes.

    For a resident: the age range on the day found, the day found and where. For a missing person: the
    age on the day found (computed by :func:`expected_age`), the day gone missing and where.
    """

    sex: str = "unknown"
    age: AgeRange | None = None
    height_cm: int | None = None
    day: dt.date | None = None
    place: str | None = None
    adult_height: bool = True  # False when the height was measured as a child
    photo_age: AgeRange | None = None  # the age when the photo compared was taken


@dataclass(frozen=True)
class Factor:
    code: str
    effect: float  # added to the score: positive pushes the candidate down
    template: str
    params: dict[str, object] = field(default_factory=dict)
    conflict: bool = False  # hides the candidate from the default view

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


T_SEX_SAME = QT_TRANSLATE_NOOP("Factor", "性别相同")
T_SEX_DIFF = QT_TRANSLATE_NOOP("Factor", "性别不符（本人{mine}，对方{theirs}）")
T_SEX_UNKNOWN = QT_TRANSLATE_NOOP("Factor", "一方性别不详，不影响排序")
T_AGE_FITS = QT_TRANSLATE_NOOP("Factor", "年龄相符（本人约 {mine} 岁，对方此时约 {theirs} 岁）")
T_AGE_GAP = QT_TRANSLATE_NOOP(
    "Factor", "年龄相差约 {gap} 岁（本人约 {mine} 岁，对方此时约 {theirs} 岁）"
)
T_AGE_UNKNOWN = QT_TRANSLATE_NOOP("Factor", "一方年龄不详，不影响排序")
T_HEIGHT_FITS = QT_TRANSLATE_NOOP("Factor", "身高相近（{mine} 厘米 / {theirs} 厘米）")
T_HEIGHT_GAP = QT_TRANSLATE_NOOP("Factor", "身高相差 {gap} 厘米（{mine} 厘米 / {theirs} 厘米）")
T_HEIGHT_CHILD = QT_TRANSLATE_NOOP("Factor", "对方身高是未成年时所记，不作比较")
T_DATE_FITS = QT_TRANSLATE_NOOP("Factor", "走失（{lost}）在本人被发现（{found}）之前")
T_DATE_AFTER = QT_TRANSLATE_NOOP(
    "Factor", "对方走失日期（{lost}）晚于本人被发现日期（{found}），可能性较低"
)
T_PLACE_NEAR = QT_TRANSLATE_NOOP("Factor", "地点相近（{mine} / {theirs}）")
T_PHOTOS = QT_TRANSLATE_NOOP("Factor", "对方有 {n} 张照片，按这些照片的平均特征比对")
T_PHOTOS_MINE = QT_TRANSLATE_NOOP("Factor", "本人有 {n} 张照片，按这些照片的平均特征比对")
T_PHOTOS_BOTH = QT_TRANSLATE_NOOP("Factor", "本人 {mine} 张、对方 {n} 张照片，各按平均特征比对")
T_CROSS_AGE = QT_TRANSLATE_NOOP(
    "Factor",
    "跨年龄：一张照片摄于约 {child} 岁，一张摄于约 {adult} 岁。童年与成年的脸相差很大，"
    "按跨年龄的阈值分档，人脸相似度只作参考",
)


def cross_age(mine: AgeRange | None, theirs: AgeRange | None) -> tuple[AgeRange, AgeRange] | None:
    """(the child's age, the adult's age) when one photo surely shows a minor and the other surely
    an adult; None otherwise (an unknown or uncertain age never marks a pair)."""
    if mine is None or theirs is None:
        return None
    if mine.high < ADULT <= theirs.low:
        return mine, theirs
    if theirs.high < ADULT <= mine.low:
        return theirs, mine
    return None


def photos_factor(photos: int, mine: int = 1) -> Factor | None:
    """Says that a side was compared by the mean of several photos (moves nothing itself)."""
    if photos > 1 and mine > 1:
        return Factor("photos", 0.0, T_PHOTOS_BOTH, {"n": photos, "mine": mine})
    if photos > 1:
        return Factor("photos", 0.0, T_PHOTOS, {"n": photos})
    if mine > 1:
        return Factor("photos", 0.0, T_PHOTOS_MINE, {"n": mine})
    return None


def expected_age(
    day: dt.date,
    *,
    birth_date: dt.date | None = None,
    birth_year: int | None = None,
    age_at_missing: int | None = None,
    missing_date: dt.date | None = None,
) -> AgeRange | None:
    """A missing person's age on ``day``: from the birth date or year, else the age when missing
    plus the years elapsed since. Unknown stays unknown."""
    if birth_date is not None:
        years = max(0, years_between(birth_date, day))
        return AgeRange(years, years)
    if birth_year is not None:
        years = day.year - birth_year
        return AgeRange(max(0, years - 1), max(0, years))
    if age_at_missing is not None:
        if missing_date is None:
            return None
        elapsed = max(0, years_between(missing_date, day))
        return AgeRange(age_at_missing + elapsed, age_at_missing + elapsed + 1)
    return None


def compare(mine: Traits, theirs: Traits) -> list[Factor]:
    """The factors that move a candidate up or down, in a fixed order: sex, age, height, date, place."""
    factors = [_sex(mine.sex, theirs.sex), _age(mine.age, theirs.age)]
    height = _height(mine, theirs)
    if height is not None:
        factors.append(height)
    if mine.day is not None and theirs.day is not None:
        if theirs.day > mine.day:
            factors.append(Factor("date", DATE_CONFLICT, T_DATE_AFTER, _days(theirs.day, mine.day)))
        else:
            factors.append(Factor("date", 0.0, T_DATE_FITS, _days(theirs.day, mine.day)))
    if _near(mine.place, theirs.place):
        factors.append(
            Factor("place", SAME_PLACE, T_PLACE_NEAR, {"mine": mine.place, "theirs": theirs.place})
        )
    ages = cross_age(mine.photo_age, theirs.photo_age)
    if ages is not None:
        child, adult = ages
        factors.append(Factor("cross_age", 0.0, T_CROSS_AGE,
                              {"child": str(child), "adult": str(adult)}))  # fmt: skip
    return factors


def _days(lost: dt.date, found: dt.date) -> dict[str, object]:
    return {"lost": lost.isoformat(), "found": found.isoformat()}


def _sex(mine: str, theirs: str) -> Factor:
    known = {Sex.MALE.value, Sex.FEMALE.value}
    if mine not in known or theirs not in known:
        return Factor("sex", 0.0, T_SEX_UNKNOWN)
    if mine == theirs:
        return Factor("sex", 0.0, T_SEX_SAME)
    return Factor(
        "sex",
        SEX_CONFLICT,
        T_SEX_DIFF,
        {"mine": Sex(mine).label, "theirs": Sex(theirs).label},
        conflict=True,
    )


def _age(mine: AgeRange | None, theirs: AgeRange | None) -> Factor:
    if mine is None or theirs is None:
        return Factor("age", 0.0, T_AGE_UNKNOWN)
    gap = max(0, theirs.low - mine.high, mine.low - theirs.high)
    params: dict[str, object] = {"mine": str(mine), "theirs": str(theirs)}
    if gap <= AGE_TOLERANCE:
        return Factor("age", 0.0, T_AGE_FITS, params)
    effect = min(AGE_CAP, (gap - AGE_TOLERANCE) * AGE_STEP)
    return Factor("age", round(effect, 4), T_AGE_GAP, {"gap": gap, **params})


def _height(mine: Traits, theirs: Traits) -> Factor | None:
    if mine.height_cm is None or theirs.height_cm is None:
        return None
    if not theirs.adult_height or not mine.adult_height:
        return Factor("height", 0.0, T_HEIGHT_CHILD)
    gap = abs(mine.height_cm - theirs.height_cm)
    params: dict[str, object] = {"mine": mine.height_cm, "theirs": theirs.height_cm}
    if gap <= HEIGHT_TOLERANCE:
        return Factor("height", 0.0, T_HEIGHT_FITS, params)
    effect = min(HEIGHT_CAP, (gap - HEIGHT_TOLERANCE) * HEIGHT_STEP)
    return Factor("height", round(effect, 4), T_HEIGHT_GAP, {"gap": gap, **params})


def _near(a: str | None, b: str | None) -> bool:
    """Same province or city: the places share their first two characters (河南…, 郑州…)."""
    if not a or not b:
        return False
    a, b = a.strip(), b.strip()
    return len(a) >= 2 and len(b) >= 2 and a[:2] == b[:2]


def score(distance: float, factors: list[Factor]) -> float:
    """Lower is better: the face distance moved by the attribute factors."""
    return distance + sum(f.effect for f in factors)
