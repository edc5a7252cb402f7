"""A confirmed match becomes the identity: one step, facts chosen field by field, the 代称 kept."""

import datetime as dt
import json

import pytest

from station.domain.casework import AttemptKind, AttemptResult, NameKind
from station.domain.deadlines import Status
from station.domain.enums import Sex
from station.domain.errors import InvalidInput, UserError
from station.domain.matching import Decision
from station.services import audit
from station.services.forms import person_fields
from station.services.identification import IdentityFacts
from station.services.matching import Scope
from station.services.residents import ResidentFilter
from tests.factories import intake
from tests.services.test_cross_match import import_list

HEADERS = "编号,姓名,性别,出生日期,走失日期,走失地点,户籍地,联系电话,照片"
LIST = [
    "8,罗某某,男,1976-03-10,2016-05-01,贵州省安顺市关岭县,贵州省安顺市关岭县花江镇,罗某（儿子）13800000000,obama.jpg",
    "9,李志强,男,1966-01-20,2015-01-20,湖北省武汉市,湖北省武汉市,,biden.jpg",
]


@pytest.fixture
def listed(services, admin, tmp_path, face_photos):
    list_id, mapping = import_list(services, admin, tmp_path, face_photos, rows=LIST,
                                   headers=HEADERS)  # fmt: skip
    assert mapping.columns["household_place"] == 6  # 户籍地 is a field of its own
    return list_id


@pytest.fixture
def wu(services, admin, clock, face_photos):
    """A man who cannot say who he is, registered under a name the staff gave him."""
    data = intake(admitted_at=clock.now, name="吴某某", photos=[face_photos["obama2"]],
                  age_low=45, age_high=55)  # fmt: skip
    data.name_is_placeholder = True
    return services.intake.register(data, admin).person_id


def _confirmed(services, admin, person_id):
    probe = services.matching.probe_for_person(person_id)
    top = services.matching.search(probe, Scope(), admin).candidates[0]
    assert top.subject.title == "罗某某"
    services.matching.decide(top.candidate_id, Decision.CONFIRMED, "家属辨认照片", admin)
    return top.candidate_id


def test_intake_marks_a_staff_given_name_as_a_placeholder(services, admin, wu):
    names = services.identities.names(wu)
    assert [(n.name, n.kind, n.current) for n in names] == [("吴某某", NameKind.PLACEHOLDER, True)]


def test_a_confirmed_record_becomes_the_identity_with_the_facts_the_worker_chose(
    services, admin, listed, wu, clock
):
    clock.advance(days=32)  # the 30-day photo re-search is open (due within 7 days)
    candidate = _confirmed(services, admin, wu)
    offer = services.identification.offer(wu, candidate)
    assert offer.how is AttemptKind.PHOTO_SEARCH
    assert (offer.channel, offer.reference) == ("关岭县走失人员", "8")
    assert offer.current["name"] == "吴某某" and offer.current_name_kind is NameKind.PLACEHOLDER
    assert offer.offered == {
        "name": "罗某某",
        "sex": Sex.MALE,
        "birth_date": dt.date(1976, 3, 10),
        "household_place": "贵州省安顺市关岭县花江镇",
        "family_contact": "罗某（儿子）13800000000",
    }

    # The worker takes the name, birth date and contact, but not the 户籍地 (to be checked).
    facts = IdentityFacts(
        how=offer.how, at=clock.now, name="罗某某", birth_date=dt.date(1976, 3, 10),
        family_contact=offer.offered["family_contact"], channel=offer.channel,
        reference=offer.reference, notes="儿子看照片确认", candidate_id=candidate,
    )  # fmt: skip
    attempt = services.identification.identify(wu, facts, admin)
    assert (attempt.kind, attempt.result) == ("photo_search", AttemptResult.CONFIRMED.value)

    detail = services.persons.detail(wu)
    person = detail.person
    assert person.name == "罗某某" and person.birth_date == dt.date(1976, 3, 10)
    assert (person.age_low, person.age_high) == (None, None)  # the estimate gave way to the date
    assert person.family_contact == "罗某（儿子）13800000000"
    assert person.household_place is None
    assert (person.identified_at, person.identified_how) == (clock.now, "photo_search")
    names = {n.name: (n.kind, n.current) for n in services.identities.names(wu)}
    assert names == {"吴某某": (NameKind.PLACEHOLDER, False), "罗某某": (NameKind.REAL, True)}
    # Both names find him.
    for name in ("吴某某", "罗某某"):
        rows = services.residents.page(ResidentFilter(text=name), 0, 10)
        assert [r.person_id for r in rows] == [wu]

    # The rules for unidentified people stop; what was due before stays in the record.
    deadlines, _ = services.deadlines.for_person(wu)
    research = [d for d in deadlines if d.rule.code == "photo_research"]
    assert research and research[0].status is Status.DONE  # the search itself was the re-search
    assert all(d.status in (Status.DONE, Status.LATE, Status.OVERDUE, Status.ENDED)
               for d in deadlines if d.rule.applies.value == "unidentified")  # fmt: skip

    # One attempt per day for the search, one for the identification: nothing counted twice.
    attempts = services.family_search.attempts(wu)
    assert [(a.kind, a.result) for a in attempts] == [
        ("photo_search", "confirmed"),
        ("photo_search", "none"),
    ]
    assert attempts[1].channel == "本站照片比对" and "列出 2 名候选人" in attempts[1].notes

    with services.db.read() as s:
        event = next(e for e in audit.for_person(s, wu) if e.action == "person.identify")
    before, after = json.loads(event.before_json), json.loads(event.after_json)
    assert before["name"] == "吴某某" and after["name"] == "罗某某"
    assert after["kept_name_as"] == "placeholder" and after["candidate"] == candidate
    assert "household_place" not in after  # nothing recorded that did not change


