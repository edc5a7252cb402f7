"""Placements, the family-search log and the deadlines it clears, through the services."""

import dataclasses
import datetime as dt

import pytest

from station.documents.catalogue import DocumentKind
from station.domain.casework import (
    AttemptKind,
    AttemptResult,
    DecisionKind,
    LongStayOption,
    PlacementKind,
)
from station.domain.clock import local_date
from station.domain.deadlines import Flag, Span, Status, Unit, urgency
from station.domain.enums import Sex
from station.domain.errors import InvalidInput, UserError
from station.services.family_search import AttemptData
from station.services.forms import parse_cost
from station.services.placements import IN_STATION, PlacementData
from tests.factories import depart, intake


@pytest.fixture
def man(services, admin, clock):
    """An injured man who cannot say who he is, admitted at 10:30 Beijing time."""
    data = intake(admitted_at=clock.now, age_low=40, age_high=50)
    return services.intake.register(data, admin).person_id


def day(clock, days=0):
    return local_date(clock.now) + dt.timedelta(days=days)


def test_hospital_then_psychiatric_hospital_then_back_with_the_history_kept(
    services, admin, clock, man
):
    placements = services.placements
    clock.advance(days=1)
    placements.place(
        man,
        PlacementData(PlacementKind.HOSPITAL, day(clock), "市第一人民医院", reason="左腿外伤",
                      cost_fen=parse_cost("1,200.50"), escort="张三、李四"),
        admin,
    )  # fmt: skip
    clock.advance(days=5)
    placements.place(
        man, PlacementData(PlacementKind.PSYCHIATRIC, day(clock), "市精神卫生中心"), admin
    )
    history = placements.history(man)
    assert [(p.kind, p.ended_on) for p in history] == [
        ("psychiatric", None),
        ("hospital", day(clock)),  # a transfer ends the one before on the day
    ]
    assert history[1].cost_fen == 120050
    (row,) = placements.board()
    assert (row.where, row.facility, row.days) == ("psychiatric", "市精神卫生中心", 0)
    clock.advance(days=3)
    (row,) = placements.board()
    assert row.days == 3

    # Overlaps are refused and change nothing.
    with pytest.raises(UserError, match="重叠"):
        placements.place(
            man,
            PlacementData(PlacementKind.OTHER, day(clock, -6), "某地", ended_on=day(clock, -5)),
            admin,
        )
    with pytest.raises(UserError, match="重叠"):
        placements.place(
            man, PlacementData(PlacementKind.WELFARE_HOME, day(clock, -4), "福利院"), admin
        )
    assert len(placements.history(man)) == 2

    placements.end(history[0].id, day(clock), admin, outcome="病情稳定出院")
    (row,) = placements.board()
    assert row.where == IN_STATION
    with pytest.raises(UserError, match="已于"):
        placements.end(history[0].id, day(clock), admin)


def test_placement_dates_are_checked(services, admin, clock, man):
    with pytest.raises(InvalidInput) as caught:
        services.placements.place(
            man,
            PlacementData(PlacementKind.HOSPITAL, day(clock, -1), "", ended_on=day(clock, 3)),
            admin,
        )
    assert {e.field for e in caught.value.errors} == {"facility", "started_on", "ended_on"}
    for bad in ("-5", "12.345", "abc", "1.2.3"):
        with pytest.raises(ValueError):
            parse_cost(bad)
    assert parse_cost("￥86.5") == 8650 and parse_cost(" ") is None
    depart(services, man, clock.now)
    with pytest.raises(UserError, match="已离站"):
        services.placements.place(
            man, PlacementData(PlacementKind.HOSPITAL, day(clock), "医院"), admin
        )


def codes(items):
    return {(i.deadline.rule.code, i.deadline.status) for i in items}


