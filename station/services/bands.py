"""比对阈值: the limits of the similarity bands, and how they have done on the station's decisions.

Every confirmed and excluded candidate is a labelled pair: the report counts, for each band, the
candidates reviewers confirmed and excluded (encodings of the current encoder only: another
encoder's distances are on another scale), and from enough exclusions suggests limits. An
administrator decides; nothing changes by itself. The limits are kept in the station's settings,
shared by every workstation, and each change is audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from sqlmodel import col, select

from station.domain.errors import FieldError, InvalidInput
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.matching import Band, Bands, Decision, Limits
from station.domain.permissions import Action
from station.faces.engine import ENCODER
from station.services import audit, permissions
from station.store.case_models import StationSetting
from station.store.database import Database
from station.store.models import MatchCandidate, StaffPublic

KEYS = {
    "strong": "match_band_strong",
    "possible": "match_band_possible",
    "weak": "match_band_weak",
    "cross_strong": "match_band_cross_strong",
    "cross_possible": "match_band_cross_possible",
    "cross_weak": "match_band_cross_weak",
}
MIN_EXCLUDED = 50  # fewer exclusions say too little to suggest limits from
# The share of excluded candidates each suggested limit lets in (they are the hardest different
# people: the ones that reached a reviewer).
SUGGEST_AT = {"strong": 0.01, "possible": 0.05, "weak": 0.20}

MSG_ORDER = QT_TRANSLATE_NOOP(
    "UserError",
    "阈值应满足 0 < 高度相似 < 可能相似 < 略有相似 < 2（现为 {strong} / {possible} / {weak}）",
)
MSG_CROSS_ORDER = QT_TRANSLATE_NOOP(
    "UserError",
    "跨年龄阈值应满足 0 ≤ 高度相似 < 可能相似 < 略有相似 < 2（0 表示跨年龄候选不标“高度相似”；"
    "现为 {strong} / {possible} / {weak}）",
)


@dataclass(frozen=True)
class BandRow:
    band: Band
    upper: float | None  # None: beyond the weak limit
    confirmed: int
    excluded: int


@dataclass(frozen=True)
class BandReport:
    bands: Bands
    rows: list[BandRow]
    confirmed: int
    excluded: int
    suggested: Limits | None  # None: too few exclusions to suggest from
    # Cross-age pairs (a child's photo against an adult's), counted apart by the cross-age limits:
    # they follow other distances and are left out of the rows above and of their suggestion.
    cross_age_rows: list[BandRow] = field(default_factory=list)
    cross_confirmed: int = 0
    cross_excluded: int = 0
    cross_suggested: Limits | None = None


class BandService:
    def __init__(self, db: Database, *, now: Callable[[], dt.datetime]) -> None:
        self.db = db
        self.now = now

    def current(self) -> Bands:
        """The station's limits (the measured defaults until an administrator sets others)."""
        with self.db.read() as s:
            rows = s.exec(
                select(StationSetting).where(col(StationSetting.key).in_(list(KEYS.values())))
            ).all()
        values = {r.key: r.value for r in rows}
        default = Bands()
        return Bands(**{name: float(values.get(key) or getattr(default, name))
                        for name, key in KEYS.items()})  # fmt: skip

    def report(self) -> BandReport:
        bands = self.current()
        with self.db.read() as s:
            decided = s.exec(
                select(
                    MatchCandidate.distance, MatchCandidate.decision, MatchCandidate.cross_age
                ).where(
                    MatchCandidate.encoder == ENCODER,
                    col(MatchCandidate.decision).in_([Decision.CONFIRMED, Decision.EXCLUDED]),
                )
            ).all()

        def distances(what: Decision, cross_age: bool) -> np.ndarray:
            return np.array(
                [d for d, decision, cross in decided if decision == what and cross == cross_age],
                dtype=float,
            )

        confirmed = distances(Decision.CONFIRMED, False)
        excluded = distances(Decision.EXCLUDED, False)
        cross_confirmed = distances(Decision.CONFIRMED, True)
        cross_excluded = distances(Decision.EXCLUDED, True)
        return BandReport(
            bands,
            _band_rows(bands.limits(), confirmed, excluded),
            len(confirmed),
            len(excluded),
            _suggest(excluded),
            _band_rows(bands.limits(cross_age=True), cross_confirmed, cross_excluded),
            len(cross_confirmed),
            len(cross_excluded),
            _suggest(cross_excluded),
        )

    def save(self, bands: Bands, by: StaffPublic) -> None:
        """Set the limits (administrators only); audited with the values before and after."""
        same, cross = bands.limits(), bands.limits(cross_age=True)
        if not 0 < same.strong < same.possible < same.weak < 2:
            raise InvalidInput([FieldError("strong", MSG_ORDER, same._asdict())])
        if not 0 <= cross.strong < cross.possible < cross.weak < 2:
            raise InvalidInput([FieldError("cross_strong", MSG_CROSS_ORDER, cross._asdict())])
        before = self.current()
        with self.db.write() as s:
            permissions.require(s, by, Action.CONFIGURE)
            for name, key in KEYS.items():
                s.merge(StationSetting(key=key, value=repr(float(getattr(bands, name)))))
            audit.record(
                s, by, "match.bands", entity="station_setting", entity_id=None,
                before=_values(before), after=_values(bands), at=self.now(),
            )  # fmt: skip


def _values(bands: Bands) -> dict[str, float]:
    return {name: float(getattr(bands, name)) for name in KEYS}


def _suggest(excluded: np.ndarray) -> Limits | None:
    """Limits that let 1 % / 5 % / 20 % of the excluded candidates in, from enough of them."""
    if len(excluded) < MIN_EXCLUDED:
        return None
    limits = Limits(*(round(float(np.quantile(excluded, SUGGEST_AT[n], method="lower")), 3)
                      for n in ("strong", "possible", "weak")))  # fmt: skip
    return limits if 0 < limits.strong < limits.possible < limits.weak else None


def _band_rows(limits: Limits, confirmed: np.ndarray, excluded: np.ndarray) -> list[BandRow]:
    """How many confirmed and excluded candidates fell in each band (banded as a search bands)."""
    uppers = {Band.STRONG: limits.strong, Band.POSSIBLE: limits.possible,
              Band.WEAK: limits.weak, Band.UNLIKELY: None}  # fmt: skip
    confirmed_bands = [limits.of(float(d)) for d in confirmed]
    excluded_bands = [limits.of(float(d)) for d in excluded]
    return [
        BandRow(band, upper, confirmed_bands.count(band), excluded_bands.count(band))
        for band, upper in uppers.items()
    ]
