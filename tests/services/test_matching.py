"""Searching with a resident's photo: ranked, explained, decided by a person, audited."""

import shutil

import numpy as np
import pytest

from station.domain.enums import Sex
from station.domain.errors import UserError
from station.domain.matching import Band, Decision
from station.services import audit
from station.services.matching import Scope
from tests.factories import intake

HEADERS = "编号,姓名,性别,走失时年龄,走失日期,走失地点,身高,照片"
LIST = [
    "A1,张建国,男,45,2010-05-01,河南省郑州市,170,obama.jpg",
    "A2,李志强,男,60,2015-01-20,湖北省武汉市,175,biden.jpg",
    "A3,王秀英,女,50,2012-03-01,河南开封,158,obama3.jpg",
]


@pytest.fixture
def listed(services, admin, tmp_path, face_photos):
    folder = tmp_path / "photos"
    folder.mkdir()
    for name in ("obama", "biden", "obama3"):
        shutil.copy(face_photos[name], folder / f"{name}.jpg")
    path = tmp_path / "list.csv"
    path.write_text("\n".join([HEADERS, *LIST]) + "\n", encoding="utf-8")
    mapping = services.lists.preview(path).mapping
    report = services.lists.import_table(path, mapping, admin, name="走失人员", photo_dir=folder)
    services.lists.encode()
    return report.list_id


@pytest.fixture
def resident(services, admin, clock, face_photos):
    data = intake(
        admitted_at=clock.now,
        photos=[face_photos["obama2"]],
        sex=Sex.MALE,
        age_low=55,
        age_high=65,
        origin="河南郑州",
    )
    return services.intake.register(data, admin).person_id


def test_a_residents_photo_finds_the_same_man_first_and_explains_why(
    services, admin, listed, resident
):
    probe = services.matching.probe_for_person(resident)
    result = services.matching.search(probe, Scope(), admin)
    assert result.searched == 3
    top = result.candidates[0]
    assert top.subject.title == "张建国" and top.subject.origin == "走失人员"
    assert top.band in (Band.STRONG, Band.POSSIBLE)
    assert top.subject.photo_path is not None and top.subject.photo_path.is_file()
    reasons = [f.message for f in top.factors]
    assert "性别相同" in reasons
    assert any(r.startswith("年龄相符") for r in reasons)  # 45 in 2010 → about 61 now; 55–65
    assert any(r.startswith("走失（2010-05-01）在本人被发现") for r in reasons)
    assert any(r.startswith("地点相近") for r in reasons)
    # The woman in the list has a face like his, but a recorded sex that differs: hidden, counted.
    assert [c.subject.title for c in result.candidates] == ["张建国", "李志强"]
    assert result.hidden == 1
    everyone = services.matching.search(probe, Scope(), admin, show_hidden=True)
    hidden = next(c for c in everyone.candidates if c.subject.title == "王秀英")
    assert hidden.hidden and any("性别不符" in f.message for f in hidden.factors)


def test_every_decision_is_kept_attributed_audited_and_a_confirmation_can_be_reopened(
    services, admin, clerk, listed, resident, clock, face_photos
):
    probe = services.matching.probe_for_person(resident)
    top = services.matching.search(probe, Scope(), clerk).candidates[0]
    with pytest.raises(UserError, match="理由"):
        services.matching.decide(top.candidate_id, Decision.CONFIRMED, "  ", clerk)
    services.matching.decide(top.candidate_id, Decision.CONFIRMED, "家属辨认照片，特征相符", clerk)
    again = services.matching.search(probe, Scope(), admin).candidates[0]
    assert again.candidate_id == top.candidate_id
    assert (again.decision, again.reason, again.decided_by) == (
        Decision.CONFIRMED,
        "家属辨认照片，特征相符",
        clerk.id,
    )
    kept = services.matching.candidates_for(resident)
    assert [c.decision for c in kept] == [Decision.CONFIRMED, None]

    # The same record cannot be confirmed for a second resident.
    clock.advance(minutes=5)
    other = services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["obama3"]]), admin
    ).person_id
    theirs = services.matching.search(services.matching.probe_for_person(other), Scope(), admin)
    same_record = next(c for c in theirs.candidates if c.subject.title == "张建国")
    with pytest.raises(UserError, match="已确认为另一人"):
        services.matching.decide(same_record.candidate_id, Decision.CONFIRMED, "像", admin)

    # Reopened: the link is undone, and the trail shows both decisions.
    services.matching.decide(top.candidate_id, Decision.EXCLUDED, "DNA 比对不符", admin)
    services.matching.decide(same_record.candidate_id, Decision.CONFIRMED, "DNA 比对相符", admin)
    with services.db.read() as s:
        events = audit.for_person(s, resident)
    decisions = [e for e in events if e.action == "match.decide"]
    assert [(e.staff_id, '"excluded"' in e.after_json) for e in decisions] == [
        (admin.id, True),
        (clerk.id, False),
    ]
    assert any(e.action == "match.search" for e in events)


