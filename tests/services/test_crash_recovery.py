"""The process killed (SIGKILL: no clean-up runs) in the middle of a list import, of encoding and of
a backup; afterwards the import is resumed or the backup restored, and every record and photo hash
is checked."""

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlmodel import func, select

from station.services.container import Services
from station.services.lists import CHUNK, COMMIT_EVERY
from station.store.models import MissingList, MissingPhoto, MissingRecord, Person
from tests.conftest import ADMIN_PASSWORD
from tests.factories import intake

# Runs `station …` and kills itself with SIGKILL at a chosen point: after KILL_AFTER progress
# calls of the step named KILL_STEP, or after KILL_AFTER files copied into a backup.
HARNESS = textwrap.dedent(
    """
    import os, signal, shutil, sys
    from station import cli, commands

    step, after = os.environ["KILL_STEP"], int(os.environ["KILL_AFTER"])
    calls = {"n": 0}

    def die_after_some():
        calls["n"] += 1
        if calls["n"] >= after:
            os.kill(os.getpid(), signal.SIGKILL)

    if step == "backup":
        real_copy = shutil.copy2
        def copy2(*a, **k):
            result = real_copy(*a, **k)
            die_after_some()
            return result
        shutil.copy2 = copy2
    else:
        real_call = commands._Bar.__call__
        def call(self, done, total):
            if self.label == step and done > 0:
                die_after_some()
            return real_call(self, done, total)
        commands._Bar.__call__ = call
    sys.exit(cli.main(sys.argv[1:]))
    """
)


