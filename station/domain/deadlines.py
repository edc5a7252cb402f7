"""Deadlines of a case, from rules kept as data.

A rule says whom it applies to, when its task opens (counted from the admission of the current stay),
how long there is from then until it is due, and which recorded steps clear it: a family-search attempt
of some kind (寻亲公告, 公安 DNA …) or a decision on the stay (延期, 长期滞留安置, 落户). A step counts
when it is recorded at or after the task opened. A rule may repeat (a photo re-search every 30 days):
then only its latest opened occurrence is shown.

Times are exact instants (UTC-aware); "days" are multiples of 24 hours; "months" are calendar months in
local time; "working days" are local days Monday to Friday, or as the calendar says (holidays and
make-up working days), not counting the day of admission, due at the end of the last one.

The defaults follow the national rules and practice (DESIGN.md); an administrator edits them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import NamedTuple

from station.domain.age import AgeRange
from station.domain.clock import LOCAL_TZ, local_date, to_local
from station.domain.i18n import QT_TRANSLATE_NOOP

ADULT = 18
ELDERLY = 60


class Unit(StrEnum):
    HOURS = "hours"
    DAYS = "days"
    WORKING_DAYS = "working_days"
    MONTHS = "months"

    @property
    def label(self) -> str:
        return _UNIT_LABELS[self]


_UNIT_LABELS = {
    Unit.HOURS: QT_TRANSLATE_NOOP("Vocabulary", "小时"),
    Unit.DAYS: QT_TRANSLATE_NOOP("Vocabulary", "天"),
    Unit.WORKING_DAYS: QT_TRANSLATE_NOOP("Vocabulary", "个工作日"),
    Unit.MONTHS: QT_TRANSLATE_NOOP("Vocabulary", "个月"),
}


class Applies(StrEnum):
    EVERYONE = "everyone"  # everyone in the station's care
    UNIDENTIFIED = "unidentified"  # identity not established
    ORDINARY_ADULT = "ordinary_adult"  # adult without mental illness or intellectual disability

    @property
    def label(self) -> str:
        return _APPLIES_LABELS[self]


_APPLIES_LABELS = {
    Applies.EVERYONE: QT_TRANSLATE_NOOP("Vocabulary", "所有在站（含送医、托养）人员"),
    Applies.UNIDENTIFIED: QT_TRANSLATE_NOOP("Vocabulary", "身份未查明的人员"),
    Applies.ORDINARY_ADULT: QT_TRANSLATE_NOOP("Vocabulary", "无精神障碍、智力障碍的成年人"),
}


class Flag(StrEnum):
    """Reasons for stricter handling."""

    MINOR = "minor"
    ELDERLY = "elderly"
    MENTAL_ILLNESS = "mental_illness"
    INTELLECTUAL_DISABILITY = "intellectual_disability"

    @property
    def label(self) -> str:
        return _FLAG_LABELS[self]

    @property
    def cannot_decide(self) -> bool:
        """Released only to verified family or an institution (the elderly are flagged for care,
        but may leave of their own accord)."""
        return self is not Flag.ELDERLY


_FLAG_LABELS = {
    Flag.MINOR: QT_TRANSLATE_NOOP("Vocabulary", "未成年人"),
    Flag.ELDERLY: QT_TRANSLATE_NOOP("Vocabulary", "老年人"),
    Flag.MENTAL_ILLNESS: QT_TRANSLATE_NOOP("Vocabulary", "精神障碍"),
    Flag.INTELLECTUAL_DISABILITY: QT_TRANSLATE_NOOP("Vocabulary", "智力障碍"),
}


class Status(StrEnum):
    DONE = "done"  # met in time
    LATE = "late"  # met, after it was due
    OPEN = "open"
    SOON = "soon"  # due within the warning window
    OVERDUE = "overdue"  # not met and past due (for an ended stay: missed)
    ENDED = "ended"  # no longer needed (identity found or departed before it was due)

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.DONE: QT_TRANSLATE_NOOP("Vocabulary", "已完成"),
    Status.LATE: QT_TRANSLATE_NOOP("Vocabulary", "逾期完成"),
    Status.ENDED: QT_TRANSLATE_NOOP("Vocabulary", "不再需要"),
    Status.OPEN: QT_TRANSLATE_NOOP("Vocabulary", "待办"),
    Status.SOON: QT_TRANSLATE_NOOP("Vocabulary", "即将到期"),
    Status.OVERDUE: QT_TRANSLATE_NOOP("Vocabulary", "已逾期"),
}


@dataclass(frozen=True)
class Span:
    amount: int
    unit: Unit

    def times(self, n: int) -> Span:
        return Span(self.amount * n, self.unit)

    @cached_property
    def fixed(self) -> dt.timedelta | None:
        """The length, when it does not depend on the calendar (hours, days)."""
        if self.unit is Unit.HOURS:
            return dt.timedelta(hours=self.amount)
        if self.unit is Unit.DAYS:
            return dt.timedelta(days=self.amount)
        return None


@dataclass(frozen=True)
class Rule:
    code: str
    title: str
    applies: Applies
    opens: Span  # after admission: the task appears and steps start to count
    grace: Span  # after opening: due
    clears: frozenset[str]  # attempt kinds and decision kinds, any one of which clears it
    every: Span | None = None  # repeats
    active: bool = True


@dataclass(frozen=True)
class Calendar:
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()  # weekend days worked instead (调休)
    tz: dt.tzinfo = LOCAL_TZ

    def is_working(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        return day not in self.holidays and day.weekday() < 5

    def occurrences(self, first: dt.datetime, every: Span, until: dt.datetime) -> int:
        """The largest n with ``first + n × every`` not after ``until`` (0 if none)."""
        if every.amount <= 0 or until < first:
            return 0
        if every.fixed is not None:
            return (until - first) // every.fixed
        n = 0  # months and working days: count (a few dozen steps at most in practice)
        while self.add(first, every.times(n + 1)) <= until:
            n += 1
        return n

    def add(self, start: dt.datetime, span: Span) -> dt.datetime:
        if span.fixed is not None:
            return start + span.fixed
        if span.unit is Unit.MONTHS:
            return _add_months(start, span.amount, self.tz)
        return self._end_of_working_days(local_date(start, self.tz), span.amount)

    def _end_of_working_days(self, day: dt.date, n: int) -> dt.datetime:
        key = (day, n)
        cache = self._cache
        if key not in cache:
            left = n
            while left > 0:
                day += dt.timedelta(days=1)
                if self.is_working(day):
                    left -= 1
            end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), self.tz)
            cache[key] = end.astimezone(dt.UTC)
        return cache[key]

    @cached_property
    def _cache(self) -> dict[tuple[dt.date, int], dt.datetime]:
        return {}


@lru_cache(maxsize=65536)
def _add_months(start: dt.datetime, months: int, tz: dt.tzinfo) -> dt.datetime:
    local = to_local(start, tz)
    total = local.month - 1 + months
    year, month = local.year + total // 12, total % 12 + 1
    day = min(local.day, calendar.monthrange(year, month)[1])
    return local.replace(year=year, month=month, day=day).astimezone(dt.UTC)


@dataclass(frozen=True)
class CaseFacts:
    """What the rules look at, for one person's current stay."""

    admitted_at: dt.datetime
    identified: bool = False
    age: AgeRange | None = None  # today
    mental_illness: bool = False
    intellectual_disability: bool = False
    # step kind → the times it was recorded in the stay, earliest first (the to-do list passes the
    # latest only: enough to know whether a step came after a task opened)
    done: Mapping[str, Sequence[dt.datetime]] = field(default_factory=dict)
    identified_at: dt.datetime | None = None  # when the identity was found (rules for the
    # unidentified stop there, and the case file keeps what was met or missed until then)
    ended_at: dt.datetime | None = None  # departure: every rule stops there


