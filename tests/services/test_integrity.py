"""station check: the database, the files it names and what is derived from the records."""

import datetime as dt

import pytest

from station import cli
from station.documents.case_sheet import DocumentKind
from station.domain.casework import AttemptKind
from station.domain.errors import UserError
from station.services.family_search import AttemptData
from tests import sql
from tests.factories import import_list, intake


def make_station(services, admin, clock, face_photos):
    person = services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["obama2"]]), admin
    ).person_id
    clock.advance(hours=2)
    services.family_search.log_attempt(
        person, AttemptData(AttemptKind.ANNOUNCEMENT, clock.now - dt.timedelta(hours=1)), admin
    )
    printed = services.documents.print(DocumentKind.ANNOUNCEMENT, person, admin)
    return person, printed


def test_a_whole_station_passes_and_every_file_is_read(services, admin, clock, face_photos):
    make_station(services, admin, clock, face_photos)
    services.matching.encode_person_photos()
    report = services.integrity.check()
    assert report.ok, [f.message for f in report.findings]
    assert (report.photos_checked, report.documents_checked) == (1, 1)


def test_damage_is_named_and_what_is_safe_is_repaired(
    services, admin, clock, face_photos, config, capsys
):
    person, printed = make_station(services, admin, clock, face_photos)
    detail = services.persons.detail(person)
    photo = services.photos.path(detail.photos[0].sha256, detail.photos[0].ext)
    photo.write_bytes(photo.read_bytes()[:-10] + b"0123456789")  # one bad sector
    document = config.data_dir / "documents" / printed.record.sha256[:2]
    (document / f"{printed.record.sha256}.pdf").unlink()
    with services.db.write() as s:  # the progress row of the stay out of step with its attempts
        s.connection().exec_driver_sql("UPDATE stay_progress SET announcement_at = NULL")

    report = services.integrity.check()
    messages = [f.message for f in report.findings]
    assert any(m.startswith("照片文件已损坏") and str(photo) in m and f"人员编号 {person}" in m
               for m in messages)  # fmt: skip
    assert any(m.startswith("文书存档缺失") and printed.record.number in m for m in messages)
    assert "1 张在站人员照片还没有当前的人脸编码" in messages
    assert "1 次入站的寻亲进度汇总与记录不符" in messages

    services.close()  # the command opens the station itself
    assert cli.main(["--data-dir", str(config.data_dir), "check", "--repair"]) == 1
    out = capsys.readouterr().out
    assert "已修复：1 次入站的寻亲进度汇总与记录不符" in out
    assert "问题：照片文件已损坏" in out and "请从备份恢复" in out
    assert sql.rows(config.database_url, "SELECT announcement_at FROM stay_progress")[0][0]
    # What was repaired stays repaired; the damaged files are still reported.
    assert cli.main(["--data-dir", str(config.data_dir), "check"]) == 1
    problems = [line for line in capsys.readouterr().out.splitlines() if line.startswith("问题：")]
    assert len(problems) == 2 and "照片文件已损坏" in problems[0] and "文书存档缺失" in problems[1]


def test_a_list_photo_that_lost_its_encoding_goes_back_in_the_queue(
    services, admin, tmp_path, face_photos
):
    _, encoded = import_list(services, admin, tmp_path, "编号,姓名,照片\nA2,李志强,a2.jpg\n",
                             {"a2.jpg": face_photos["biden"]})  # fmt: skip
    assert encoded == 1
    with services.db.write() as s:
        s.connection().exec_driver_sql("DELETE FROM face_encoding")
    report = services.integrity.check()
    assert [f.message for f in report.faults] == ["1 张名单照片标为已编码，却没有当前的人脸编码"]
    repaired = services.integrity.check(repair=True)
    assert repaired.ok and services.lists.pending_photos() == 1
    assert services.lists.encode().encoded == 1 and services.integrity.check().ok


def test_a_list_photo_that_failed_for_a_lost_copy_is_encoded_once_the_copy_is_restored(
    services, admin, tmp_path, face_photos, config
):
    from station.services.lists import requeue_unencoded

    _, encoded = import_list(services, admin, tmp_path, "编号,姓名,照片\nA2,李志强,a2.jpg\n",
                             {"a2.jpg": face_photos["biden"]})  # fmt: skip
    assert encoded == 1
    ((sha256,),) = sql.rows(config.database_url, "SELECT sha256 FROM missing_photo")
    (copy,) = (services.photos.root / "photos").rglob(f"{sha256}.*")
    kept = copy.read_bytes()
    # The encoder changes while the station's copy is lost: the photo fails as unreadable.
    with services.db.write() as s:
        s.connection().exec_driver_sql("DELETE FROM face_encoding")
        requeue_unencoded(s)
    copy.unlink()
    assert services.lists.encode().failed == 1
    assert not services.integrity.check(repair=True).ok  # the file: only a backup brings it back
    assert services.lists.pending_photos() == 0

    copy.write_bytes(kept)  # restored from a backup
    report = services.integrity.check()
    assert [f.message for f in report.faults] == [
        "1 张名单照片曾因文件缺失或损坏未能编码，现在文件已完好，可重新编码"
    ]
    assert services.integrity.check(repair=True).repaired
    assert services.lists.pending_photos() == 1
    assert services.lists.encode().encoded == 1 and services.integrity.check().ok


def test_a_stored_photo_that_no_longer_matches_its_hash_is_neither_encoded_nor_printed(
    services, admin, clock, face_photos
):
    from sqlmodel import select

    from station.store.models import FaceEncoding

    person = services.intake.register(
        intake(admitted_at=clock.now, photos=[face_photos["obama2"]]), admin
    ).person_id
    photo = services.persons.detail(person).photos[0]
    path = services.photos.path(photo.sha256, photo.ext)
    original = path.read_bytes()
    path.write_bytes(original + b"changed")  # still a picture, no longer this one
    services.matching.encode_person_photos()

    def encodings():
        with services.db.read() as s:
            return s.exec(select(FaceEncoding).where(FaceEncoding.photo_id == photo.id)).all()

    assert encodings() == []  # not encoded, and not marked as a photo without a face
    with pytest.raises(UserError, match="缺失或已损坏，无法用于比对"):
        services.matching.probe_for_person(person)
    printed = services.documents.print(DocumentKind.ANNOUNCEMENT, person, admin)
    assert [params["file"] for _, params in printed.warnings] == [path.name]
    path.write_bytes(original)  # restored from a backup: encoded at the next search
    services.matching.encode_person_photos()
    (row,) = encodings()
    assert row.faces_found == 1 and row.vector