def run_until_killed(config, step, after, *args):
    env = {**os.environ, "KILL_STEP": step, "KILL_AFTER": str(after),
           "STATION_PASSWORD": ADMIN_PASSWORD}  # fmt: skip
    proc = subprocess.run(
        [sys.executable, "-c", HARNESS, "--data-dir", str(config.data_dir), *args],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_list(tmp_path, face_photos, rows, distinct):
    """A list of ``rows`` people; ``distinct`` photo files (small copies of real faces, each with
    bytes of its own) used in turn."""
    from PIL import Image

    folder = tmp_path / "photos"
    folder.mkdir()
    faces = ["obama", "biden", "obama2", "obama3"]
    for i in range(distinct):
        with Image.open(face_photos[faces[i % len(faces)]]) as image:
            image.thumbnail((480, 480))
            image.convert("RGB").save(folder / f"p{i}.jpg", quality=90)
        with (folder / f"p{i}.jpg").open("ab") as f:
            f.write(f"#{i}".encode())
    lines = ["编号,姓名,照片"] + [f"A{i},测试{i},p{i % distinct}.jpg" for i in range(rows)]
    path = tmp_path / "名单.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, folder


def whole_list(services, rows):
    """Every record once, with its photo; every encoded photo's file matches its hash."""
    with services.db.read() as s:
        records = s.exec(select(func.count()).select_from(MissingRecord)).one()
        photos = s.exec(select(MissingPhoto)).all()
        (listed,) = s.exec(select(MissingList)).all()
    assert records == rows == listed.record_count and len(photos) == rows
    for photo in photos:
        if photo.status == "encoded":
            assert sha(services.photos.path(photo.sha256, photo.ext)) == photo.sha256
    return sum(p.status == "encoded" for p in photos)


def test_a_list_import_killed_while_reading_resumes_without_duplicates(
    services, admin, config, tmp_path, face_photos, clock
):
    rows = CHUNK + 40  # the first chunk is committed, then the process dies
    path, folder = make_list(tmp_path, face_photos, rows, distinct=4)
    services.close()
    run_until_killed(config, "读取", 1, "import-list", str(path), "--photos", str(folder))
    again = Services.open(config, now=clock)
    try:
        (listed,) = again.lists.lists()
        with again.db.read() as s:
            assert s.exec(select(func.count()).select_from(MissingRecord)).one() == CHUNK
        mapping = again.lists.preview(path).mapping
        report = again.lists.import_table(
            path, mapping, admin, name="名单", photo_dir=folder, list_id=listed.id
        )
        assert (report.created, report.unchanged) == (40, CHUNK)
        assert whole_list(again, rows) == 0 and again.lists.pending_photos() == rows
    finally:
        again.close()


@pytest.mark.parametrize("backend", ["sqlite"])  # encoding is the slow part; once is enough
def test_encoding_killed_half_way_resumes_where_it_stopped(
    services, admin, config, tmp_path, face_photos, clock, backend
):
    rows = COMMIT_EVERY + 8
    path, folder = make_list(tmp_path, face_photos, rows, distinct=rows)
    services.close()
    run_until_killed(config, "编码照片", COMMIT_EVERY + 4, "import-list", str(path), "--photos",
                     str(folder), "--workers", "1")  # fmt: skip
    again = Services.open(config, now=clock)
    try:
        done = whole_list(again, rows)
        pending = again.lists.pending_photos()
        assert done == COMMIT_EVERY and pending == rows - done  # the committed batch is kept
        assert again.lists.encode().encoded == pending
        assert whole_list(again, rows) == rows and again.integrity.check().ok
    finally:
        again.close()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_backup_killed_half_way_is_never_taken_for_one_and_a_whole_one_restores(
    services, admin, config, tmp_path, clock, face_photos, backend
):
    path, folder = make_list(tmp_path, face_photos, 24, distinct=24)
    mapping = services.lists.preview(path).mapping
    services.lists.import_table(path, mapping, admin, name="名单", photo_dir=folder)
    services.lists.encode()
    services.intake.register(intake(admitted_at=clock.now, photos=[face_photos["obama"]]), admin)
    services.close()

    run_until_killed(config, "backup", 10, "backup")
    again = Services.open(config, now=clock)
    try:
        assert again.backup.backups() == []  # the cut-short copy is not a backup
        assert again.integrity.check().ok  # and the station itself is untouched
        clock.advance(minutes=1)
        made = again.backup.create()
        assert again.backup.verify(made.path) == []
        again.intake.register(intake(admitted_at=clock.now, name="备份之后"), admin)
    finally:
        again.close()

    from station import cli

    assert cli.main(["--data-dir", str(config.data_dir), "restore", str(made.path)]) == 0
    restored = Services.open(config, now=clock)
    try:
        with restored.db.read() as s:
            assert s.exec(select(func.count()).select_from(Person)).one() == 1
        assert whole_list(restored, 24) == 24 and restored.integrity.check().ok
    finally:
        restored.close()


def test_a_killed_import_leaves_a_list_that_tells_the_truth_and_the_same_command_finishes_it(
    services, admin, config, tmp_path, face_photos, clock, capsys
):
    """The list's count is committed with its records; the list says its import did not finish;
    running the same command again carries on that list instead of making a second one, and
    the audit says what was actually imported."""
    from station import cli
    from station.store.models import AuditEvent

    rows = 2 * CHUNK + 40
    path = tmp_path / "走失人员名单.csv"  # names and details only: the reading is what is killed
    lines = ["编号,姓名,走失地点"] + [f"B{i},测试{i},某县某镇" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    services.close()
    command = ["import-list", str(path), "--workers", "1"]
    run_until_killed(config, "读取", 2, *command)  # two chunks committed, then SIGKILL
    again = Services.open(config, now=clock)
    try:
        (listed,) = again.lists.lists()
        assert listed.import_state == "importing"
        assert listed.record_count == 2 * CHUNK  # what is stored, not 0
        report = again.integrity.check()
        assert report.ok  # counts agree; the interruption is said, as a notice
        (notice,) = [f for f in report.findings if "导入没有完成" in f.message]
        assert str(2 * CHUNK) in notice.message and path.name in notice.message
    finally:
        again.close()

    env_password = {"STATION_PASSWORD": ADMIN_PASSWORD}
    os.environ.update(env_password)
    try:
        assert cli.main(["--data-dir", str(config.data_dir), *command]) == 0
    finally:
        os.environ.pop("STATION_PASSWORD")
    out = capsys.readouterr().out
    assert "上次的导入没有完成" in out
    final = Services.open(config, now=clock)
    try:
        (listed,) = final.lists.lists()  # one list, not two
        assert (listed.record_count, listed.import_state) == (rows, "complete")
        with final.db.read() as s:
            assert s.exec(select(func.count()).select_from(MissingRecord)).one() == rows
        with final.db.read() as s:
            done = s.exec(select(AuditEvent).where(AuditEvent.action == "list.import_done")).one()
        after = json.loads(done.after_json)
        assert (after["created"], after["unchanged"], after["records"]) == (40, 2 * CHUNK, rows)
    finally:
        final.close()


def test_check_finds_and_repairs_a_list_whose_count_disagrees_with_its_records(
    services, admin, tmp_path, face_photos
):
    path, folder = make_list(tmp_path, face_photos, 12, distinct=2)
    mapping = services.lists.preview(path).mapping
    report = services.lists.import_table(path, mapping, admin, name="名单", photo_dir=folder)
    with services.db.write() as s:  # as an older Station, killed between its two steps, left it
        s.connection().exec_driver_sql("UPDATE missing_list SET record_count = 0")
    found = services.integrity.check()
    assert not found.ok
    assert any(
        f"编号 {report.list_id}）记作 0 人，实有 12 条记录" in f.message for f in found.faults
    )
    services.integrity.check(repair=True)
    assert services.lists.lists()[0].record_count == 12