def test_the_stations_own_history_finds_an_earlier_resident_but_never_the_person_itself(
    services, admin, clock, face_photos, resident
):
    clock.advance(days=400)
    again = services.intake.register(
        intake(admitted_at=clock.now, name="老张", photos=[face_photos["obama3"]]), admin
    ).person_id
    clock.advance(minutes=1)
    services.intake.register(
        intake(admitted_at=clock.now, name="别人", photos=[face_photos["biden"]]), admin
    )
    probe = services.matching.probe_for_person(again)
    result = services.matching.search(probe, Scope(lists=False, persons=True), admin)
    assert result.candidates[0].subject.id == resident
    assert again not in [c.subject.id for c in result.candidates]
    assert result.searched == 2  # the two others, not the person searched with
    assert result.candidates[0].subject.origin.startswith("2026-")  # its case number


def test_any_photo_file_can_be_searched_and_a_photo_without_a_face_is_explained(
    services, admin, listed, face_photos, tmp_path
):
    probe = services.matching.probe_for_file(face_photos["biden"])
    result = services.matching.search(probe, Scope(list_ids=(listed,)), admin)
    assert result.candidates[0].subject.title == "李志强"
    from PIL import Image

    blank = tmp_path / "墙.png"
    Image.new("RGB", (200, 200), "white").save(blank)
    with pytest.raises(UserError, match=r"墙\.png.*没有找到人脸"):
        services.matching.probe_for_file(blank)
    with pytest.raises(UserError, match="比对范围"):
        services.matching.search(probe, Scope(lists=False), admin)


def test_at_intake_a_likely_earlier_stay_is_found_before_anything_is_saved(
    services, admin, clock, face_photos, resident
):
    from station.services.matching import intake_traits
    from tests.factories import depart

    clock.advance(days=30)
    depart(services, resident, clock.now)
    clock.advance(days=300)
    services.intake.register(
        intake(admitted_at=clock.now, name="别人", photos=[face_photos["biden"]]), admin
    )
    clock.advance(days=1)
    same = intake(admitted_at=clock.now, photos=[face_photos["obama"]], sex=Sex.MALE)
    (found,) = services.matching.earlier_stays(same.photos, intake_traits(same))
    assert found.subject.id == resident and found.band in (Band.STRONG, Band.POSSIBLE)
    assert found.subject.origin.startswith("2026-")  # the earlier case number
    # A woman's record never comes up for a man with the same face; a face-less photo finds nobody.
    woman = intake(admitted_at=clock.now, photos=[face_photos["obama"]], sex=Sex.FEMALE)
    assert services.matching.earlier_stays(woman.photos, intake_traits(woman)) == []
    blank = services.photos.root / "blank.png"
    from PIL import Image

    Image.new("RGB", (300, 300), (200, 200, 200)).save(blank)
    assert services.matching.earlier_stays([blank], intake_traits(same)) == []
    # Registering as the same person adds a stay to the earlier record.
    result = services.intake.register(same, admin, existing_person_id=found.subject.id)
    assert result.repeat and result.person_id == resident


def test_a_record_with_several_photos_is_compared_by_all_of_them(
    services, admin, tmp_path, face_photos
):
    from station.domain.matching import several_photos_shift
    from station.faces.engine import distance, find_faces, unit

    folder = tmp_path / "photos"
    folder.mkdir()
    for name in ("obama", "obama3", "biden"):
        shutil.copy(face_photos[name], folder / f"{name}.jpg")
    path = tmp_path / "list.csv"
    path.write_text(
        f"{HEADERS}\nA1,张建国,男,45,2010-05-01,河南省郑州市,170,obama.jpg；obama3.jpg\n"
        "A2,李志强,男,60,2015-01-20,湖北省武汉市,175,biden.jpg\n",
        encoding="utf-8",
    )
    mapping = services.lists.preview(path).mapping
    services.lists.import_table(path, mapping, admin, name="走失人员", photo_dir=folder)
    services.lists.encode()

    probe = services.matching.probe_for_file(face_photos["obama2"])
    result = services.matching.search(probe, Scope(), admin, k=2)
    top = result.candidates[0]
    assert top.subject.title == "张建国"
    assert "对方有 2 张照片，按这些照片的平均特征比对" in [f.message for f in top.factors]
    # The distance is to the mean of both photos' encodings, on the one-photo scale.
    both = [find_faces(face_photos[n].read_bytes(), n)[0][0].encoding for n in ("obama", "obama3")]
    mean = unit(both[0].astype(float) + both[1].astype(float))
    assert top.distance == pytest.approx(
        distance(mean, probe.encoding) + several_photos_shift(2), abs=1e-4
    )
    other = result.candidates[1]
    assert other.subject.title == "李志强"
    assert not any(f.code == "photos" for f in other.factors)


