"""The intake desk through the real widgets: register, find in the list, open the case file."""

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlmodel import func, select

from station.domain import id_number
from station.store.models import Person, Photo
from station.ui.person_page import PersonPage
from tests.ui.conftest import type_text


def fill_intake(qtbot, page, photo):
    type_text(qtbot, page.person.aliases, "老周，周师傅")
    page.person.age_low.setValue(60)
    page.person.age_high.setValue(70)
    type_text(qtbot, page.person.dialect, "四川话")
    page.person.height.setValue(165)
    page.person.features.setPlainText("右手缺小指，左眉上方有疤痕")
    type_text(qtbot, page.found_place, "人民公园东门长椅")
    type_text(qtbot, page.brought_by_name, "城东派出所 王警官")
    page.health.setPlainText("意识清楚，言语不清")
    page.photos.add_paths([photo])
    page.belongings.add_row("旧手机", 1, "屏幕破裂")
    page.belongings.add_row("现金", 37, "人民币")


def test_register_find_and_open(qtbot, window, services, face_photos):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.tabs.currentWidget()
    fill_intake(qtbot, page, face_photos["obama"])
    assert page.is_dirty()
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    # Saved: the intake tab is replaced by the new person's case file.
    person_page = window.tabs.currentWidget()
    assert isinstance(person_page, PersonPage)
    case = person_page.detail.latest_stay.case_number
    assert person_page.title.text() == f"无名氏{case}"
    assert "已登记" in window.statusBar().currentMessage()
    assert person_page.photo_list.count() == 1
    assert person_page.photo.pixmap() is not None and not person_page.photo.pixmap().isNull()
    assert person_page.items.rowCount() == 2
    assert person_page.items.item(1, 1).text() == "现金"
    assert person_page.timeline.count() == 1 and "入站登记" in person_page.timeline.item(0).text()

    # Found again in the resident list by an alias and by a word of the description.
    window.tabs.setCurrentIndex(0)
    for text in ("周师傅", "小指"):
        window.residents.search.setText(text)
        window.residents.apply_filter()
        model = window.residents.model
        assert model.rowCount() == 1
        assert model.index(0, 1).data() == case
        assert model.index(0, 2).data() == f"无名氏{case}"
        assert model.index(0, 4).data() == "60–70"
        assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    window.residents.table.activated.emit(window.residents.model.index(0, 2))
    assert window.tabs.currentWidget() is person_page  # the open tab is reused


def test_invalid_input_is_shown_and_nothing_is_saved(qtbot, window, services, tmp_path):
    page = window.open_intake()
    good = id_number.make("410102", dt.date(1961, 5, 2), 123)
    bad_id = good[:-1] + ("1" if good[-1] != "1" else "2")
    qtbot.keyClicks(page.person.id_number, bad_id)
    page.person.id_number.editingFinished.emit()
    assert "校验位错误" in page.errors.text("id_number")  # shown as soon as the field is left
    page.found_at.setDateTime(QDateTime.currentDateTime().addDays(1))
    broken = tmp_path / "破损照片.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    page.photos.add_paths([broken])
    # Refused as soon as it is chosen, with the file's name and the reason.
    assert "破损照片.jpg" in page.errors.text("photos") and "损坏" in page.errors.text("photos")
    assert page.photos.paths() == []
    page.belongings.add_row("", 2, "只写了状况")

    assert page.save() is None
    assert "校验位错误" in page.errors.text("id_number")
    assert "不能晚于当前时间" in page.errors.text("found_at")
    assert "第 1 行" in page.errors.text("belongings")
    assert page.banner.isVisible() and "3 处" in page.banner.text()
    assert window.tabs.currentWidget() is page
    with services.db.read() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 0
        assert session.exec(select(func.count()).select_from(Photo)).one() == 0


def test_unsaved_intake_asks_before_closing(qtbot, window, answer):
    page = window.open_intake()
    type_text(qtbot, page.person.name, "张三")
    asked = answer(QMessageBox.StandardButton.Cancel)
    assert not window.close_tab(window.tabs.indexOf(page))
    assert window.tabs.indexOf(page) > 0 and len(asked) == 1
    answer(QMessageBox.StandardButton.Discard)
    assert window.close_tab(window.tabs.indexOf(page))
    assert window.tabs.count() == 3  # the resident list, the to-do list and the inbox stay


def test_clean_intake_closes_without_asking(qtbot, window, answer):
    page = window.open_intake()
    asked = answer(QMessageBox.StandardButton.Cancel)
    assert window.close_tab(window.tabs.indexOf(page))
    assert asked == []