class Deadline(NamedTuple):
    """One deadline of one case (a tuple: the to-do list of a big station makes many).

    ``done_at`` is when it was first met (a later step never moves it); ``ended_at`` when it stopped
    applying before being met (identity found, departure)."""

    rule: Rule
    occurrence: int
    opens_at: dt.datetime
    due_at: dt.datetime
    status: Status
    done_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None


def flags(facts: CaseFacts) -> list[Flag]:
    """Why this person needs stricter handling (a minor if they may be under 18)."""
    out = []
    if facts.age is not None and facts.age.low < ADULT:
        out.append(Flag.MINOR)
    if facts.age is not None and (facts.age.low + facts.age.high) / 2 >= ELDERLY:
        out.append(Flag.ELDERLY)
    if facts.mental_illness:
        out.append(Flag.MENTAL_ILLNESS)
    if facts.intellectual_disability:
        out.append(Flag.INTELLECTUAL_DISABILITY)
    return out


def applies(rule: Rule, facts: CaseFacts) -> bool:
    if rule.applies is Applies.UNIDENTIFIED:
        return not facts.identified
    if rule.applies is Applies.ORDINARY_ADULT:
        minor = facts.age is not None and facts.age.low < ADULT
        return not (minor or facts.mental_illness or facts.intellectual_disability)
    return True


