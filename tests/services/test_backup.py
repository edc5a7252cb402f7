"""Backups of a SQLite station: consistent, verified, pruned, restored without losing anything."""

import hashlib
import json
import os
import sqlite3

import pytest

from station import cli
from station.domain.errors import UserError
from tests.factories import intake
from tests.services.test_integrity import make_station


@pytest.fixture
def backend():
    """These backups copy a SQLite file; a PostgreSQL station is backed up by pg_dump."""
    return "sqlite"


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_holds_the_database_photos_and_documents_with_their_hashes(
    services, admin, clock, face_photos
):
    person, printed = make_station(services, admin, clock, face_photos)
    made = services.backup.create()
    manifest = json.loads((made.path / "manifest.json").read_text("utf-8"))
    photo = services.persons.detail(person).photos[0]
    names = set(manifest["files"])
    assert "station.db" in names
    assert f"photos/{photo.sha256[:2]}/{photo.sha256}.{photo.ext}" in names
    assert f"documents/{printed.record.sha256[:2]}/{printed.record.sha256}.pdf" in names
    assert services.backup.verify(made.path) == []
    conn = sqlite3.connect(made.path / "station.db")  # a whole database, taken while open
    assert conn.execute("SELECT count(*) FROM person").fetchone() == (1,)
    conn.close()
    # A damaged copy is found by its hash.
    copied = made.path / f"photos/{photo.sha256[:2]}/{photo.sha256}.{photo.ext}"
    copied.write_bytes(b"x" + copied.read_bytes()[1:])
    assert any("校验值不符" in p for p in services.backup.verify(made.path))


def test_only_the_last_backups_are_kept_and_a_cut_short_one_is_never_listed(
    services, admin, clock, face_photos
):
    make_station(services, admin, clock, face_photos)
    for _ in range(4):
        services.backup.create(keep=3)
        clock.advance(minutes=1)
    kept = services.backup.backups()
    assert len(kept) == 3
    assert [b.path.name for b in kept] == sorted((b.path.name for b in kept), reverse=True)
    partial = services.backup.default_folder / ".partial-station-backup-20260101-000000"
    partial.mkdir()  # as a crash during a backup leaves it
    (partial / "station.db").write_bytes(b"half")
    assert len(services.backup.backups()) == 3


def test_a_restore_verifies_first_and_keeps_what_it_replaces(
    services, admin, clock, face_photos, config, capsys
):
    make_station(services, admin, clock, face_photos)
    made = services.backup.create()
    clock.advance(minutes=5)
    services.intake.register(intake(admitted_at=clock.now, name="后来的人"), admin)
    services.close()
    base = ["--data-dir", str(config.data_dir)]

    # A damaged backup replaces nothing.
    broken = made.path.with_name(made.path.name + "-copy")
    broken.mkdir()
    for name in os.listdir(made.path):
        (broken / name).symlink_to(made.path / name)
    json_path = broken / "manifest.json"
    manifest = json.loads(json_path.read_text("utf-8"))
    manifest["files"]["station.db"] = "0" * 64
    json_path.unlink()
    json_path.write_text(json.dumps(manifest), "utf-8")
    before = digest(config.data_dir / "station.db")
    assert cli.main([*base, "restore", str(broken)]) == 2
    assert "不完整或已损坏" in capsys.readouterr().err
    assert digest(config.data_dir / "station.db") == before

    assert cli.main([*base, "restore", str(made.path)]) == 0
    out = capsys.readouterr().out
    aside = next(config.data_dir.glob("before-restore-*"))
    assert str(aside) in out
    conn = sqlite3.connect(config.data_dir / "station.db")
    assert [r[0] for r in conn.execute("SELECT name FROM person")] != ["后来的人"]
    assert conn.execute("SELECT count(*) FROM person").fetchone() == (1,)
    conn.close()
    conn = sqlite3.connect(aside / "station.db")  # what was replaced is kept
    assert conn.execute("SELECT count(*) FROM person").fetchone() == (2,)
    conn.close()
    assert cli.main([*base, "check"]) == 0  # the restored station is whole


def test_not_a_backup_is_refused_by_name(services, tmp_path):
    with pytest.raises(UserError, match="不是 Station 的备份"):
        services.backup.verify(tmp_path)


def test_a_restore_cut_short_by_a_full_disk_leaves_the_station_untouched(
    services, admin, clock, face_photos, config, monkeypatch
):
    from station.store import restore_swap

    make_station(services, admin, clock, face_photos)
    made = services.backup.create()
    services.close()
    before = digest(config.data_dir / "station.db")
    real_copy = restore_swap._copy_synced
    copied = []

    def copy_until_the_disk_is_full(source, target):
        if copied:
            raise OSError(28, "No space left on device")
        copied.append(target)
        return real_copy(source, target)

    monkeypatch.setattr(restore_swap, "_copy_synced", copy_until_the_disk_is_full)
    with pytest.raises(UserError, match=r"现有数据没有任何改动.*No space left"):
        services.backup.restore(made.path)
    monkeypatch.undo()
    assert digest(config.data_dir / "station.db") == before
    assert not list(config.data_dir.glob("before-restore-*"))
    assert not list(config.data_dir.glob(".restoring-*"))  # the half-built copy is gone
    assert cli.main(["--data-dir", str(config.data_dir), "check"]) == 0


@pytest.mark.parametrize(
    "name",
    ["../../outside.txt", "photos/../../outside.txt", "/tmp/outside.txt", "photos\\..\\..\\x",
     "C:/x", ".bashrc", "photos//x", "cache/x"],
)  # fmt: skip
def test_a_backup_naming_a_path_outside_its_own_files_is_refused_and_writes_nothing(
    services, admin, clock, face_photos, tmp_path, name
):
    """A manifest from a folder handed over on a USB stick must not write outside the data
    folder (``../../.bashrc`` would run code at the next login)."""
    make_station(services, admin, clock, face_photos)
    made = services.backup.create()
    manifest_file = made.path / "manifest.json"
    manifest = json.loads(manifest_file.read_text("utf-8"))
    (made.path / "outside.txt").write_text("payload", "utf-8")
    manifest["files"][name] = digest(made.path / "outside.txt")
    manifest_file.write_text(json.dumps(manifest), "utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    for attempt in (services.backup.restore, services.backup.verify, services.backup.describe):
        with pytest.raises(UserError) as refused:
            attempt(made.path)
        assert "manifest.json 中的路径" in refused.value.message and name in refused.value.message
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert services.backup.backups() == []  # not offered for a restore either