def test_the_bands_report_on_the_stations_decisions_and_only_an_administrator_sets_them(
    services, admin, clerk, listed, resident
):
    from station.domain.errors import InvalidInput
    from station.domain.matching import Bands
    from station.services.bands import MIN_EXCLUDED

    probe = services.matching.probe_for_person(resident)
    found = services.matching.search(probe, Scope(), admin).candidates
    same, other = found[0], found[1]
    services.matching.decide(same.candidate_id, Decision.CONFIRMED, "家属辨认照片", clerk)
    services.matching.decide(other.candidate_id, Decision.EXCLUDED, "不是同一人", clerk)

    report = services.bands.report()
    assert report.bands == Bands()  # the measured defaults until an administrator changes them
    assert (report.confirmed, report.excluded) == (1, 1)
    by_band = {row.band: (row.confirmed, row.excluded) for row in report.rows}
    assert by_band[Bands().of(same.distance)][0] == 1
    assert by_band[Bands().of(other.distance)][1] == 1
    assert sum(c for c, _ in by_band.values()) == 1 and sum(e for _, e in by_band.values()) == 1
    assert report.suggested is None  # one exclusion says nothing; it takes MIN_EXCLUDED
    assert MIN_EXCLUDED >= 20

    with pytest.raises(UserError, match="没有“修改系统设置”的权限"):
        services.bands.save(Bands(0.2, 0.25, 0.3), clerk)
    with pytest.raises(InvalidInput):
        services.bands.save(Bands(0.3, 0.25, 0.35), admin)
    # Tighter limits: the same man, at the same distance, is now only "possible".
    tighter = Bands(round(same.distance - 0.01, 3), round(same.distance + 0.01, 3), 0.4)
    services.bands.save(tighter, admin)
    assert services.bands.current() == tighter
    again = services.matching.search(probe, Scope(), admin).candidates[0]
    assert again.distance == pytest.approx(same.distance) and again.band is Band.POSSIBLE
    with services.db.read() as s:
        events = (
            s.connection()
            .exec_driver_sql(
                "SELECT staff_id, before_json, after_json FROM audit_event WHERE action = 'match.bands'"
            )
            .all()
        )
    assert len(events) == 1 and events[0][0] == admin.id
    assert '"strong": 0.25' in events[0][1] and str(tighter.strong) in events[0][2]


def test_enough_exclusions_suggest_limits_that_let_few_of_them_in(services, admin, resident, clock):
    from station.faces.engine import ENCODER
    from station.services.bands import MIN_EXCLUDED
    from station.store.models import MatchCandidate

    distances = np.linspace(0.20, 0.50, MIN_EXCLUDED + 50)
    with services.db.write() as s:
        for d in [*distances, 0.01]:  # the last one measured by an earlier encoder
            s.add(MatchCandidate(person_id=resident, distance=float(d), score=0, band="weak",
                                 encoder=ENCODER if d != 0.01 else "an-earlier-encoder",
                                 decision=Decision.EXCLUDED, found_by=admin.id,
                                 found_at=clock.now))  # fmt: skip
    report = services.bands.report()
    assert report.excluded == len(distances)  # another encoder's distances are not counted
    suggested = report.suggested
    assert suggested is not None
    for limit, share in ((suggested.strong, 0.01), (suggested.possible, 0.05),
                         (suggested.weak, 0.20)):  # fmt: skip
        assert np.mean(distances <= limit + 1e-9) == pytest.approx(share, abs=0.011)
    assert services.bands.current() == report.bands  # suggested, not applied
    assert report.cross_suggested is None and report.cross_excluded == 0


def test_cross_age_exclusions_suggest_cross_age_limits_of_their_own(
    services, admin, resident, clock
):
    from station.faces.engine import ENCODER
    from station.services.bands import MIN_EXCLUDED
    from station.store.models import MatchCandidate

    cross = np.linspace(0.25, 0.60, MIN_EXCLUDED)
    with services.db.write() as s:
        pairs = [(d, True) for d in cross] + [(0.22, False), (0.3, False)]
        for d, across in pairs:
            s.add(MatchCandidate(person_id=resident, distance=float(d), score=0, band="weak",
                                 encoder=ENCODER, decision=Decision.EXCLUDED,
                                 cross_age=across, found_by=admin.id,
                                 found_at=clock.now))  # fmt: skip
    report = services.bands.report()
    assert (report.excluded, report.cross_excluded) == (2, MIN_EXCLUDED)
    assert report.suggested is None  # two same-age exclusions say nothing
    suggested = report.cross_suggested
    assert suggested is not None and suggested.strong >= 0.25 and suggested.weak < 0.40
    for limit, share in zip(suggested, (0.01, 0.05, 0.20), strict=True):
        assert np.mean(cross <= limit + 1e-9) == pytest.approx(share, abs=0.021)