def evaluate(
    rules: Iterable[Rule],
    facts: CaseFacts,
    now: dt.datetime,
    *,
    cal: Calendar | None = None,
    soon: dt.timedelta = dt.timedelta(days=1),
    lookahead: dt.timedelta = dt.timedelta(0),
    include_done: bool = True,
) -> list[Deadline]:
    """The deadlines of one case that have opened (or open within ``lookahead``), most urgent first
    (``include_done=False``: only those still to do, as the to-do list wants).

    A deadline is met by the first step recorded at or after it opened; met after it was due it is
    :attr:`Status.LATE`. With ``include_done``, the case's compliance record is kept past the moment a
    rule stops applying (identity found, departure): what had opened by then shows as met, missed
    (:attr:`Status.OVERDUE`) or no longer needed (:attr:`Status.ENDED`)."""
    cal = cal or Calendar()
    horizon = now + lookahead
    out = []
    for rule in rules:
        if not rule.active:
            continue
        applied, stop = _window(rule, facts)
        if not applied or (stop is not None and not include_done):
            continue
        until = horizon if stop is None else min(horizon, stop)
        first = cal.add(facts.admitted_at, rule.opens)
        if first > until:
            continue
        n = 0 if rule.every is None else cal.occurrences(first, rule.every, until)
        opens = cal.add(first, rule.every.times(n)) if rule.every is not None and n else first
        done_at = _first_met(facts.done, rule.clears, opens, stop)
        if done_at is not None and not include_done:
            continue
        due = cal.add(opens, rule.grace)
        ended = None
        if done_at is not None:
            status = Status.DONE if done_at <= due else Status.LATE
        elif stop is not None:
            status = Status.OVERDUE if stop > due else Status.ENDED
            ended = stop
        elif now > due:
            status = Status.OVERDUE
        elif due - now <= soon:
            status = Status.SOON
        else:
            status = Status.OPEN
        out.append(Deadline(rule, n, opens, due, status, done_at, ended))
    out.sort(key=urgency)
    return out


def _window(rule: Rule, facts: CaseFacts) -> tuple[bool, dt.datetime | None]:
    """Whether the rule applies (or did) to the case, and when it stopped (None: it still does)."""
    if rule.applies is Applies.UNIDENTIFIED and facts.identified:
        if facts.identified_at is None:  # known from the start (an ID number at intake)
            return False, None
        stops = [facts.identified_at]
    elif not applies(rule, facts):
        return False, None
    else:
        stops = []
    if facts.ended_at is not None:
        stops.append(facts.ended_at)
    return True, min(stops) if stops else None


def _first_met(
    done: Mapping[str, Sequence[dt.datetime]], kinds: Iterable[str], opens: dt.datetime,
    until: dt.datetime | None,
) -> dt.datetime | None:  # fmt: skip
    """The first step of one of ``kinds`` recorded at or after ``opens`` (and not after ``until``)."""
    met = [
        t for k in kinds for t in done.get(k, ()) if t >= opens and (until is None or t <= until)
    ]
    return min(met) if met else None