def test_id_number_fills_sex_and_birth_date(qtbot, window):
    page = window.open_intake()
    number = id_number.make("510107", dt.date(1958, 8, 8), 246)
    qtbot.keyClicks(page.person.id_number, number.lower())
    page.person.id_number.editingFinished.emit()
    assert page.person.sex.currentText() == "女"
    assert page.person.birth_known.isChecked()
    assert page.person.birth_date.date().toPython() == dt.date(1958, 8, 8)
    assert "1958-08-08" in page.person.id_hint.text()


def test_return_a_belonging_from_the_case_file(qtbot, window, services, monkeypatch, face_photos):
    from PySide6.QtWidgets import QInputDialog

    page = window.open_intake()
    fill_intake(qtbot, page, face_photos["biden"])
    page.save()
    person_page = window.tabs.currentWidget()
    person_page.items.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("本人", True)))
    person_page.return_button.click()
    assert "→ 本人" in person_page.items.item(0, 6).text()
    assert person_page.items.item(1, 6).text() == "保管中"
    assert person_page.items.item(1, 2).text() == "37.00 元"  # 现金 ×37 is money
    assert any(
        "归还物品" in person_page.timeline.item(i).text()
        for i in range(person_page.timeline.count())
    )

    # Found in his coat two days later: taken into custody from the case file.
    from station.ui.casework_dialogs import BelongingDialog
    from tests.ui.test_casework import answer_dialog

    def found(dialog):
        type_text(qtbot, dialog.item, "现金")
        dialog.amount.setText("23.5元")
        type_text(qtbot, dialog.notes, "在棉袄内衬中发现")

    answer_dialog(monkeypatch, BelongingDialog, found)
    assert person_page.receive_belonging()
    rows = [[person_page.items.item(r, c).text() for c in range(7)]
            for r in range(person_page.items.rowCount())]  # fmt: skip
    assert any(r[1] == "现金" and r[2] == "23.50 元" and r[4] == "在棉袄内衬中发现" for r in rows)
    assert "接收保管物品" in person_page.timeline.item(0).text()
    assert "金额：23.50 元" in person_page.timeline.item(0).text()


def test_photos_dropped_from_the_file_manager_are_added(qtbot, window, face_photos, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    page = window.open_intake()
    not_a_photo = tmp_path / "说明.txt"
    not_a_photo.write_text("手写说明", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls(
        [QUrl.fromLocalFile(str(face_photos["obama2"])), QUrl.fromLocalFile(str(not_a_photo))]
    )
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.photos.dropEvent(event)
    assert page.photos.paths() == [face_photos["obama2"]]
    assert "说明.txt" in page.errors.text("photos")


def test_edit_a_person_from_the_case_file(qtbot, window, services, monkeypatch, face_photos):
    from PySide6.QtWidgets import QDialog

    from station.ui.person_page import EditPersonDialog

    page = window.open_intake()
    fill_intake(qtbot, page, face_photos["obama3"])
    page.save()
    person_page = window.tabs.currentWidget()

    def fill_and_accept(dialog):
        type_text(qtbot, dialog.form.name, "周德福")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EditPersonDialog, "exec", fill_and_accept)
    person_page.edit_button.click()
    assert person_page.title.text() == "周德福"
    assert "修改资料" in person_page.timeline.item(0).text()
    assert "姓名：空 → 周德福" in person_page.timeline.item(0).text()
    window.residents.search.setText("周德福")
    window.residents.apply_filter()
    assert window.residents.model.rowCount() == 1


def test_a_person_who_comes_back_gets_a_new_stay_under_the_same_record(
    qtbot, window, services, clock, face_photos
):
    from station.domain.enums import StayStatus
    from station.store.models import Stay

    page = window.open_intake()
    fill_intake(qtbot, page, face_photos["obama"])
    first = page.save()
    person_page = window.tabs.currentWidget()
    assert not person_page.readmit_button.isEnabled()  # still in the station
    with services.db.write() as session:  # departure arrives with the case workflow (issue 4)
        stay = session.get(Stay, first.stay_id)
        stay.status, stay.departed_at = StayStatus.DEPARTED.value, clock.now
    person_page.reload()
    assert person_page.readmit_button.isEnabled()
    person_page.readmit_button.click()
    again = window.tabs.currentWidget()
    assert again.findChild(QLabel, "returningNote") is not None
    assert not again.person.isEnabled()
    type_text(qtbot, again.found_place, "长途汽车站出站口")
    again.belongings.add_row("编织袋", 1, "内有衣物")
    result = again.save()
    assert result is not None and result.repeat and result.person_id == first.person_id
    reopened = window.tabs.currentWidget()
    assert reopened.stays.rowCount() == 2
    assert "共入站 2 次" in reopened.subtitle.text()
    with services.db.read() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 1


def test_times_are_checked_as_soon_as_they_change(qtbot, window):
    page = window.open_intake()
    admitted = page.admitted_at.dateTime().addSecs(-5 * 3600)
    page.admitted_at.setDateTime(admitted)
    page.found_at.setDateTime(admitted.addSecs(2 * 3600))
    assert "晚于入站时间" in page.errors.text("found_at")
    page.found_at.setDateTime(admitted.addSecs(-3600))
    assert page.errors.text("found_at") == ""
    page.found_known.setChecked(False)
    page.admitted_at.setDateTime(admitted.addDays(2))
    assert page.errors.text("found_at") == ""
    assert "不能晚于当前时间" in page.errors.text("admitted_at")


def test_a_locked_database_is_explained_and_the_form_kept(
    qtbot, window, services, config, monkeypatch
):
    import sqlite3

    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
    )
    page = window.open_intake()
    type_text(qtbot, page.person.name, "钱桂兰")
    blocker = sqlite3.connect(config.data_dir / "station.db")
    blocker.execute("BEGIN IMMEDIATE")
    try:
        assert page.save() is None
    finally:
        blocker.rollback()
        blocker.close()
    assert len(shown) == 1 and "占用" in shown[0] and "什么也没有保存" in shown[0]
    assert window.tabs.currentWidget() is page and page.person.name.text() == "钱桂兰"
    assert page.is_dirty()
    assert page.save() is not None  # once the other workstation is done, the same form saves


