"""One station, one restore: restore, repair and upgrades refuse while another program has the
station open (and name it); opening waits for none of them but refuses while one runs; a station
whose database file is gone is never started afresh; a backup that could not copy a file says so."""

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlmodel import select

from station import cli
from station.domain.errors import UserError
from station.services.container import Services
from station.store import station_lock
from station.store.models import Person
from tests.factories import intake
from tests.services.test_integrity import make_station

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from station.config import Config
    from station.services.container import Services
    from station.store.station_lock import FileLock

    data, url, how = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    if how == "open":
        held = Services.open(Config(data, url), program="station 测试持有者")
    else:  # a restore in progress elsewhere
        held = FileLock(data).exclusive("恢复备份")
    print("ready", flush=True)
    time.sleep(300)
    """
)


@pytest.fixture
def other_program(config):
    """Start another program that holds the station (``open``) or restores it (``restore``)."""
    started = []

    def start(how="open"):
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(config.data_dir), config.database_url, how],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        started.append(proc)
        line = proc.stdout.readline()
        assert line.strip() == "ready", proc.stderr.read()
        return proc

    yield start
    for proc in started:
        proc.kill()
        proc.communicate()


def test_repair_is_refused_while_another_program_has_the_station_open_and_names_it(
    services, admin, clock, face_photos, config, other_program, capsys
):
    make_station(services, admin, clock, face_photos)
    holder = other_program("open")
    base = ["--data-dir", str(config.data_dir)]
    assert cli.main([*base, "check", "--repair"]) == 2
    err = capsys.readouterr().err
    assert "无法修复数据：工作站正在被使用" in err
    if services.db.is_sqlite:  # a file lock knows the process; PostgreSQL names the session
        assert f"进程 {holder.pid}" in err and "station 测试持有者" in err
    else:
        assert f"pid {holder.pid}" in err
    assert cli.main([*base, "check"]) == 0  # reading alongside is fine
    holder.kill()  # killed: the operating system (or the server) drops what it held
    holder.wait()
    services.close()  # this test's own window, too
    assert cli.main([*base, "check", "--repair"]) == 0


@pytest.mark.parametrize("backend", ["sqlite"])
def test_restore_is_refused_while_the_station_is_open_elsewhere_and_goes_ahead_once_it_is_not(
    services, admin, clock, face_photos, config, other_program, backend, capsys
):
    make_station(services, admin, clock, face_photos)
    made = services.backup.create()
    clock.advance(minutes=5)
    services.intake.register(intake(admitted_at=clock.now, name="后来的人"), admin)
    services.close()
    holder = other_program("open")
    before = sorted(p.name for p in config.data_dir.iterdir())
    with pytest.raises(UserError) as refused:
        services.backup.restore(made.path)
    assert "无法恢复备份：工作站正在被使用" in refused.value.message
    assert f"进程 {holder.pid}" in refused.value.message
    assert sorted(p.name for p in config.data_dir.iterdir()) == before  # nothing moved
    # The import of the issue (another process writing while a restore ran) cannot happen now.
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert cli.main(["--data-dir", str(config.data_dir), "restore", str(made.path)]) == 0
    again = Services.open(config)
    try:
        with again.db.read() as s:
            names = s.exec(select(Person.name)).all()
        assert names and "后来的人" not in names
        assert again.integrity.check().ok
    finally:
        again.close()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_station_cannot_be_opened_while_it_is_being_restored(
    services, config, other_program, backend
):
    services.close()
    restorer = other_program("restore")
    with pytest.raises(UserError) as refused:
        Services.open(config)
    assert "工作站正在恢复备份" in refused.value.message
    assert f"进程 {restorer.pid}" in refused.value.message
    restorer.kill()
    restorer.wait()
    Services.open(config).close()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_upgrade_waits_until_no_other_program_has_the_station_open(
    config, other_program, backend
):
    from tests.store.test_migrate import _database_at_revision

    config.ensure_dirs()
    _database_at_revision(config.data_dir / "station.db", "0001")
    lock = station_lock.FileLock(config.data_dir)
    other = lock.hold("station（旧版本的窗口）")  # an older Station still running on it
    try:
        with pytest.raises(UserError, match=r"无法升级数据库：工作站正在被使用.*旧版本的窗口"):
            Services.open(config)
    finally:
        other.close()
    opened = Services.open(config)
    opened.close()
    assert opened.migration.from_revision == "0001"


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("how", ["deleted", "emptied"])
def test_a_station_whose_database_is_gone_is_not_started_afresh(
    services, admin, clock, face_photos, config, capsys, backend, how
):
    make_station(services, admin, clock, face_photos)
    made = services.backup.create()
    services.close()
    db_file = config.data_dir / "station.db"
    for name in ("station.db", "station.db-wal", "station.db-shm"):
        (config.data_dir / name).unlink(missing_ok=True)
    if how == "emptied":
        db_file.write_bytes(b"")
    assert cli.main(["--data-dir", str(config.data_dir), "check"]) == 2
    err = capsys.readouterr().err
    assert str(db_file) in err and str(made.path) in err and "没有新建数据库" in err
    assert (
        db_file.exists() == (how == "emptied") and db_file.stat().st_size == 0
        if (how == "emptied")
        else not db_file.exists()
    )
    with pytest.raises(UserError, match="没有新建数据库"):
        Services.open(config)  # the window is refused the same way
    assert cli.main(["--data-dir", str(config.data_dir), "restore", str(made.path)]) == 0
    assert cli.main(["--data-dir", str(config.data_dir), "check"]) == 0


def test_a_new_station_is_still_created_where_nothing_was(tmp_path):
    from station.config import Config

    Services.open(Config(tmp_path / "new", f"sqlite:///{tmp_path / 'new' / 'station.db'}")).close()
    assert (tmp_path / "new" / "station.db").stat().st_size > 0


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_backup_missing_a_photo_says_which_and_fails(
    services, admin, clock, face_photos, config, capsys, backend
):
    person, _ = make_station(services, admin, clock, face_photos)
    photo = services.persons.detail(person).photos[0]
    stored = services.photos.path(photo.sha256, photo.ext)
    stored.unlink()
    assert cli.main(["--data-dir", str(config.data_dir), "backup"]) == 1
    err = capsys.readouterr().err
    relative = stored.relative_to(config.data_dir).as_posix()
    assert "未能备份" in err and relative in err
    (made,) = services.backup.backups()
    assert made.missing == (relative,)  # the backup itself records what it lacks
    manifest = json.loads((made.path / "manifest.json").read_text("utf-8"))
    assert manifest["missing"] == [relative] and relative not in manifest["files"]


def test_a_dead_programs_hold_is_cleared(tmp_path):
    lock = station_lock.FileLock(tmp_path)
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from station.store.station_lock import FileLock\n"
        "FileLock(Path(sys.argv[1])).hold('station 即将被杀')\n"
        "os.kill(os.getpid(), 9)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=False)
    assert proc.returncode == -signal.SIGKILL
    assert list((tmp_path / "locks").glob("holder-*.json"))  # its file stays behind …
    assert lock.holders() == []  # … but nobody holds it, and it is removed
    assert not list((tmp_path / "locks").glob("holder-*.json"))
    with lock.exclusive("恢复备份"):
        pass
    assert os.path.exists(tmp_path / "locks" / "exclusive.lock")
