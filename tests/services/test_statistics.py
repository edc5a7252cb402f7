"""The monthly report's figures, counted over a period in Beijing days, and its Excel export."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from station.domain.casework import AttemptKind, AttemptResult, PlacementKind
from station.domain.clock import local_date
from station.domain.departure import DepartureKind, EscortTrip
from station.domain.errors import UserError
from station.interop import report_xlsx
from station.services.departures import DepartureData
from station.services.family_search import AttemptData
from station.services.placements import PlacementData
from station.services.statistics import SECTIONS
from tests.factories import depart, intake


def test_a_month_of_a_station_in_figures(services, admin, clock, tmp_path):
    march = clock.now  # 2026-03-14 10:30 Beijing
    # Before the period: an old stay of the man who comes back.
    old = services.intake.register(intake(admitted_at=march - dt.timedelta(days=60)), admin)
    depart(services, old.person_id, march - dt.timedelta(days=50))
    back = services.intake.register(
        intake(admitted_at=march), admin, existing_person_id=old.person_id
    )
    clock.advance(hours=1)
    child = services.intake.register(
        intake(admitted_at=clock.now, age_low=12, age_high=14,
               mental_illness=True),
        admin,
    )  # fmt: skip
    clock.advance(days=2)
    services.placements.place(
        back.person_id, PlacementData(PlacementKind.HOSPITAL, local_date(clock.now), "医院"), admin
    )
    services.family_search.log_attempt(
        back.person_id, AttemptData(AttemptKind.ANNOUNCEMENT, clock.now), admin
    )
    services.family_search.log_attempt(
        child.person_id, AttemptData(AttemptKind.POLICE_DNA, clock.now, AttemptResult.CONFIRMED),
        admin,
    )  # fmt: skip
    clock.advance(days=3)
    trip = EscortTrip(["李四", "王五"], receiver="开封市救助管理站")
    services.departures.depart(
        back.person_id,
        DepartureData(DepartureKind.ESCORTED, clock.now, trip=trip, belongings_to="本人"),
        admin,
    )
    # After the period (1 April 00:10 Beijing is still 31 March in UTC): not counted.
    clock.now = dt.datetime(2026, 3, 31, 16, 10, tzinfo=dt.UTC)
    services.intake.register(intake(admitted_at=clock.now), admin)

    report = services.statistics.report(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    v = report.value
    assert (v("visits"), v("persons"), v("repeat")) == (2, 2, 1)
    assert (v("minors"), v("mental"), v("elderly")) == (1, 1, 0)
    assert (v("departed"), v("departure.escorted"), v("reunified"), v("unrecorded")) == (1, 1, 1, 0)
    assert (v("identified"), v("median_days")) == (1, 2)
    assert v("placement.hospital") == 1 and v("attempts_total") == 2
    dna = next(x for x in report.sections["attempts"] if x.key == "attempt.police_dna")
    assert dna.detail == {"lead": 0, "confirmed": 1}
    assert (v("in_care"), v("long_stay"), v("unidentified")) == (1, 1, 0)
    april = services.statistics.report(dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    assert april.value("visits") == 1 and april.value("in_care") == 2

    path = tmp_path / "三月.xlsx"
    report_xlsx.write(path, report, station="郑州市救助管理站", section_titles=SECTIONS)
    sheet = load_workbook(path).active
    cells = {row[0].strip(): row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert sheet["A1"].value == "郑州市救助管理站统计报表（2026-03-01 至 2026-03-31）"
    assert (
        cells["入站人次"] == 2 and cells["护送返乡"] == 1 and cells["返回家庭（接领、护送）"] == 1
    )
    with pytest.raises(UserError, match="早于开始日期"):
        services.statistics.report(dt.date(2026, 3, 31), dt.date(2026, 3, 1))


def test_health_origin_and_special_groups_need_what_the_intake_records(services, admin, clock):
    from station.domain.casework import SpecialGroup
    from station.services.station_info import StationInfo

    day = clock.now.astimezone().date()
    services.intake.register(intake(admitted_at=clock.now, household_place="河南省郑州市"), admin)
    clock.advance(minutes=5)
    critical = intake(admitted_at=clock.now, household_place="湖北武汉", physical_disability=True)
    critical.critical = True
    critical.special_groups = [SpecialGroup.TRAFFICKING.value]
    services.intake.register(critical, admin)
    clock.advance(minutes=5)
    services.intake.register(intake(admitted_at=clock.now), admin)  # nowhere known

    report = services.statistics.report(day, day)
    assert report.value("no_province") is None  # the station's province is not set yet
    assert (report.value("healthy"), report.value("critical"), report.value("physical")) == (
        2,
        1,
        1,
    )
    assert report.value("group.trafficking") == 1 and report.value("group.foreign") == 0

    services.station.save(
        StationInfo("郑州市救助管理站", "河南省", "郑州市二七路 1 号", "0371-1234"), admin
    )
    report = services.statistics.report(day, day)
    assert [report.value(k) for k in ("same_province", "other_province", "origin_unknown")] == [
        1, 1, 1,
    ]  # fmt: skip
    assert services.station.get().province_short == "河南"
    assert report.value("cross_province") == 0
    clock.advance(hours=1)
    (hubei, *_) = [r for r in services.placements.board() if r.case_number.endswith("2")]
    services.departures.depart(
        hubei.person_id,
        DepartureData(DepartureKind.ESCORTED, clock.now, destination="湖北省武汉市",
                      trip=EscortTrip(["李四", "王五"], receiver="武汉市救助管理站"),
                      belongings_to="本人"),
        admin,
    )  # fmt: skip
    assert services.statistics.report(day, day).value("cross_province") == 1