FOLLOW_UP = "follow_up"


def follow_up(
    kind: str,
    asked_at: dt.datetime,
    on: dt.date,
    now: dt.datetime,
    *,
    tz: dt.tzinfo = LOCAL_TZ,
    soon: dt.timedelta = dt.timedelta(days=1),
) -> Deadline:
    """The follow-up a staff member set when logging an attempt: due at the end of that day."""
    due = dt.datetime.combine(on + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC)
    rule = Rule(f"{FOLLOW_UP}:{kind}", kind, Applies.EVERYONE, Span(0, Unit.HOURS),
                Span(0, Unit.HOURS), frozenset({kind}))  # fmt: skip
    status = Status.OVERDUE if now > due else Status.SOON if due - now <= soon else Status.OPEN
    return Deadline(rule, 0, asked_at, due, status)


_ORDER = {Status.OVERDUE: 0, Status.SOON: 1, Status.OPEN: 2, Status.LATE: 3, Status.DONE: 3,
          Status.ENDED: 4}  # fmt: skip


def urgency(d: Deadline) -> tuple[int, dt.datetime]:
    return _ORDER[d.status], d.due_at


def _rule(
    code: str, title: str, applies_to: Applies, opens: Span, grace: Span, *clears: str,
    every: Span | None = None,
) -> Rule:  # fmt: skip
    return Rule(code, title, applies_to, opens, grace, frozenset(clears), every)


H, D, WD, M = Unit.HOURS, Unit.DAYS, Unit.WORKING_DAYS, Unit.MONTHS
DEFAULT_RULES = (
    _rule("announce", QT_TRANSLATE_NOOP("DeadlineRule", "发布寻亲公告（入站 24 小时内）"),
          Applies.UNIDENTIFIED, Span(0, H), Span(24, H), "announcement"),
    _rule("police_dna", QT_TRANSLATE_NOOP("DeadlineRule", "申请公安 DNA 采集比对（7 个工作日内）"),
          Applies.UNIDENTIFIED, Span(0, H), Span(7, WD), "police_dna"),
    _rule("extension", QT_TRANSLATE_NOOP("DeadlineRule", "救助期满 10 天：登记延长救助期限"),
          Applies.ORDINARY_ADULT, Span(7, D), Span(3, D), "extension"),
    _rule("long_stay", QT_TRANSLATE_NOOP(
              "DeadlineRule", "滞留超过 10 天：作出长期滞留安置决定（站内照料 / 站外托养 / 特困供养）"),
          Applies.UNIDENTIFIED, Span(10, D), Span(2, D), "long_stay"),
    _rule("renew_announcement", QT_TRANSLATE_NOOP("DeadlineRule", "滞留满 1 个月：更新寻亲公告"),
          Applies.UNIDENTIFIED, Span(1, M), Span(7, D), "announcement"),
    _rule("renew_dna", QT_TRANSLATE_NOOP("DeadlineRule", "滞留满 1 个月：再次 DNA 比对"),
          Applies.UNIDENTIFIED, Span(1, M), Span(7, D), "police_dna"),
    _rule("renew_face", QT_TRANSLATE_NOOP("DeadlineRule", "滞留满 1 个月：公安人脸比对"),
          Applies.UNIDENTIFIED, Span(1, M), Span(7, D), "police_face"),
    _rule("settlement", QT_TRANSLATE_NOOP("DeadlineRule", "滞留超过 3 个月：启动落户安置"),
          Applies.UNIDENTIFIED, Span(3, M), Span(14, D), "settlement"),
    _rule("photo_research", QT_TRANSLATE_NOOP("DeadlineRule", "定期用照片重新比对最新名单"),
          Applies.UNIDENTIFIED, Span(30, D), Span(7, D), "photo_search", every=Span(30, D)),
)  # fmt: skip
