"""比对待审: residents are compared with every list by themselves, and the pairs wait for a person."""

import shutil

import pytest
from sqlmodel import select

from station.domain.errors import UserError
from station.domain.matching import Decision
from station.services.cross_match import CrossMatchService
from station.store.models import AuditEvent
from tests.factories import intake

HEADERS = "编号,姓名,性别,出生日期,走失日期,走失地点,照片"
ROWS = [
    "8,罗某某,男,1976-03-10,2016-05-01,贵州省安顺市关岭县,obama.jpg",
    "9,李志强,男,1942-11-20,2015-01-20,湖北省武汉市,biden.jpg",
]


def import_list(services, admin, tmp_path, face_photos, name="关岭县走失人员", rows=ROWS,
                headers=HEADERS):  # fmt: skip
    """A list of the given rows imported and encoded, its photos (obama, biden) beside it."""
    folder = tmp_path / f"photos-{name}"
    folder.mkdir()
    for photo in ("obama", "biden"):
        shutil.copy(face_photos[photo], folder / f"{photo}.jpg")
    path = tmp_path / f"{name}.csv"
    path.write_text("\n".join([headers, *rows]) + "\n", encoding="utf-8")
    preview = services.lists.preview(path)
    report = services.lists.import_table(path, preview.mapping, admin, name=name, photo_dir=folder)
    services.lists.encode()
    return report.list_id, preview.mapping


@pytest.fixture
def wu(services, admin, clock, face_photos):
    data = intake(admitted_at=clock.now, name="吴某某", photos=[face_photos["obama2"]],
                  age_low=45, age_high=55)  # fmt: skip
    return services.intake.register(data, admin).person_id


def test_a_list_imported_puts_the_residents_true_record_in_the_inbox_unasked(
    services, admin, clock, tmp_path, face_photos, wu
):
    assert services.cross_match.inbox_count() == 0
    import_list(services, admin, tmp_path, face_photos)
    pending = services.cross_match.pending()
    assert (wu, "list:1") in pending
    report = services.cross_match.run(admin)
    assert report.pairs == len(pending) and report.new >= 1
    assert services.cross_match.pending() == []  # done: nothing until something changes

    (entry,) = services.cross_match.inbox()
    assert entry.person.id == wu
    assert entry.candidates[0].subject.title == "罗某某"  # record no. 8, strongest first
    assert services.cross_match.inbox_count() == len(entry.candidates)
    # The run was the rules' photo re-search, recorded as such.
    (searched,) = [a for a in services.family_search.attempts(wu) if a.kind == "photo_search"]
    assert searched.channel == "本站照片比对" and "比对了 1 个名单" in searched.notes
    with services.db.read() as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "match.cross")).first()

    # Decided, it leaves the inbox; a second list and a re-run keep the decision.
    top = entry.candidates[0]
    services.matching.decide(top.candidate_id, Decision.CONFIRMED, "家属辨认照片", admin)
    import_list(services, admin, tmp_path, face_photos, name="第二批",
                rows=["A1,张三,男,1980-01-01,2010-01-01,河南省,biden.jpg"])  # fmt: skip
    assert {g for _, g in services.cross_match.pending()} == {"list:2"}
    services.cross_match.run(admin)
    kept = {c.subject.title: c.decision for c in services.matching.candidates_for(wu)}
    assert kept["罗某某"] is Decision.CONFIRMED
    assert all(c.subject.title != "罗某某" for e in services.cross_match.inbox()
               for c in e.candidates)  # fmt: skip


def test_a_new_resident_is_compared_with_the_lists_already_there(
    services, admin, clock, tmp_path, face_photos
):
    import_list(services, admin, tmp_path, face_photos)
    services.cross_match.run(admin)
    assert services.cross_match.inbox_count() == 0  # nobody in care yet
    clock.advance(days=3)
    old_man = services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["biden"]], age_low=75, age_high=85),
        admin,
    ).person_id
    assert {p for p, _ in services.cross_match.pending()} == {old_man}
    services.cross_match.run(admin)
    (entry,) = services.cross_match.inbox()
    assert entry.person.id == old_man and entry.candidates[0].subject.title == "李志强"

    # 都不是: one reason excludes all his waiting candidates at once.
    n = services.cross_match.none_of_these(old_man, "家属看过照片，都不是", admin)
    assert n == len(entry.candidates) and services.cross_match.inbox_count() == 0
    with pytest.raises(UserError, match="请填写理由"):
        services.cross_match.none_of_these(old_man, " ", admin)


def test_a_run_stopped_half_way_resumes_without_duplicates(
    services, admin, clock, tmp_path, face_photos, monkeypatch
):
    import station.services.cross_match as cross

    monkeypatch.setattr(cross, "CHUNK", 1)  # one resident per transaction
    people = [
        services.intake.register(
            intake(admitted_at=clock.now, photos=[face_photos[p]]), admin
        ).person_id
        for p in ("obama2", "obama3", "biden")
    ]
    import_list(services, admin, tmp_path, face_photos)
    total = len(services.cross_match.pending())
    calls = []
    first = services.cross_match.run(admin, stop=lambda: len(calls) >= 2,
                                     progress=lambda d, t: calls.append(d))  # fmt: skip
    assert first.stopped and first.pairs == 2 and first.remaining == total - 2
    assert len(services.cross_match.pending()) == total - 2
    rows_before = {(c.subject.kind, c.subject.id, p) for p in people
                   for c in services.matching.candidates_for(p)}  # fmt: skip
    second = services.cross_match.run(admin)
    assert second.pairs == total - 2 and services.cross_match.pending() == []
    again = services.cross_match.run(admin)
    assert again.pairs == 0
    rows = [(c.subject.kind, c.subject.id, p) for p in people
            for c in services.matching.candidates_for(p)]  # fmt: skip
    assert len(rows) == len(set(rows)) and rows_before <= set(rows)


def test_two_workstations_never_run_it_at_the_same_time(
    services, admin, clock, tmp_path, face_photos, wu
):
    import_list(services, admin, tmp_path, face_photos)
    other = CrossMatchService(services.db, services.matching, services.galleries,
                              now=clock, holder="办公室电脑:1:x")  # fmt: skip
    other._take_lease()  # the other workstation is running it
    with pytest.raises(UserError, match="办公室电脑"):
        services.cross_match.run(admin)
    assert services.cross_match.pending()  # nothing was done twice
    clock.advance(minutes=10)  # it died without letting go: the lease runs out and is taken over
    assert services.cross_match.run(admin).pairs > 0