def test_identification_refuses_bad_facts_and_an_unconfirmed_candidate_saving_nothing(
    services, admin, listed, wu, clock, face_photos
):
    probe = services.matching.probe_for_person(wu)
    top = services.matching.search(probe, Scope(), admin).candidates[0]
    facts = IdentityFacts(how=AttemptKind.PHOTO_SEARCH, at=clock.now, name="罗某某",
                          candidate_id=top.candidate_id)  # fmt: skip
    with pytest.raises(UserError, match="请先在核对中确认"):
        services.identification.identify(wu, facts, admin)

    # An ID number of someone else, a birth date it contradicts, a name too long.
    other = services.intake.register(
        intake(admitted_at=clock.now, name="张三", id_number="110101197603100019"), admin
    ).person_id
    assert other
    wrong = IdentityFacts(how=AttemptKind.POLICE_DNA, at=clock.now, name="罗" * 65,
                          id_number="110101197603100019", birth_date=dt.date(1980, 1, 1))  # fmt: skip
    with pytest.raises(InvalidInput) as caught:
        services.identification.identify(wu, wrong, admin)
    keys = {e.field for e in caught.value.errors}
    assert {"name", "id_number", "birth_date"} <= keys
    person = services.persons.detail(wu).person
    assert person.name == "吴某某" and person.identified_at is None
    assert [a.result for a in services.family_search.attempts(wu)] == ["none"]


def test_identity_found_by_the_police_needs_no_match_and_keeps_a_self_reported_name(
    services, admin, clock
):
    data = intake(admitted_at=clock.now, name="小王")
    pid = services.intake.register(data, admin).person_id
    clock.advance(days=3)
    facts = IdentityFacts(how=AttemptKind.POLICE_DNA, at=clock.now, name="王建军",
                          keep_old_name_as=NameKind.SELF_REPORTED, id_number="110101197603100019",
                          channel="市公安局刑侦支队", reference="DNA-2026-118")  # fmt: skip
    services.identification.identify(pid, facts, admin)
    person = services.persons.detail(pid).person
    # The ID number gives the birth date; the sex it gives agrees.
    assert (person.name, person.birth_date, person.sex) == ("王建军", dt.date(1976, 3, 10), "male")
    assert person.identified_how == "police_dna"
    names = {n.name: n.kind for n in services.identities.names(pid)}
    assert names == {"小王": NameKind.SELF_REPORTED, "王建军": NameKind.REAL}


def test_a_real_name_added_or_a_rename_keeps_the_name_before_it(services, admin, clock):
    pid = services.intake.register(intake(admitted_at=clock.now, name="老张"), admin).person_id
    services.identities.add_name(
        pid, "张福贵", NameKind.REAL, admin, keep_old_as=NameKind.PLACEHOLDER
    )
    assert services.persons.detail(pid).person.name == "张福贵"
    detail = services.persons.detail(pid)
    fields = person_fields(detail.person)
    fields.name = "张富贵"
    services.persons.update(pid, fields, admin, expected_version=detail.person.version)
    names = {n.name: n.kind for n in services.identities.names(pid)}
    assert names == {
        "老张": NameKind.PLACEHOLDER,
        "张福贵": NameKind.REAL,  # kept: it was found as the true name, then corrected
        "张富贵": NameKind.SELF_REPORTED,  # the current name, not (yet) in the history
    }