def test_the_todo_list_shows_what_is_due_and_attempts_clear_it(services, admin, clock, man):
    todo = services.deadlines.todo()
    assert codes(todo) == {("announce", Status.SOON), ("police_dna", Status.OPEN)}
    assert todo[0].deadline.rule.code == "announce"  # the most urgent first
    clock.advance(hours=25)
    assert ("announce", Status.OVERDUE) in codes(services.deadlines.todo())

    services.family_search.log_attempt(
        man,
        AttemptData(AttemptKind.ANNOUNCEMENT, clock.now, channel="全国救助寻亲网",
                    reference="GG-2026-0311", follow_up_on=day(clock, 7)),
        admin,
    )  # fmt: skip
    assert codes(services.deadlines.todo()) == {
        ("police_dna", Status.OPEN),
        ("follow_up:announcement", Status.OPEN),  # the follow-up day set on the announcement
    }
    deadlines, marks = services.deadlines.for_person(man)
    assert {d.rule.code: d.status for d in deadlines}["announce"] is Status.LATE  # after 25 h
    assert marks == []

    # Ten days on: the long-stay decision; it needs a choice of care.
    clock.advance(days=10)
    assert ("long_stay", Status.SOON) in codes(services.deadlines.todo())
    with pytest.raises(InvalidInput):
        services.family_search.decide(man, DecisionKind.LONG_STAY, admin)
    services.family_search.decide(
        man, DecisionKind.LONG_STAY, admin, option=LongStayOption.STATION_CARE
    )
    assert "long_stay" not in {c for c, _ in codes(services.deadlines.todo())}

    # Family confirmed: the rules for unidentified persons no longer apply.
    services.family_search.log_attempt(
        man, AttemptData(AttemptKind.POLICE_DNA, clock.now, AttemptResult.CONFIRMED), admin
    )
    # (a follow-up day a person set stays until someone follows up)
    assert {c for c, _ in codes(services.deadlines.todo())} == {
        "extension",
        "follow_up:announcement",
    }
    assert services.persons.detail(man).person.identified_at == clock.now


def test_attempt_times_must_fall_within_the_stay(services, admin, clock, man):
    with pytest.raises(InvalidInput, match="早于本次入站"):
        services.family_search.log_attempt(
            man, AttemptData(AttemptKind.PHONE, clock.now - dt.timedelta(hours=1)), admin
        )
    with pytest.raises(InvalidInput, match="之后"):
        services.family_search.log_attempt(
            man, AttemptData(AttemptKind.PHONE, clock.now + dt.timedelta(hours=1)), admin
        )
    assert services.family_search.attempts(man) == []


def test_only_an_administrator_changes_a_rule_and_the_change_applies(
    services, admin, clerk, clock, man
):
    rules = {r.code: r for r in services.deadlines.rules()}
    quicker = dataclasses.replace(rules["announce"], grace=Span(12, Unit.HOURS))
    with pytest.raises(UserError, match="管理员"):
        services.deadlines.save_rule(quicker, clerk)
    services.deadlines.save_rule(quicker, admin)
    clock.advance(hours=13)
    assert ("announce", Status.OVERDUE) in codes(services.deadlines.todo())
    services.deadlines.save_rule(dataclasses.replace(quicker, active=False), admin)
    assert "announce" not in {c for c, _ in codes(services.deadlines.todo())}
    # A holiday moves a working-day deadline.
    dna = {d.rule.code: d for d in services.deadlines.for_person(man)[0]}["police_dna"]
    services.deadlines.set_day(dt.date(2026, 3, 16), False, admin, "假日")  # a Monday
    later = {d.rule.code: d for d in services.deadlines.for_person(man)[0]}["police_dna"]
    assert later.due_at > dna.due_at


