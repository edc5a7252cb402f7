"""The case after intake through the real pages: the to-do list, placements, the status board."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate

from station.domain.casework import AttemptKind, DecisionKind, LongStayOption, PlacementKind
from station.domain.deadlines import Status
from station.domain.departure import DepartureKind
from station.ui.casework_dialogs import AttemptDialog, DecisionDialog, PlacementDialog
from station.ui.person_page import PersonPage
from tests.factories import intake
from tests.ui.conftest import type_text


def answer_dialog(monkeypatch, cls, fill):
    """The next dialogs of ``cls`` are filled by ``fill`` and saved as a user would."""
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        fill(dialog)
        return 1 if dialog.save() else 0

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def test_an_injured_man_is_announced_sent_to_hospital_and_moved_on(
    qtbot, window, services, admin, monkeypatch
):
    now = dt.datetime.now(dt.UTC)
    man = services.intake.register(
        intake(admitted_at=now - dt.timedelta(hours=20), age_low=40, age_high=50), admin
    ).person_id

    # The to-do list shows the announcement due within hours, the DNA request within days.
    todo = window.open_todo()
    todo.refresh()
    assert [todo.table.item(r, 2).text() for r in range(todo.table.rowCount())] == [
        "发布寻亲公告（入站 24 小时内）",
        "申请公安 DNA 采集比对（7 个工作日内）",
    ]
    assert todo.table.item(0, 0).text() == "即将到期" and "还剩" in todo.table.item(0, 1).text()

    def announce(dialog):
        assert AttemptKind(dialog.kind.currentData()) is AttemptKind.ANNOUNCEMENT
        type_text(qtbot, dialog.channel, "全国救助寻亲网")
        type_text(qtbot, dialog.reference, "GG-2026-118")

    shown = answer_dialog(monkeypatch, AttemptDialog, announce)
    todo.table.selectRow(0)
    assert todo.record_selected()
    assert len(shown) == 1
    assert [todo.table.item(r, 2).text() for r in range(todo.table.rowCount())] == [
        "申请公安 DNA 采集比对（7 个工作日内）"
    ]

    # From the to-do list to his case file; he goes to hospital, then to a psychiatric hospital.
    todo.table.selectRow(0)
    todo.open_button.click()
    page = window.tabs.currentWidget()
    assert isinstance(page, PersonPage) and page.person_id == man
    tabs = page.casework

    def hospital(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(PlacementKind.HOSPITAL))
        type_text(qtbot, dialog.facility, "市第一人民医院")
        type_text(qtbot, dialog.cost, "abc")  # not money: refused, explained, nothing saved

    placed = answer_dialog(monkeypatch, PlacementDialog, hospital)
    tabs.place_button.click()
    assert placed[0].errors.labels["cost"].text() == "费用应为不小于 0 的金额（元），最多两位小数"
    assert tabs.placement_table.rowCount() == 0

    def hospital_again(dialog):
        hospital(dialog)
        dialog.cost.setText("1200.5")
        dialog.started_on.setDate(QDate.currentDate())

    answer_dialog(monkeypatch, PlacementDialog, hospital_again)
    tabs.place_button.click()
    assert tabs.placement_table.rowCount() == 1
    assert tabs.placement_table.item(0, 6).text() == "1200.50"

    def psychiatric(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(PlacementKind.PSYCHIATRIC))
        type_text(qtbot, dialog.facility, "市精神卫生中心")

    answer_dialog(monkeypatch, PlacementDialog, psychiatric)
    tabs.place_button.click()
    assert tabs.placement_table.rowCount() == 2
    assert tabs.placement_table.item(0, 3).text() == "（当前）"  # the psychiatric hospital
    assert tabs.placement_table.item(1, 3).text() != "（当前）"  # the hospital, ended by the move
    assert "送医 / 安置" in page.timeline.item(0).text()

    board = window.open_board()
    group = board.tree.topLevelItem(0)
    assert group.text(0) == "精神专科医院（1 人）"
    assert group.child(0).text(2) == "市精神卫生中心"
    # The resident list says where he is now, not just 在站.
    window.residents.refresh()
    model = window.residents.model
    (row,) = [r for r in range(model.rowCount()) if model.row_at(r).person_id == man]
    status = model.index(row, model.COLUMNS.index("status")).data()
    assert status == "精神专科医院：市精神卫生中心"

    # A decision on the stay from the case file: the choice of care is asked for.
    def long_stay(dialog):
        assert dialog.option.count() == 3
        dialog.option.setCurrentIndex(dialog.option.findData(LongStayOption.OUTSIDE_CARE))

    answer_dialog(monkeypatch, DecisionDialog, long_stay)
    tabs.decision_buttons[DecisionKind.LONG_STAY].click()
    assert tabs.decision_table.rowCount() == 1
    assert tabs.decision_table.item(0, 2).text() == "站外托养"
    statuses = {d.rule.code: d.status for d in services.deadlines.for_person(man)[0]}
    assert statuses["announce"] is Status.DONE


def test_escorted_home_and_handed_over_from_the_case_file(
    qtbot, window, services, admin, monkeypatch
):
    from station.ui.departure_dialog import DepartureDialog

    now = dt.datetime.now(dt.UTC)
    man = services.intake.register(
        intake(admitted_at=now - dt.timedelta(days=3), age_low=40, age_high=50), admin
    ).person_id
    page = window.open_person(man)
    assert page.depart_button.isEnabled()

    def escort(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(DepartureKind.ESCORTED))
        assert dialog.trip_box.isVisibleTo(dialog)
        # Handed over to a station here; to a relative, their name and ID would go below.
        assert dialog.relative_box.title() == "交接给的亲属（交给家属时填写）"
        type_text(qtbot, dialog.escorts, "李四")  # one escort: refused, the form kept

    tried = answer_dialog(monkeypatch, DepartureDialog, escort)
    assert not page.depart()
    first = tried[0]
    assert first.errors.labels["escorts"].text() == "护送须有两名以上工作人员，请填写全部护送人员"
    assert first.errors.labels["belongings"].text().startswith("还有 2 件随身物品在保管中")

    def escort_properly(dialog):
        escort(dialog)
        type_text(qtbot, dialog.escorts, "，王五")
        type_text(qtbot, dialog.receiver, "开封市救助管理站")
        type_text(qtbot, dialog.handed_to, "刘主任")
        type_text(qtbot, dialog.belongings_to, "本人")

    answer_dialog(monkeypatch, DepartureDialog, escort_properly)
    assert page.depart()
    assert not page.depart_button.isEnabled() and page.readmit_button.isEnabled()
    departed = page.timeline.item(0).text()
    assert (
        "离站" in departed
        and "类别：护送返乡" in departed
        and "接收单位：开封市救助管理站" in departed
    )
    assert "receiver" not in departed and "False" not in departed  # every key in words
    (done,) = services.departures.for_person(man)
    assert (done.kind, done.escorts, done.receiver) == (
        "escorted",
        "李四，王五",
        "开封市救助管理站",
    )
    assert man not in {i.person_id for i in services.deadlines.todo()}
    # The stay's compliance record stays in the case file: the announcement missed, the DNA request
    # (due on the 7th working day) no longer needed; nothing more can be recorded against them.
    table = page.casework.deadline_table
    rows = {table.item(r, 1).text(): (table.item(r, 0).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}  # fmt: skip
    assert rows["发布寻亲公告（入站 24 小时内）"][0] == "已逾期"
    assert rows["发布寻亲公告（入站 24 小时内）"][1].endswith("（未完成）")
    assert rows["申请公安 DNA 采集比对（7 个工作日内）"][0] == "不再需要"
    assert not page.casework.record_button.isEnabled()


def test_an_administrator_shortens_a_rule_and_the_to_do_list_follows(
    qtbot, window, services, admin, clerk
):
    from station.domain.deadlines import Unit
    from station.ui.rules_dialog import RulesDialog

    now = dt.datetime.now(dt.UTC)
    services.intake.register(intake(admitted_at=now - dt.timedelta(hours=13)), admin)
    todo = window.open_todo()
    todo.refresh()
    assert todo.table.item(0, 0).text() == "即将到期"  # the announcement, due in 11 hours

    viewer = RulesDialog(services.deadlines, clerk, window)
    qtbot.addWidget(viewer)
    viewer.rule_list.setCurrentRow(0)
    viewer.grace_amount.setValue(12)
    assert not viewer.save_rule()
    assert "没有“修改系统设置”的权限" in viewer.message.text()

    dialog = RulesDialog(services.deadlines, admin, window)
    qtbot.addWidget(dialog)
    dialog.rule_list.setCurrentRow(0)
    assert dialog.title.text() == "发布寻亲公告（入站 24 小时内）"
    dialog.grace_amount.setValue(12)
    dialog.grace_unit.setCurrentIndex(dialog.grace_unit.findData(Unit.HOURS))
    assert dialog.save_rule()
    assert services.deadlines.rules()[0].title == "发布寻亲公告（入站 24 小时内）"  # unchanged
    todo.refresh()
    assert todo.table.item(0, 0).text() == "已逾期"
    # The national holidays come with the program; a local one is added as a range, at once.
    texts = [dialog.days.item(i).text() for i in range(dialog.days.count())]
    assert any(t.startswith("2026-10-01  周四  节假日  国庆节（国家规定）") for t in texts)
    assert any(t.startswith("2026-10-10  周六  调休上班") for t in texts)
    shown = dialog.days.count()
    dialog.day.setDate(QDate(2026, 12, 24))
    dialog.last_day.setDate(QDate(2026, 12, 26))
    dialog.day_note.setText("本地节日")
    assert dialog.add_day() and dialog.days.count() == shown + 3
    texts = [dialog.days.item(i).text() for i in range(dialog.days.count())]
    assert "2026-12-25  周五  节假日  本地节日（本站标记）" in texts
    cal = services.deadlines.calendar()
    assert not cal.is_working(dt.date(2026, 12, 25)) and not cal.is_working(dt.date(2026, 10, 7))
    assert cal.is_working(dt.date(2026, 10, 10))  # a Saturday worked instead (调休)


def test_a_new_official_name_after_settlement_keeps_the_old_one(
    qtbot, window, services, admin, monkeypatch
):
    from station.domain.casework import NameKind
    from station.ui.casework_dialogs import NameDialog

    now = dt.datetime.now(dt.UTC)
    person = services.intake.register(
        intake(admitted_at=now - dt.timedelta(days=100), name="王二"), admin
    ).person_id
    page = window.open_person(person)

    def official(dialog):
        type_text(qtbot, dialog.name, "党福安")
        dialog.kind.setCurrentIndex(dialog.kind.findData(NameKind.OFFICIAL))

    answer_dialog(monkeypatch, NameDialog, official)
    page.name_button.click()
    assert page.title.text() == "党福安"
    names = page.facts.itemAt(0, page.facts.ItemRole.FieldRole).widget().text()
    assert names == "王二（曾用名）"
    assert "添加名字" in page.timeline.item(0).text()


def test_station_information_is_kept_by_an_administrator(qtbot, window, services, monkeypatch):
    from station.ui.casework_dialogs import StationInfoDialog

    def fill(dialog):
        type_text(qtbot, dialog.name, "郑州市救助管理站")
        type_text(qtbot, dialog.province, "河南省")

    answer_dialog(monkeypatch, StationInfoDialog, fill)
    assert window.edit_station()
    assert services.station.get().province_short == "河南"


def test_print_an_announcement_from_the_case_file_and_reprint_it(
    qtbot, window, services, admin, monkeypatch, no_system_viewer
):
    from station.ui.print_dialog import PrintDialog

    now = dt.datetime.now(dt.UTC)
    person = services.intake.register(
        intake(admitted_at=now - dt.timedelta(hours=2)), admin
    ).person_id
    page = window.open_person(person)
    seen = []
    printed_to = window._data_dir / "printed.pdf"

    def use(dialog):
        from PySide6.QtPrintSupport import QPrinter

        seen.append(dialog)
        assert dialog.generate(open_it=True) is not None
        assert dialog.pdf.pageCount() == 1  # previewed
        dialog.kinds.setCurrentRow(0)
        assert dialog.generate(open_it=False) is not None  # a second one, only previewed
        assert dialog.pdf.pageCount() == 1
        # Only the copy handed to the viewer is on disk: a preview writes none.
        assert len(list((window._data_dir / "exports").glob("*.pdf"))) == 1
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_to))
        assert dialog.print_to(printer) == 1  # what the print dialog sends to a printer
        dialog.kinds.setCurrentRow(3)  # 亲属接领登记表: no relative yet
        assert dialog.generate(open_it=False) is None
        assert "接领人的信息" in dialog.message.text()
        dialog.history.setCurrentRow(0)
        assert dialog.reprint_selected() is not None
        return 0

    monkeypatch.setattr(PrintDialog, "exec", use)
    page.print_button.click()
    (dialog,) = seen
    assert dialog.history.count() == 2  # generated, previewed (and one of them reprinted)
    (opened,) = [Path(p) for p in no_system_viewer]
    assert opened.name.startswith("GG-") and opened.read_bytes().startswith(b"%PDF")
    assert "打印文书" in page.timeline.item(0).text() or "重印文书" in page.timeline.item(0).text()
    assert printed_to.read_bytes().startswith(b"%PDF")


def test_copies_handed_to_the_viewer_are_deleted_after_half_a_day(tmp_path):
    import os
    import time

    from station.ui.print_dialog import forget_viewer_copies

    old, fresh, other = tmp_path / "GG-1.pdf", tmp_path / "GG-2.pdf", tmp_path / "notes.txt"
    for path in (old, fresh, other):
        path.write_bytes(b"%PDF-1.4")
    day_ago = time.time() - 24 * 3600
    os.utime(old, (day_ago, day_ago))
    os.utime(other, (day_ago, day_ago))
    assert forget_viewer_copies(tmp_path) == 1
    assert not old.exists() and fresh.exists() and other.exists()
    assert forget_viewer_copies(tmp_path / "never-made") == 0


def test_the_announcement_sheet_from_the_status_board(
    qtbot, window, services, admin, no_system_viewer
):
    now = dt.datetime.now(dt.UTC)
    services.intake.register(intake(admitted_at=now - dt.timedelta(hours=3)), admin)
    board = window.open_board()
    board.sheet_button.click()
    (opened,) = no_system_viewer
    assert Path(opened).read_bytes().startswith(b"%PDF") and Path(opened).name.startswith("GGH-")


def test_a_follow_up_opens_the_attempt_it_was_set_on_and_updates_it(
    qtbot, window, services, admin, clock, monkeypatch
):
    from station.domain.casework import AttemptResult
    from station.domain.clock import local_date
    from station.services.family_search import AttemptData
    from station.ui.casework_dialogs import CostDialog

    man = services.intake.register(intake(admitted_at=clock.now), admin).person_id
    sent = services.family_search.log_attempt(
        man, AttemptData(AttemptKind.POLICE_DNA, clock.now, AttemptResult.SENT,
                         channel="市公安局刑侦支队", reference="DNA-2026-118",
                         follow_up_on=local_date(clock.now)), admin,
    )  # fmt: skip
    page = window.open_person(man)
    table = page.casework.deadline_table
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 1).text().startswith("跟进")]
    table.selectRow(row)

    def result_came(dialog):
        # The same attempt, as it was: only what has moved on is changed.
        assert dialog.windowTitle() == "更新寻亲记录"
        assert not dialog.kind.isEnabled() and not dialog.at.isEnabled()
        assert (dialog.channel.text(), dialog.reference.text()) == (
            "市公安局刑侦支队",
            "DNA-2026-118",
        )
        assert dialog.result.currentData() == AttemptResult.SENT
        dialog.result.setCurrentIndex(dialog.result.findData(AttemptResult.PENDING))
        dialog.notes.setPlainText("样本已入库，等待比中结果")

    answer_dialog(monkeypatch, AttemptDialog, result_came)
    page.casework.record_selected()
    (only,) = services.family_search.attempts(man)
    assert (only.id, only.result, only.follow_up_on) == (sent.id, "pending", None)
    assert page.casework.attempt_table.rowCount() == 1
    assert page.casework.attempt_table.item(0, 4).text() == "等待结果"
    assert "更新寻亲记录" in page.timeline.item(0).text()

    # A bill for a hospital stay that has ended is still taken.
    from station.domain.casework import PlacementKind as Kind
    from station.services.placements import PlacementData

    placed = services.placements.place(
        man, PlacementData(Kind.HOSPITAL, local_date(clock.now), facility="市第一人民医院"), admin
    )
    services.placements.end(placed.id, local_date(clock.now), admin)
    page.reload()

    def bill(dialog):
        assert "市第一人民医院" in dialog.about.text()
        type_text(qtbot, dialog.cost, "860.5")
        type_text(qtbot, dialog.note, "住院费结算单")

    answer_dialog(monkeypatch, CostDialog, bill)
    assert page.casework.add_cost()
    assert page.casework.placement_table.item(0, 6).text() == "860.50"
    assert "补记金额：860.50 元" in page.timeline.item(0).text()


def test_the_default_follow_up_falls_on_a_working_day(qtbot, services):
    """Logged on 2026-09-29, a week on is 国庆: the follow-up is offered on 10-08."""
    now = dt.datetime(2026, 9, 29, 2, 0, tzinfo=dt.UTC)
    dialog = AttemptDialog(now, lambda d: d, calendar=services.deadlines.calendar())
    qtbot.addWidget(dialog)
    assert dialog.follow_up_on.date().toPython() == dt.date(2026, 10, 8)
