"""A window stays current while another workstation works on the same station."""

from station.domain.errors import UserError
from station.services.changes import ChangeWatch
from station.services.container import Services
from tests.conftest import ADMIN_PASSWORD
from tests.factories import intake


def test_another_workstations_intake_appears_in_the_resident_list(qtbot, window, config, clock):
    window.refresher.timer.setInterval(50)
    qtbot.waitUntil(lambda: window.refresher.seen is not None, timeout=3000)
    assert window.residents.model.rowCount() == 0
    desk = Services.open(config, now=clock)
    try:
        staff = desk.auth.login("admin", ADMIN_PASSWORD)
        qtbot.wait(200)  # a login is not a change to any list
        desk.intake.register(intake(admitted_at=clock.now, name="隔壁登记"), staff)
    finally:
        desk.close()
    qtbot.waitUntil(lambda: window.residents.model.rowCount() == 1, timeout=5000)


def test_a_lost_database_is_said_and_so_is_its_return(qtbot, window, monkeypatch):
    window.refresher.timer.setInterval(50)
    qtbot.waitUntil(lambda: window.refresher.seen is not None, timeout=3000)
    real = ChangeWatch.latest

    def down(self):
        raise UserError(
            "无法连接共享数据库 {where}：{reason}", where="db", reason="connection refused"
        )

    monkeypatch.setattr(ChangeWatch, "latest", down)
    qtbot.waitUntil(lambda: "暂时无法连接" in window.statusBar().currentMessage(), timeout=3000)
    assert "connection refused" in window.statusBar().currentMessage()
    monkeypatch.setattr(ChangeWatch, "latest", real)
    qtbot.waitUntil(lambda: "已恢复" in window.statusBar().currentMessage(), timeout=3000)


def _pending_list(services, admin, tmp_path, face_photos):
    import shutil

    folder = tmp_path / "photos"
    folder.mkdir()
    rows = ["编号,姓名,照片"]
    for i, name in enumerate(["obama", "biden", "obama2", "obama3"]):
        shutil.copy(face_photos[name], folder / f"p{i}.jpg")
        rows.append(f"A{i},测试{i},p{i}.jpg")
    path = tmp_path / "名单.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    mapping = services.lists.preview(path).mapping
    services.lists.import_table(path, mapping, admin, name="名单", photo_dir=folder)
    assert services.lists.pending_photos() == 4  # as after an encoder change


def _status_texts(window):
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in window.statusBar().findChildren(QLabel)]


def test_pending_list_photos_are_encoded_in_the_background(
    qtbot, services, admin, config, tmp_path, face_photos
):
    from station.ui.main_window import MainWindow

    _pending_list(services, admin, tmp_path, face_photos)
    window = MainWindow(services, admin, config.data_dir)
    qtbot.addWidget(window)
    job = window.background_encode
    assert job is not None and job.isRunning()  # nothing modal: the window is free meanwhile
    page = window.open_lists()
    assert not page.encode_button.isEnabled()  # no second run beside it
    qtbot.waitUntil(job.isFinished, timeout=60_000)
    assert services.lists.pending_photos() == 0
    qtbot.waitUntil(lambda: any("编码完成：4 张" in t for t in _status_texts(window)))


def test_background_encoding_pauses_and_what_is_left_waits(
    qtbot, services, admin, config, tmp_path, face_photos
):
    from station.ui.background import EncodeStatus
    from station.ui.main_window import MainWindow

    _pending_list(services, admin, tmp_path, face_photos)
    window = MainWindow(services, admin, config.data_dir)
    qtbot.addWidget(window)
    (status,) = window.statusBar().findChildren(EncodeStatus)
    job = status.job
    status.pause_button.click()
    qtbot.waitUntil(job.isFinished, timeout=60_000)
    left = services.lists.pending_photos()
    assert left > 0
    qtbot.waitUntil(lambda: any(f"还剩 {left} 张" in t for t in _status_texts(window)))