def test_minors_and_people_with_mental_illness_are_flagged(services, admin, clock):
    child = services.intake.register(intake(admitted_at=clock.now, age_low=12, age_high=14), admin)
    ill = services.intake.register(
        intake(admitted_at=clock.now, age_low=66, age_high=72, mental_illness=True), admin
    )
    flagged = {i.person_id: i.flags for i in services.deadlines.todo()}
    assert flagged[child.person_id] == (Flag.MINOR,)
    assert flagged[ill.person_id] == (Flag.ELDERLY, Flag.MENTAL_ILLNESS)
    # The 10-day extension is for ordinary adults only.
    clock.advance(days=8)
    extension = {
        i.person_id for i in services.deadlines.todo() if i.deadline.rule.code == "extension"
    }
    assert extension == set()


def test_a_follow_up_day_set_on_an_attempt_comes_up_until_the_next_attempt(
    services, admin, clock, man
):
    services.family_search.log_attempt(
        man, AttemptData(AttemptKind.PHONE, clock.now, notes="无人接听",
                         follow_up_on=day(clock, 2)), admin,
    )  # fmt: skip
    follow = [i for i in services.deadlines.todo() if i.deadline.rule.code == "follow_up:phone"]
    assert [i.deadline.status for i in follow] == [Status.OPEN]
    clock.advance(days=3)
    (late,) = [i for i in services.deadlines.todo() if i.deadline.rule.code == "follow_up:phone"]
    assert late.deadline.status is Status.OVERDUE
    services.family_search.log_attempt(man, AttemptData(AttemptKind.PHONE, clock.now), admin)
    assert "follow_up:phone" not in {i.deadline.rule.code for i in services.deadlines.todo()}


def test_the_todo_list_of_everyone_is_each_persons_own_deadlines(services, admin, clock):
    """The to-do list reads everyone in care at once (columns); the case file reads one person.
    Over a station of varied people and steps, both give the same deadlines and marks."""
    people = {}
    kinds = [
        dict(age_low=40, age_high=50),
        dict(age_low=16, age_high=19),  # may be a minor: no 10-day extension, flagged
        dict(age_low=None, age_high=None),  # age unknown
        dict(age_low=None, age_high=None, birth_date=dt.date(2008, 4, 2)),  # 18 in April
        dict(age_low=70, age_high=80, mental_illness=True),
        dict(age_low=30, age_high=35, intellectual_disability=True),
    ]
    for n, extra in enumerate(kinds):
        people[n] = services.intake.register(intake(admitted_at=clock.now, **extra), admin)
        clock.advance(days=3, hours=7)
    known = services.intake.register(
        intake(admitted_at=clock.now, id_number="11010519491231002X", sex=Sex.FEMALE, age_low=None,
               age_high=None), admin,
    ).person_id  # fmt: skip
    family = services.family_search
    family.log_attempt(people[0].person_id, AttemptData(AttemptKind.ANNOUNCEMENT, clock.now), admin)
    family.log_attempt(people[1].person_id, AttemptData(AttemptKind.POLICE_DNA, clock.now,
                                                        follow_up_on=day(clock, 4)), admin)  # fmt: skip
    family.decide(people[2].person_id, DecisionKind.EXTENSION, admin, until_on=day(clock, 30))
    clock.advance(days=40)
    family.log_attempt(people[4].person_id, AttemptData(AttemptKind.PHOTO_SEARCH, clock.now), admin)
    depart(services, people[5].person_id, clock.now)
    clock.advance(days=3)

    todo = services.deadlines.todo()
    in_care = [*[p.person_id for p in people.values()][:5], known]
    assert {i.person_id for i in todo} <= set(in_care)
    for person in in_care:
        deadlines, marks = services.deadlines.for_person(person)
        own = [i for i in todo if i.person_id == person]
        assert sorted((i.deadline for i in own), key=str) == sorted(
            (d for d in deadlines if d.done_at is None and d.ended_at is None), key=str
        )
        assert all(i.flags == tuple(marks) for i in own)
    assert {i.flags for i in todo} >= {(Flag.MINOR,), (Flag.ELDERLY, Flag.MENTAL_ILLNESS)}
    assert [urgency(i.deadline) for i in todo] == sorted(urgency(i.deadline) for i in todo)