def test_a_childs_photo_against_an_adults_is_marked_cross_age_and_never_strong(
    services, admin, tmp_path, face_photos, clock
):
    from station.domain.age import AgeRange
    from station.domain.clock import local_date
    from station.domain.matching import Bands

    folder = tmp_path / "photos"
    folder.mkdir()
    shutil.copy(face_photos["obama"], folder / "c1.jpg")
    path = tmp_path / "list.csv"
    path.write_text(f"{HEADERS}\nC1,张小军,男,8,1990-06-01,河南省郑州市,130,c1.jpg\n",
                    encoding="utf-8")  # fmt: skip
    mapping = services.lists.preview(path).mapping
    services.lists.import_table(path, mapping, admin, name="走失儿童", photo_dir=folder)
    services.lists.encode()

    resident = services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["obama3"]], sex=Sex.MALE,
               age_low=55, age_high=65),
        admin,
    ).person_id  # fmt: skip
    probe = services.matching.probe_for_person(resident)  # a man of 55-65, photographed at intake
    top = services.matching.search(probe, Scope(), admin).candidates[0]
    assert top.subject.title == "张小军"
    assert Bands().of(top.distance) is Band.STRONG  # as near as photos of one age can be
    assert "跨年龄：一张照片摄于约 8 岁，一张摄于约 55–65 岁" in " ".join(
        f.message for f in top.factors
    )
    assert top.band is Band.POSSIBLE  # across ages, never "strong"
    # The review shows when each photo was taken.
    assert (top.subject.photo_age, top.subject.photo_day) == (AgeRange(8, 8), None)
    mine = services.matching.person_subject(resident)
    assert (mine.photo_age, mine.photo_day) == (AgeRange(55, 65), local_date(clock.now))
    # Decided, it is counted with the cross-age pairs, not in the bands' own figures.
    services.matching.decide(top.candidate_id, Decision.CONFIRMED, "家属辨认童年照片", admin)
    report = services.bands.report()
    assert report.confirmed == 0 and sum(r.confirmed for r in report.rows) == 0
    assert report.cross_confirmed == 1
    assert [r.confirmed for r in report.cross_age_rows] == [0, 1, 0, 0]  # "possible" across ages

    # The cross-age pairs have limits of their own: an administrator who sets a strong limit for
    # them (from the station's own cross-age decisions) changes only those pairs' bands.
    from station.domain.errors import InvalidInput
    from station.domain.matching import Limits

    with pytest.raises(InvalidInput, match="跨年龄阈值"):
        services.bands.save(Bands.from_limits(Bands().limits(), Limits(0.3, 0.3, 0.4)), admin)
    services.bands.save(Bands.from_limits(Bands().limits(), Limits(0.3, 0.34, 0.4)), admin)
    again = services.matching.search(probe, Scope(), admin).candidates[0]
    assert again.subject.title == "张小军" and again.band is Band.STRONG
    assert services.bands.report().rows == report.rows  # same-age figures untouched


def test_an_adults_photo_against_an_adults_is_not_cross_age(services, admin, listed, resident):
    probe = services.matching.probe_for_person(resident)
    found = services.matching.search(probe, Scope(), admin).candidates
    assert found and not any(f.code == "cross_age" for c in found for f in c.factors)


def test_a_resident_with_several_photos_searches_by_all_of_them_unless_one_is_chosen(
    services, admin, listed, clock, face_photos
):
    from station.domain.matching import several_photos_shift
    from station.faces.engine import distance, find_faces, unit

    person = services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["obama2"], face_photos["obama3"]],
               sex=Sex.MALE, age_low=55, age_high=65),
        admin,
    ).person_id  # fmt: skip
    probe = services.matching.probe_for_person(person)
    assert probe.photos == 2
    mine = [find_faces(face_photos[n].read_bytes(), n)[0][0].encoding for n in ("obama2", "obama3")]
    assert distance(probe.encoding, unit(mine[0].astype(float) + mine[1].astype(float))) < 1e-5
    top = services.matching.search(probe, Scope(), admin).candidates[0]
    assert top.subject.title == "张建国"
    record = find_faces(face_photos["obama"].read_bytes(), "obama.jpg")[0][0].encoding
    assert top.distance == pytest.approx(
        distance(probe.encoding, record) + several_photos_shift(2), abs=1e-4
    )
    assert "本人有 2 张照片，按这些照片的平均特征比对" in [f.message for f in top.factors]

    detail = services.persons.detail(person)
    chosen = services.matching.probe_for_person(person, detail.photos[1].id)
    assert chosen.photos == 1 and distance(chosen.encoding, mine[1]) < 1e-5
