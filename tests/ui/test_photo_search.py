"""From a resident's case file to a confirmed match, through the real widgets."""

import shutil

from PySide6.QtWidgets import QTableWidget

from station.domain.casework import AttemptKind, NameKind
from station.domain.enums import Sex
from station.domain.matching import Decision
from station.ui.identify_dialog import IdentifyDialog
from station.ui.import_dialog import ImportDialog
from station.ui.lists_page import ListsPage, ReportDialog
from station.ui.review_dialog import ReviewDialog
from tests.factories import intake

LIST = "编号,姓名,性别,走失时年龄,走失日期,走失地点,照片\n"
LIST += "A1,张建国,男,45,2010-05-01,河南省郑州市,obama.jpg\n"
LIST += "A2,李志强,男,60,2015-01-20,湖北省武汉市,biden.jpg\n"
LIST += "A3,王五,男,30,2015-01-20,,missing.jpg\n"


def make_list(tmp_path, face_photos):
    folder = tmp_path / "photos"
    folder.mkdir()
    for name in ("obama", "biden"):
        shutil.copy(face_photos[name], folder / f"{name}.jpg")
    path = tmp_path / "走失人员.csv"
    path.write_text(LIST, encoding="gb18030")
    return path, folder


def test_import_a_list_through_the_dialog_and_see_its_report(
    qtbot, window, services, tmp_path, face_photos, monkeypatch
):
    path, folder = make_list(tmp_path, face_photos)
    shown = []
    monkeypatch.setattr(ReportDialog, "exec", lambda self: shown.append(self) or 0)
    page = window.open_lists()
    assert isinstance(page, ListsPage)
    dialog = ImportDialog(services.lists, page)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert dialog.name.text() == "走失人员"
    assert dialog.photo_dir.text() == str(folder)  # "photos" beside the list is offered
    assert dialog.combos["name"].currentText() == "姓名"
    report = page.run_import(dialog)
    assert report is not None and report.created == 3
    (result,) = shown
    assert result.table.rowCount() == 1 and "missing.jpg" in result.table.item(0, 2).text()
    saved = tmp_path / "问题.csv"
    result.save(saved)
    assert "missing.jpg" in saved.read_text(encoding="utf-8-sig")
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "3"
    assert page.table.item(0, 3).text() == "0"  # every photo found was encoded
    again = ImportDialog(services.lists, page)
    qtbot.addWidget(again)
    again.target.setCurrentIndex(1)  # update the list just imported: its name comes back
    assert again.name.text() == "走失人员" and again.list_id() == report.list_id


def test_from_the_case_file_to_a_confirmed_match(
    qtbot, window, services, admin, clock, tmp_path, face_photos, monkeypatch
):
    path, folder = make_list(tmp_path, face_photos)
    mapping = services.lists.preview(path).mapping
    services.lists.import_table(path, mapping, admin, name="走失人员", photo_dir=folder)
    services.lists.encode()
    data = intake(
        admitted_at=clock.now, name="吴某某", photos=[face_photos["obama2"]], sex=Sex.MALE
    )
    data.name_is_placeholder = True  # a name the staff gave him
    person_id = services.intake.register(data, admin).person_id

    person_page = window.open_person(person_id)
    person_page.search_button.click()
    search = window.tabs.currentWidget()
    assert search.table.rowCount() >= 2
    assert search.table.item(0, 1).text() == "张建国"
    assert "比对了" in search.status.text()

    def decide(dialog):
        assert dialog.facts.item(0, 2).text() == "张建国"
        rows = [dialog.facts.item(r, 0).text() for r in range(dialog.facts.rowCount())]
        assert "户籍地" in rows  # what identification will offer, seen while deciding
        assert dialog.candidate.subject.photo_path.is_file()
        dialog.buttons[Decision.CONFIRMED].setChecked(True)
        dialog.save()  # without a reason: refused, explained, nothing saved
        dialog.reason.setText("家属看照片确认")
        dialog.save()
        return 1

    warnings = []
    monkeypatch.setattr(
        "station.ui.review_dialog.QMessageBox.warning",
        lambda parent, title, text: warnings.append(text),
    )
    identified = []

    def take_over(dialog):
        # 确认 leads straight into 身份查明, filled from record A1 of the list.
        assert isinstance(dialog, IdentifyDialog)
        assert dialog.name.text() == "张建国" and dialog.taken("name")
        assert dialog.keep_as.currentData() == NameKind.PLACEHOLDER
        assert (dialog.channel.text(), dialog.reference.text()) == ("走失人员", "A1")
        assert dialog.how.currentData() == AttemptKind.PHOTO_SEARCH
        assert not dialog.taken("sex")  # the record agrees with the file: nothing to take
        dialog.notes.setPlainText("家属看照片确认")
        identified.append(dialog.save())
        return 1

    monkeypatch.setattr(ReviewDialog, "exec", decide)
    monkeypatch.setattr(IdentifyDialog, "exec", take_over)
    search.table.selectRow(0)
    search.review(0)
    assert warnings == ["请填写判断理由"]
    assert identified == [True]
    (kept, *_) = services.matching.candidates_for(person_id)
    assert kept.decision == Decision.CONFIRMED and kept.decided_by == admin.id

    # The case file, open before, now shows the identity: title, tab, names, attempts.
    assert window.tabs.currentWidget() is person_page
    assert person_page.title.text() == "张建国"
    assert window.tabs.tabText(window.tabs.indexOf(person_page)) == "张建国"
    assert not person_page.identify_button.isVisible()
    names = person_page.casework.names_text()
    assert "吴某某（代称）" in names
    attempts = person_page.casework.attempts_tab.findChild(QTableWidget)
    results = [attempts.item(r, c).text() for r in range(attempts.rowCount())
               for c in range(attempts.columnCount()) if attempts.item(r, c)]  # fmt: skip
    assert "已确认" in results and "走失人员" in results
    assert services.persons.detail(person_id).person.identified_how == "photo_search"


