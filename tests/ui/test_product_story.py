"""The case from our product story, end to end through the real pages.

An injured man who cannot communicate is admitted; he goes to hospital, then to a psychiatric
hospital; an announcement and a police DNA request are logged (the to-do list shows them due, then
cleared); he is placed in a welfare home; years later a photo match is confirmed and his family is
found; he is escorted home and handed over; the statistics count him as reunified.
"""

import datetime as dt

from PySide6.QtCore import QDate, QDateTime

from station.domain.casework import AttemptKind, PlacementKind
from station.domain.clock import local_date
from station.domain.departure import DepartureKind
from station.domain.enums import Sex
from station.domain.matching import Decision
from station.ui.casework_dialogs import AttemptDialog, PlacementDialog
from station.ui.departure_dialog import DepartureDialog
from station.ui.identify_dialog import IdentifyDialog
from station.ui.person_page import PersonPage
from station.ui.review_dialog import ReviewDialog
from tests.factories import intake
from tests.ui.conftest import type_text
from tests.ui.test_casework import answer_dialog
from tests.ui.test_photo_search import make_list


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(moment: dt.datetime) -> QDateTime:
    return QDateTime(moment.astimezone())


def test_the_injured_man_who_could_not_speak_goes_home(
    qtbot, window, services, admin, tmp_path, face_photos, monkeypatch
):
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    admitted = now - dt.timedelta(days=3 * 365)
    man = services.intake.register(
        intake(admitted_at=admitted, photos=[face_photos["obama2"]], sex=Sex.MALE,
               age_low=40, age_high=50),
        admin,
    ).person_id  # fmt: skip
    day0 = local_date(admitted)  # the station's day (Beijing), whatever the machine's zone

    # The to-do list: his announcement and DNA request are overdue.
    todo = window.open_todo()
    todo.refresh()
    due = {todo.table.item(r, 2).text(): r for r in range(todo.table.rowCount())}
    assert "发布寻亲公告（入站 24 小时内）" in due
    assert "申请公安 DNA 采集比对（7 个工作日内）" in due
    assert todo.table.item(due["发布寻亲公告（入站 24 小时内）"], 0).text() == "已逾期"

    def logged_at(hours):
        def fill(dialog):
            dialog.at.setDateTime(qtime(admitted + dt.timedelta(hours=hours)))
            type_text(qtbot, dialog.channel, "全国救助寻亲网")

        return fill

    for title, hours in (
        ("发布寻亲公告（入站 24 小时内）", 5),
        ("申请公安 DNA 采集比对（7 个工作日内）", 50),
    ):
        answer_dialog(monkeypatch, AttemptDialog, logged_at(hours))
        row = next(r for r in range(todo.table.rowCount()) if todo.table.item(r, 2).text() == title)
        todo.table.selectRow(row)
        assert todo.record_selected()
        titles = [todo.table.item(r, 2).text() for r in range(todo.table.rowCount())]
        assert title not in titles  # cleared

    # His case file: hospital, psychiatric hospital, welfare home.
    page = window.open_person(man)
    assert isinstance(page, PersonPage)
    for kind, facility, days in (
        (PlacementKind.HOSPITAL, "市第一人民医院", 0),
        (PlacementKind.PSYCHIATRIC, "市精神卫生中心", 12),
        (PlacementKind.WELFARE_HOME, "市社会福利院", 60),
    ):

        def place(dialog, kind=kind, facility=facility, days=days):
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            type_text(qtbot, dialog.facility, facility)
            dialog.started_on.setDate(qdate(day0 + dt.timedelta(days=days)))

        answer_dialog(monkeypatch, PlacementDialog, place)
        page.casework.place_button.click()
    assert page.casework.placement_table.rowCount() == 3
    assert page.casework.placement_table.item(0, 1).text() == "市社会福利院"
    board = window.open_board()
    assert board.tree.topLevelItem(0).text(0) == "社会福利院 / 托养机构（1 人）"

    # Years later: a list arrives, his photo matches, the reviewer confirms.
    path, folder = make_list(tmp_path, face_photos)
    mapping = services.lists.preview(path).mapping
    services.lists.import_table(path, mapping, admin, name="河南走失人员", photo_dir=folder)
    services.lists.encode()
    page = window.open_person(man)
    page.search_button.click()
    search = window.tabs.currentWidget()
    assert search.table.item(0, 1).text() == "张建国"

    def confirm(dialog):
        dialog.buttons[Decision.CONFIRMED].setChecked(True)
        dialog.reason.setText("照片高度相似，疤痕位置一致")
        dialog.save()
        return 1

    # His daughter, called, recognises him: 确认 leads straight into 身份查明, from record A1.
    def identity_found(dialog):
        assert dialog.name.text() == "张建国" and dialog.taken("name")
        dialog.how.setCurrentIndex(dialog.how.findData(AttemptKind.PHONE))
        dialog.notes.setPlainText("其女张丽看照片确认是其父张建国")
        assert dialog.save()
        return 1

    monkeypatch.setattr(ReviewDialog, "exec", confirm)
    monkeypatch.setattr(IdentifyDialog, "exec", identity_found)
    search.table.selectRow(0)
    search.review(0)
    assert services.matching.candidates_for(man)[0].decision == Decision.CONFIRMED
    page = window.tabs.currentWidget()
    assert isinstance(page, PersonPage) and page.title.text() == "张建国"
    assert services.persons.detail(man).person.identified_at is not None
    (found,) = [a for a in services.family_search.attempts(man) if a.result == "confirmed"]
    assert (found.kind, found.result, found.channel) == ("phone", "confirmed", "河南走失人员")
    assert man not in {i.person_id for i in services.deadlines.todo() if i.deadline.rule.code
                       in ("renew_announcement", "settlement")}  # fmt: skip

    # Escorted home by two staff and handed over to his daughter.
    def escort_home(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(DepartureKind.ESCORTED))
        type_text(qtbot, dialog.escorts, "李四，王五")
        type_text(qtbot, dialog.vehicle, "豫A·12345")
        type_text(qtbot, dialog.receiver, "家属 张丽（女儿）")
        type_text(qtbot, dialog.handed_to, "张丽")
        type_text(qtbot, dialog.destination, "河南省郑州市二七区")
        type_text(qtbot, dialog.relative_name, "张丽")
        type_text(qtbot, dialog.relationship, "女儿")
        type_text(qtbot, dialog.health, "情绪稳定，按时服药")
        type_text(qtbot, dialog.belongings_to, "张丽")

    answer_dialog(monkeypatch, DepartureDialog, escort_home)
    assert page.depart()
    assert services.placements.board() == []
    (home,) = services.departures.for_person(man)
    assert home.kind == "escorted" and home.handed_to == "张丽"
    assert (home.relative_name, home.relative_relationship, home.health) == (
        "张丽", "女儿", "情绪稳定，按时服药",
    )  # fmt: skip

    # This month's statistics count him as reunified.
    stats = window.open_stats()
    report = stats.run()
    assert report.value("reunified") == 1 and report.value("departure.escorted") == 1
    rows = {
        stats.tree.topLevelItem(g).child(c).text(0): stats.tree.topLevelItem(g).child(c).text(1)
        for g in range(stats.tree.topLevelItemCount())
        for c in range(stats.tree.topLevelItem(g).childCount())
    }
    assert rows["返回家庭（接领、护送）"] == "1"
    assert (stats.count_axis.min(), stats.count_axis.max()) == (0, 1)
    assert stats.chart.axes() == [stats.kinds_axis, stats.count_axis]  # reused, not stacked
    saved = tmp_path / "本月.xlsx"
    assert stats.export(saved) and saved.stat().st_size > 0
