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
