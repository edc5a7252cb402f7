"""A restore killed (SIGKILL: no clean-up runs) while it copies the backup and at every step of the
swap: the station is afterwards the old one or the new one, whole, and the next start says which."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlmodel import func, select

from station import cli
from station.services.container import Services
from station.store.models import Person
from tests.factories import intake
from tests.services.test_integrity import make_station

# `station restore …` that kills itself after KILL_AFTER calls of KILL_AT: a file copied into the
# new copy ("copy") or a rename ("rename": the journal, each folder moved aside, each moved in).
HARNESS = textwrap.dedent(
    """
    import os, signal, sys
    from station import cli
    from station.store import restore_swap

    at, after = os.environ["KILL_AT"], int(os.environ["KILL_AFTER"])
    calls = {"n": 0}

    def counted(real):
        def call(*a, **k):
            result = real(*a, **k)
            calls["n"] += 1
            if calls["n"] >= after:
                os.kill(os.getpid(), signal.SIGKILL)
            return result
        return call

    if at == "copy":
        restore_swap._copy_synced = counted(restore_swap._copy_synced)
    else:
        os.replace = counted(os.replace)
    sys.exit(cli.main(sys.argv[1:]))
    """
)


@pytest.fixture
def backend():
    return "sqlite"  # a PostgreSQL backup is restored into a new empty database, never swapped


def persons(config):
    services = Services.open(config)
    try:
        with services.db.read() as s:
            count = s.exec(select(func.count()).select_from(Person)).one()
        return count, services.integrity.check().ok, services.recovery_notice()
    finally:
        services.close()


@pytest.mark.parametrize(
    ("at", "after", "becomes"),
    [
        ("copy", 1, "old"),  # the database copied, the photos not yet
        ("copy", 3, "old"),  # every file copied, the journal not yet written
        ("rename", 1, "new"),  # the journal written, nothing moved
        ("rename", 2, "new"),  # the old database moved aside, its photos not
        ("rename", 5, "new"),  # all moved aside, the journal at its second stage
        ("rename", 7, "new"),  # the new documents and photos in place, not the database
    ],
)
def test_a_restore_killed_at_any_point_leaves_the_old_station_or_the_new_one(
    services, admin, clock, face_photos, config, capsys, at, after, becomes
):
    make_station(services, admin, clock, face_photos)  # one person, a photo, a document
    made = services.backup.create()
    clock.advance(minutes=5)
    services.intake.register(intake(admitted_at=clock.now, name="备份之后登记的人"), admin)
    services.close()
    env = {**os.environ, "KILL_AT": at, "KILL_AFTER": str(after)}
    proc = subprocess.run(
        [sys.executable, "-c", HARNESS, "--data-dir", str(config.data_dir), "restore",
         str(made.path)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]

    count, whole, notice = persons(config)  # the next start, like any command or the window
    assert whole
    assert count == (1 if becomes == "new" else 2)
    if becomes == "new":
        assert "这次启动时已完成" in notice.message
        (aside,) = config.data_dir.glob("before-restore-*")
        assert str(aside) in notice.message
        assert (aside / "station.db").is_file()  # the replaced station is kept
    else:
        assert "未完成的副本已删除" in notice.message
        assert not list(config.data_dir.glob("before-restore-*"))
    assert not list(config.data_dir.glob(".restoring-*"))
    assert not (config.data_dir / "restore-journal.json").exists()
    assert persons(config)[2] is None  # said once
    assert cli.main(["--data-dir", str(config.data_dir), "check"]) == 0
    capsys.readouterr()
