"""Restoring from the window: the window lets go of the station first (its own hold would refuse
the restore), the restore goes through, and the window closes."""

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlmodel import func, select

from station.config import Config
from station.services.container import Services
from station.store.models import Person
from tests.factories import intake


@pytest.fixture
def backend():
    return "sqlite"  # a shared database is restored into a new one, by command


def test_restore_chosen_in_the_backup_dialog_replaces_the_data_and_closes_the_window(
    window, services, admin, clock, config, answer, monkeypatch
):
    services.intake.register(intake(admitted_at=clock.now, name="备份里的人"), admin)
    made = services.backup.create()
    clock.advance(minutes=5)
    services.intake.register(intake(admitted_at=clock.now, name="备份之后的人"), admin)
    told = []
    monkeypatch.setattr(
        QMessageBox, "information",
        staticmethod(lambda parent, title, text, *a, **k: told.append((title, text))),
    )  # fmt: skip
    dialog = window.open_backups()
    row = [b.path for b in dialog.backups].index(made.path)
    dialog.table.selectRow(row)
    asked = answer(QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert asked and "替换现在的全部数据" in asked[0]
    assert told and told[0][0] == "已恢复", told
    assert not window.isVisible()
    again = Services.open(Config(config.data_dir, config.database_url))
    try:
        with again.db.read() as s:
            assert s.exec(select(func.count()).select_from(Person)).one() == 1
    finally:
        again.close()