def test_a_stay_from_the_years_of_summer_time_is_evaluated_case_by_case(services, admin, clock):
    """China kept summer time 1986-1991: a stay admitted then makes the to-do list evaluate the
    rules one case at a time (a day was not always 8 hours from UTC); the answer is the same."""
    summer = dt.datetime(1990, 7, 1, 1, 0, tzinfo=dt.UTC)
    old = services.intake.register(intake(admitted_at=summer, age_low=30, age_high=40), admin)
    recent = services.intake.register(intake(admitted_at=clock.now, age_low=12, age_high=14), admin)
    todo = services.deadlines.todo()
    for person in (old.person_id, recent.person_id):
        deadlines, marks = services.deadlines.for_person(person)
        own = [i for i in todo if i.person_id == person]
        assert own and sorted((i.deadline for i in own), key=str) == sorted(
            (d for d in deadlines if d.done_at is None and d.ended_at is None), key=str
        )
        assert all(i.flags == tuple(marks) for i in own)


def test_deadlines_met_in_time_stay_met_through_identification_and_departure(
    services, admin, clock, man
):
    """The real case: the 24-hour announcement on day 1 and the DNA request on day 3 are met in
    time; announcements logged weeks later do not move them; identity found on day 40, departure on
    day 50: the stay's compliance record stays in the case file and on the service record."""
    from tests.documents.test_documents import page_text

    start = clock.now
    clock.advance(hours=5)
    announce = AttemptData(AttemptKind.ANNOUNCEMENT, clock.now, channel="全国救助寻亲网")
    services.family_search.log_attempt(man, announce, admin)
    first_announcement = clock.now
    clock.advance(days=2)
    dna = AttemptData(AttemptKind.POLICE_DNA, clock.now, reference="DNA-2026-17")
    services.family_search.log_attempt(man, dna, admin)
    dna_at = clock.now
    clock.advance(days=20)
    again = AttemptData(AttemptKind.ANNOUNCEMENT, clock.now, channel="今日头条")
    services.family_search.log_attempt(man, again, admin)
    # The extension of the 10-day stay was recorded late, on day 12.
    clock.now = start + dt.timedelta(days=12)
    services.family_search.decide(man, DecisionKind.EXTENSION, admin, until_on=day(clock, 20))

    def record():
        return {d.rule.code: d for d in services.deadlines.for_person(man)[0]}

    clock.now = start + dt.timedelta(days=40)
    found = record()
    assert (found["announce"].status, found["announce"].done_at) == (
        Status.DONE,
        first_announcement,
    )
    assert (found["police_dna"].status, found["police_dna"].done_at) == (Status.DONE, dna_at)
    assert found["extension"].status is Status.LATE
    # The day-22 announcement came before the one-month renewal opened: it does not count for it.
    assert found["renew_announcement"].status is Status.OVERDUE
    services.family_search.log_attempt(
        man, AttemptData(AttemptKind.PHONE, clock.now, AttemptResult.CONFIRMED), admin
    )
    identified = record()
    assert identified["announce"].done_at == first_announcement  # still there, still in time
    for code in ("long_stay", "renew_announcement", "renew_dna", "renew_face"):
        assert identified[code].status is Status.OVERDUE  # missed, and it stays missed
        assert identified[code].ended_at == clock.now
    assert "settlement" not in identified  # opens after three months: never did
    assert "announce" not in {i.deadline.rule.code for i in services.deadlines.todo()}

    clock.advance(days=10)
    depart(services, man, clock.now)
    left = record()
    assert left["announce"].status is Status.DONE and left["police_dna"].status is Status.DONE
    assert set(left) >= {"announce", "police_dna", "extension", "long_stay"}
    assert services.deadlines.todo() == []

    printed = services.documents.print(DocumentKind.SERVICE_RECORD, man, admin)
    text = page_text(printed.pdf)
    assert "期限执行情况" in text and "发布寻亲公告（入站24小时内）" in text
    assert "逾期完成" in text and "未按期完成" in text