def test_export_a_list_as_pfif_and_import_it_back(
    qtbot, window, services, tmp_path, face_photos, monkeypatch
):
    path, folder = make_list(tmp_path, face_photos)
    mapping = services.lists.preview(path).mapping
    report = services.lists.import_table(
        path, mapping, window.staff, name="走失人员", photo_dir=folder
    )
    page = window.open_lists()
    told = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information",
        staticmethod(lambda parent, title, text, *a: told.append(text)),
    )
    out = tmp_path / "out" / "交换.xml"
    out.parent.mkdir()
    assert page.export(report.list_id, out, embed_photos=True) == 3
    assert told == [f"已导出 3 人到 {out}。"]
    monkeypatch.setattr(ReportDialog, "exec", lambda self: 0)
    dialog = ImportDialog(services.lists, page)
    qtbot.addWidget(dialog)
    assert dialog.load(out)
    assert dialog.combos["name"].currentText() == "full_name"
    assert dialog.photo_dir.text() == ""  # PFIF photos are embedded or named relative to the file
    again = page.run_import(dialog)
    assert again is not None and again.created == 3
    assert page.table.rowCount() == 2 and page.table.item(1, 3).text() == "0"


def test_a_photo_of_several_people_asks_which_face_to_search_with(
    qtbot, window, services, admin, tmp_path, face_photos, monkeypatch
):
    from PIL import Image

    from station.ui.face_picker import FacePickerDialog

    path, folder = make_list(tmp_path, face_photos)
    mapping = services.lists.preview(path).mapping
    services.lists.import_table(path, mapping, admin, name="走失人员", photo_dir=folder)
    services.lists.encode()
    big = Image.open(face_photos["obama2"]).convert("RGB")
    small = Image.open(face_photos["biden"]).convert("RGB")
    small = small.resize((small.width * 2 // 3, small.height * 2 // 3))
    group = Image.new("RGB", (big.width + small.width + 40, big.height), "white")
    group.paste(big, (0, 0))
    group.paste(small, (big.width + 40, 0))
    photo = tmp_path / "合影.jpg"
    group.save(photo, quality=92)

    offered = []

    def pick_second(dialog):
        offered.append(dialog.faces.count())
        assert not dialog.faces.item(0).icon().isNull()
        dialog.faces.setCurrentRow(1)
        return 1

    monkeypatch.setattr(FacePickerDialog, "exec", pick_second)
    page = window.open_search()
    assert page.set_file(photo)
    page.search()
    assert offered == [2]
    assert page.table.item(0, 1).text() == "李志强"  # the smaller face, as chosen
