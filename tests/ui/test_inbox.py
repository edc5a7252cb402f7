"""比对待审 through the real window: a list arrives, the match waits in the inbox, one review ends it."""

from PySide6.QtWidgets import QInputDialog

from station.domain.matching import Decision
from station.ui.identify_dialog import IdentifyDialog
from station.ui.review_dialog import ReviewDialog
from tests.factories import intake
from tests.ui.test_photo_search import make_list


def test_a_list_imported_is_compared_by_itself_and_the_match_waits_for_review(
    qtbot, window, services, admin, clock, tmp_path, face_photos, monkeypatch
):
    data = intake(admitted_at=clock.now, name="吴某某", photos=[face_photos["obama2"]])
    data.name_is_placeholder = True
    wu = services.intake.register(data, admin).person_id
    old = services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["biden"]], age_low=70, age_high=80),
        admin,
    ).person_id
    path, folder = make_list(tmp_path, face_photos)
    mapping = services.lists.preview(path).mapping
    services.lists.import_table(path, mapping, admin, name="走失人员", photo_dir=folder)
    services.lists.encode()

    job = window.start_cross_match()  # what the window does after an import, by itself
    assert job is not None
    qtbot.waitUntil(lambda: window.cross_match_job is None, timeout=60_000)
    inbox = window.inbox
    assert [e.person.id for e in inbox.entries] and wu in [e.person.id for e in inbox.entries]
    waiting = sum(len(e.candidates) for e in inbox.entries)
    assert window.tabs.tabText(window.tabs.indexOf(inbox)) == f"比对待审（{waiting}）"
    assert window.todo.waiting.text() == f"比对待审：{waiting} 名候选人等待核对"
    assert "自动比对发现" in window.statusBar().currentMessage()

    # The reviewer takes 吴某某's first candidate: 张建国 (A1), confirmed, the identity found.
    entry = next(e for e in inbox.entries if e.person.id == wu)
    row = inbox.entries.index(entry)
    inbox.tree.setCurrentItem(inbox.tree.topLevelItem(row).child(0))

    def confirm(dialog):
        assert dialog.candidate.subject.title == "张建国"
        dialog.buttons[Decision.CONFIRMED].setChecked(True)
        dialog.reason.setText("家属看照片确认")
        dialog.save()
        return 1

    def identity(dialog):
        assert dialog.name.text() == "张建国"
        assert dialog.save()
        return 1

    monkeypatch.setattr(ReviewDialog, "exec", confirm)
    monkeypatch.setattr(IdentifyDialog, "exec", identity)
    inbox.review_selected()
    assert services.persons.detail(wu).person.name == "张建国"
    window.inbox.refresh()
    assert wu not in [e.person.id for e in inbox.entries]  # identified: out of the inbox

    # 都不是 for the other man, with one reason.
    if old in [e.person.id for e in inbox.entries]:
        row = [e.person.id for e in inbox.entries].index(old)
        inbox.tree.setCurrentItem(inbox.tree.topLevelItem(row))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("都不像", True)))
        assert inbox.none_of_these() >= 1
    assert inbox.entries == [] and window.tabs.tabText(window.tabs.indexOf(inbox)) == "比对待审"
    assert not window.todo.waiting.isVisible()