def test_a_likely_earlier_stay_is_offered_before_saving_and_becomes_a_repeat_admission(
    qtbot, window, services, admin, face_photos, monkeypatch
):
    from station.ui.earlier_dialog import NEW, SAME, EarlierStayDialog
    from tests.factories import depart, intake

    earlier = services.intake.register(
        intake(admitted_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=200),
               photos=[face_photos["obama2"]], name="周建华", age_low=55, age_high=65),
        admin,
    )  # fmt: skip
    depart(services, earlier.person_id, dt.datetime.now(dt.UTC) - dt.timedelta(days=190))
    shown = []

    def choose(answer):
        def exec_(dialog):
            shown.append(dialog)
            assert dialog.table.rowCount() == 1
            assert dialog.table.item(0, 1).text() == "周建华"
            assert dialog.table.item(0, 2).text() == earlier.case_number
            assert dialog.selected() == earlier.person_id
            (
                dialog.same if answer == SAME else dialog.new if answer == NEW else dialog.back
            ).click()
            return dialog.result()

        monkeypatch.setattr(EarlierStayDialog, "exec", exec_)

    page = window.open_intake()
    fill_intake(qtbot, page, face_photos["obama"])
    page.person.age_low.setValue(55)
    page.person.age_high.setValue(65)
    choose(0)  # 返回修改: nothing saved, the form stays as it was
    assert page.save() is None and page.is_dirty() and len(shown) == 1
    choose(SAME)
    result = page.save()
    assert result is not None and result.repeat and result.person_id == earlier.person_id
    with services.db.read() as s:
        assert s.exec(select(func.count()).select_from(Person)).one() == 1


def test_an_edit_that_crosses_another_workstations_save_keeps_the_typing_and_asks_again(
    qtbot, window, services, monkeypatch, face_photos, config, clock
):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from station.services.container import Services
    from station.ui.person_page import EditPersonDialog
    from tests.conftest import ADMIN_PASSWORD
    from tests.factories import fields_of

    page = window.open_intake()
    fill_intake(qtbot, page, face_photos["obama3"])
    result = page.save()
    person_page = window.tabs.currentWidget()
    # The social-work office changes the dialect while this desk has the record open.
    office = Services.open(config, now=clock)
    staff = office.auth.login("admin", ADMIN_PASSWORD)
    base = office.persons.detail(result.person_id).person
    office.persons.update(
        result.person_id, fields_of(base, dialect="闽南话"), staff, expected_version=base.version
    )
    # (the desk's user types a name meanwhile; both changed nothing else)
    office.close()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    forms: list[str] = []

    def fill_and_accept(dialog):
        if not forms:
            type_text(qtbot, dialog.form.name, "周德福")
        forms.append(dialog.form.name.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EditPersonDialog, "exec", fill_and_accept)
    person_page.edit_button.click()
    # The first save was refused and said why; the same form, still holding the typed name, was
    # offered again and its second save went through.
    assert len(shown) == 1 and "方言口音" in shown[0] and "还没有保存" in shown[0]
    assert forms == ["周德福", "周德福"]
    # Both changes are kept: the name typed here and the dialect saved by the office.
    saved = services.persons.detail(result.person_id).person
    assert (saved.name, saved.dialect) == ("周德福", "闽南话")


def test_a_stored_photo_that_no_longer_matches_is_not_shown_as_the_persons_face(
    qtbot, window, services, admin, face_photos
):
    from tests.factories import intake

    person = services.intake.register(
        intake(admitted_at=dt.datetime.now(dt.UTC), photos=[face_photos["obama"]]), admin
    ).person_id
    (photo,) = services.persons.detail(person).photos
    stored = services.persons.photo_path(photo)
    stored.write_bytes(face_photos["biden"].read_bytes())  # another face under this one's name
    page = window.open_person(person)
    assert page.photo.pixmap().isNull()
    assert "与登记时不符" in page.photo.text() and "station check" in page.photo.text()


