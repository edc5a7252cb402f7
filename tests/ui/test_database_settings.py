"""This workstation's database: tried before it is saved, read at the next start."""

import os

import pytest
from PySide6.QtWidgets import QMessageBox

from station.config import Config
from station.ui.database_dialog import DatabaseDialog
from tests import postgres


def test_a_shared_database_is_tried_then_saved_for_the_next_start(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("STATION_DATABASE_URL", raising=False)
    config = Config.load(tmp_path / "pc")
    dialog = DatabaseDialog(config)
    qtbot.addWidget(dialog)
    assert dialog.single.isChecked() and not dialog.shared_box.isEnabled()
    dialog.shared.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.user.setText("station")
    dialog.password.setText("secret-1")
    dialog.test()
    assert dialog.result_label.text().startswith("连接失败：无法连接共享数据库")

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    dialog.save()  # no shared folder yet
    assert warned and "文件夹" in warned[0] and not dialog.result()
    dialog.folder.setText(str(tmp_path / "share"))
    dialog.save()
    loaded = Config.load(tmp_path / "pc")
    assert loaded.database_url == "postgresql+psycopg://station:secret-1@127.0.0.1:1/station"
    assert loaded.files == tmp_path / "share"
    assert os.stat(tmp_path / "pc" / "settings.json").st_mode & 0o077 == 0  # the owner's only

    again = DatabaseDialog(loaded)
    qtbot.addWidget(again)
    assert again.shared.isChecked() and again.password.text() == "secret-1"
    again.single.setChecked(True)
    again.save()
    assert Config.load(tmp_path / "pc").database_url.startswith("sqlite:///")


def test_the_test_says_whether_a_reachable_database_holds_a_station(qtbot, tmp_path, monkeypatch):
    from sqlalchemy.engine import make_url

    if not postgres.ADMIN_URL:
        pytest.skip("needs STATION_TEST_POSTGRES_URL")
    name = postgres.fresh_database("template0")
    try:
        url = make_url(postgres.url_of(name))
        dialog = DatabaseDialog(Config(tmp_path, "sqlite:///x"))
        qtbot.addWidget(dialog)
        dialog.shared.setChecked(True)
        dialog.host.setText(url.host)
        dialog.port.setValue(url.port or 5432)
        dialog.database.setText(name)
        dialog.user.setText(url.username)
        dialog.password.setText(str(url.password))
        dialog.folder.setText(str(tmp_path / "share"))
        found = dialog.test()
        assert found is not None and found.server.startswith("PostgreSQL")
        assert "空数据库" in dialog.result_label.text()
    finally:
        postgres.drop(name)


def test_a_new_pc_joins_the_shared_database_from_the_first_start(
    qtbot, services, config, monkeypatch
):
    from PySide6.QtWidgets import QDialog

    from station.app import RECONFIGURED, login
    from station.ui.login import FirstAdminDialog

    def choose_shared(dialog):
        dialog.shared.setChecked(True)
        dialog.host.setText("db.station.local")
        dialog.folder.setText(str(config.data_dir / "share"))
        dialog.save()
        return dialog.result()

    def join(dialog):
        dialog.join_shared()
        return dialog.result()

    monkeypatch.setattr(DatabaseDialog, "exec", choose_shared)
    monkeypatch.setattr(FirstAdminDialog, "exec", join)
    assert login(services, config) is RECONFIGURED
    assert not services.auth.has_staff()  # no administrator made in the wrong database
    assert "db.station.local" in Config.load(config.data_dir).database_url
    assert QDialog.DialogCode.Accepted != FirstAdminDialog.RECONFIGURED