def test_a_dna_request_is_followed_up_in_place_and_counted_once(services, admin, clock, man):
    """已发出 on day 2, the sample's result awaited, then a lead: one attempt, its history audited,
    the DNA deadline met on the day the request went out, one attempt in the statistics."""
    import json

    from station.services import audit

    clock.advance(days=2)
    sent = services.family_search.log_attempt(
        man, AttemptData(AttemptKind.POLICE_DNA, clock.now, AttemptResult.SENT,
                         channel="市公安局刑侦支队", reference="DNA-2026-118",
                         follow_up_on=day(clock, 14)), admin,
    )  # fmt: skip
    requested_at = sent.at
    clock.advance(days=15)
    (due,) = [
        i for i in services.deadlines.todo() if i.deadline.rule.code == "follow_up:police_dna"
    ]
    assert due.deadline.status is Status.OVERDUE and due.deadline.opens_at == requested_at
    waiting = AttemptData(AttemptKind.POLICE_DNA, clock.now, AttemptResult.PENDING,
                          channel=sent.channel, reference=sent.reference,
                          notes="样本已入库，等待比中结果", follow_up_on=day(clock, 30))  # fmt: skip
    services.family_search.update_attempt(sent.id, waiting, admin)
    assert "follow_up:police_dna" not in {i.deadline.rule.code for i in services.deadlines.todo()
                                          if i.deadline.status is Status.OVERDUE}  # fmt: skip
    lead = dataclasses.replace(waiting, result=AttemptResult.LEAD, notes="比中贵州籍一家庭",
                               follow_up_on=None)  # fmt: skip
    updated = services.family_search.update_attempt(sent.id, lead, admin)
    assert (updated.id, updated.at, updated.result) == (sent.id, requested_at, "lead")
    assert services.family_search.update_attempt(sent.id, lead, admin) == updated  # no change
    (only,) = services.family_search.attempts(man)
    assert only.follow_up_on is None

    with services.db.read() as s:
        events = [e for e in audit.for_person(s, man) if e.action == "search.attempt_update"]
    assert len(events) == 2  # the unchanged save recorded nothing
    changed = [json.loads(e.after_json) for e in events]
    assert {"result", "notes", "follow_up_on"} <= set().union(*changed)
    assert all("channel" not in c for c in changed)  # only what changed

    deadlines, _ = services.deadlines.for_person(man)
    (dna,) = [d for d in deadlines if d.rule.code == "police_dna"]
    assert dna.status is Status.DONE and dna.done_at == requested_at
    month = services.statistics.report(day(clock, -40), day(clock, 1))
    assert month.value("attempts_total") == 1
    (dna_line,) = [x for x in month.sections["attempts"] if x.key == "attempt.police_dna"]
    assert dna_line.value == 1 and dna_line.detail["lead"] == 1


def test_a_hospital_bill_is_added_after_the_placement_ended(services, admin, clock, man):
    placed = services.placements.place(
        man, PlacementData(PlacementKind.HOSPITAL, day(clock), facility="市第一人民医院",
                           cost_fen=parse_cost("1200.50")), admin,
    )  # fmt: skip
    clock.advance(days=5)
    services.placements.end(placed.id, day(clock), admin, outcome="出院")
    depart(services, man, clock.now)
    clock.advance(days=20)  # the bill comes after he left
    later = services.placements.add_cost(placed.id, parse_cost("860"), admin, note="住院费结算单")
    assert later.cost_fen == 206050
    with pytest.raises(InvalidInput):
        services.placements.add_cost(placed.id, 0, admin)
    with pytest.raises(InvalidInput) as caught:
        services.placements.add_cost(placed.id, 2_000_000_000, admin)
    assert "不能超过 20000000 元" in caught.value.errors[0].message
    assert services.placements.history(man)[0].cost_fen == 206050