def test_two_records_of_one_man_are_merged_from_the_case_file(
    qtbot, window, services, admin, face_photos, monkeypatch
):
    from station.ui.merge_dialog import MergeDialog
    from tests.factories import depart, intake

    now = dt.datetime.now(dt.UTC)
    earlier = services.intake.register(
        intake(admitted_at=now - dt.timedelta(days=40), photos=[face_photos["obama"]]), admin
    )
    depart(services, earlier.person_id, now - dt.timedelta(days=38))
    later = services.intake.register(
        intake(admitted_at=now - dt.timedelta(hours=1), name="周德明",
               photos=[face_photos["obama2"]]), admin,
    )  # fmt: skip
    old_page = window.open_person(earlier.person_id)
    page = window.open_person(later.person_id)
    assert page.more_button.isVisible()
    seen = []

    def use(dialog):
        seen.append(dialog)
        dialog.case.setText("2099-999999")
        assert not dialog.find() and "没有入站编号为 2099-999999" in dialog.message.text()
        dialog.case.setText(services.persons.detail(later.person_id).stays[0].case_number)
        assert not dialog.find() and "与它自己合并" in dialog.message.text()
        dialog.case.setText(services.persons.detail(earlier.person_id).stays[0].case_number)
        assert dialog.find() and dialog.merge_button.isEnabled()
        asked = []
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)  # fmt: skip
        assert not dialog.do_merge()  # no reason yet: said, nothing merged
        assert "请填写合并的理由" in dialog.message.text()
        dialog.reason.setText("照片比对确认为同一人")
        assert dialog.do_merge() and "不能自动撤销" in asked[-1]
        return 1

    monkeypatch.setattr(MergeDialog, "exec", use)
    page.merge_action.trigger()
    assert seen and seen[0].merged
    # The merged record's tab is gone; this case file shows both stays and both photos.
    assert all(window.tabs.widget(i) is not old_page for i in range(window.tabs.count()))
    page = window.tabs.currentWidget()
    assert page.person_id == later.person_id
    assert len(page.detail.stays) == 2 and page.photo_list.count() == 2
    merged = page.timeline.item(0).text()
    assert "合并重复档案" in merged and "并入的入站次数：1" in merged
    assert "原因：照片比对确认为同一人" in merged
    # Opening the merged record (from an old reference) opens the kept one.
    assert window.open_person(earlier.person_id) is page


def test_a_staff_given_name_stays_a_代称_when_the_police_find_the_identity(
    qtbot, window, services, monkeypatch
):
    from station.domain.casework import AttemptKind
    from station.ui.identify_dialog import IdentifyDialog

    page = window.open_intake()
    assert not page.person.placeholder.isEnabled()  # nothing to mark until a name is typed
    type_text(qtbot, page.person.name, "吴某某")
    page.person.placeholder.setChecked(True)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    person_page = window.tabs.currentWidget()
    assert isinstance(person_page, PersonPage) and person_page.title.text() == "吴某某（代称）"
    assert person_page.identify_button.isVisible()

    def police_answer(dialog):
        assert not dialog.offer.offered and not dialog.taken("name")  # no record: nothing offered
        dialog.facts["name"].take.setChecked(True)
        type_text(qtbot, dialog.name, "罗某某")
        dialog.facts["id_number"].take.setChecked(True)
        type_text(qtbot, dialog.id_edit, "110101197603100019")
        dialog.how.setCurrentIndex(dialog.how.findData(AttemptKind.POLICE_DNA))
        type_text(qtbot, dialog.channel, "市公安局刑侦支队")
        # The intake page took the workstation's own time; the dialog offers the services' clock
        # (fixed when the test began): answer with the time now, as a worker would see it.
        dialog.at.setDateTime(QDateTime.currentDateTime())
        assert dialog.save(), dialog.banner.text() + str(dialog.errors.labels["at"].text())
        return 1

    monkeypatch.setattr(IdentifyDialog, "exec", police_answer)
    person_page.identify_button.click()
    assert person_page.title.text() == "罗某某"
    assert window.tabs.tabText(window.tabs.indexOf(person_page)) == "罗某某"
    assert "吴某某（代称）" in person_page.casework.names_text()
    assert not person_page.identify_button.isVisible()
    person = services.persons.detail(person_page.person_id).person
    assert (person.identified_how, person.birth_date) == ("police_dna", dt.date(1976, 3, 10))
    window.residents.search.setText("吴某某")  # still found by the name he went by
    window.residents.apply_filter()
    assert window.residents.model.rowCount() == 1
