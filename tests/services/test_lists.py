"""Importing missing-person lists and encoding their photos, on real photos."""

import shutil

import numpy as np
import pytest
from PIL import Image

from station.domain.errors import UserError
from station.faces.engine import ENCODER
from station.interop.mapping import ColumnMapping
from station.services.galleries import list_gallery
from tests import sql

HEADERS = ["编号", "姓名", "性别", "走失时年龄", "走失日期", "走失地点", "照片"]


@pytest.fixture
def photo_dir(tmp_path, face_photos):
    folder = tmp_path / "照片"
    folder.mkdir()
    shutil.copy(face_photos["obama"], folder / "A1.jpg")
    shutil.copy(face_photos["obama2"], folder / "A1-b.JPG")
    shutil.copy(face_photos["biden"], folder / "A2.jpg")
    Image.new("RGB", (300, 300), (128, 140, 150)).save(folder / "A3.png")  # no face
    (folder / "A4.jpg").write_bytes(face_photos["obama"].read_bytes()[:5000])  # truncated
    return folder


def write_list(path, rows, encoding="gb18030"):
    lines = [",".join(HEADERS)] + [",".join(r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


ROWS = [
    ["A1", "张建国", "男", "45", "2010-05-01", "河南省郑州市", "A1.jpg；a1-b.jpg"],
    ["A2", "李志强", "男", "60", "2015-01-20", "湖北省武汉市", "A2.jpg"],
    ["A3", "王秀英", "女", "70", "2020-11-02", "河南开封", "A3.png"],
    ["A4", "赵敏", "女", "30", "昨天", "", "A4.jpg"],
    ["A5", "刘洋", "男", "", "", "", "gone.jpg"],
    ["A5", "刘洋", "男", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["A6", "", "男", "", "", "", ""],
]


def do_import(services, admin, path, photo_dir, **kw):
    mapping = services.lists.preview(path).mapping
    return services.lists.import_table(
        path, mapping, admin, name="全国走失老人名单 2026-03", photo_dir=photo_dir, **kw
    )


def test_import_reports_every_bad_row_and_photo_and_encodes_the_rest(
    services, admin, tmp_path, photo_dir
):
    path = write_list(tmp_path / "名单.csv", ROWS)
    report = do_import(services, admin, path, photo_dir)
    assert (report.rows, report.created, report.skipped) == (7, 5, 2)
    problems = {(p.row, p.message) for p in report.problems}
    assert (5, "“昨天”不是可识别的日期，已留空") in problems
    assert (6, "照片文件“gone.jpg”在照片文件夹中找不到") in problems
    assert (7, "与第 6 行编号相同（A5），已跳过") in problems
    assert (9, "该行既没有姓名也没有照片，已跳过") in problems
    assert services.lists.pending_photos() == 5  # gone.jpg is failed already

    progress = []
    encoded = services.lists.encode(progress=lambda done, total: progress.append((done, total)))
    assert (encoded.encoded, encoded.failed, encoded.remaining) == (3, 2, 0)
    assert progress[0] == (0, 5) and progress[-1] == (5, 5)  # the count shown from the start
    assert {(row, name) for row, name, _ in encoded.failures} == {(4, "A3.png"), (5, "A4.jpg")}
    assert any("没有找到人脸" in why for _, _, why in encoded.failures)

    gallery = services.galleries.get(list_gallery(report.list_id))
    assert len(gallery) == 3 and gallery.owner_count == 2 and gallery.encoder == ENCODER
    assert np.allclose(np.linalg.norm(gallery.matrix, axis=1), 1, atol=1e-5)
    (listed,) = services.lists.lists()
    assert listed.record_count == 5 and listed.source_kind == "csv"
    # The photos were copied into the station: the list's folder may go away.
    shutil.rmtree(photo_dir)
    stored = sql.rows(
        services.db.url, "SELECT sha256, ext FROM missing_photo WHERE status = 'encoded'"
    )
    assert len(stored) == 3 and all(services.photos.path(h, e).is_file() for h, e in stored)


def test_importing_the_same_list_again_updates_instead_of_duplicating(
    services, admin, tmp_path, photo_dir
):
    path = write_list(tmp_path / "名单.csv", ROWS[:2])
    first = do_import(services, admin, path, photo_dir)
    services.lists.encode()
    revision_before = services.galleries.get(list_gallery(first.list_id)).revision
    changed = [["A1", "张建国", "男", "46", "2010-05-01", "河南省郑州市", "A1.jpg"], ROWS[1]]
    second = do_import(services, admin, write_list(path, changed), photo_dir, list_id=first.list_id)
    assert (second.created, second.updated, second.unchanged) == (0, 1, 1)
    assert services.lists.pending_photos() == 0
    gallery = services.galleries.get(list_gallery(first.list_id))
    assert gallery.revision > revision_before  # a photo left the list: the index is rebuilt
    assert len(gallery) == 2
    (listed,) = services.lists.lists()
    assert listed.record_count == 2
    # The mapping is remembered for a file with the same columns.
    assert services.lists.preview(path).remembered


def test_encoding_stopped_half_way_resumes_with_what_is_left(services, admin, tmp_path, photo_dir):
    path = write_list(tmp_path / "名单.csv", ROWS[:3])
    do_import(services, admin, path, photo_dir)
    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 2

    first = services.lists.encode(stop=stop)
    assert first.stopped and first.encoded + first.failed == 2 and first.remaining == 2
    assert services.lists.pending_photos() == 2
    second = services.lists.encode(workers=2)  # the rest, in worker processes
    assert not second.stopped and second.encoded + second.failed == 2
    assert services.lists.pending_photos() == 0


def test_a_list_needs_a_name_and_a_name_or_photo_column(services, admin, tmp_path):
    path = write_list(tmp_path / "名单.csv", ROWS[:1])
    mapping = services.lists.preview(path).mapping
    with pytest.raises(UserError, match="名单名称"):
        services.lists.import_table(path, mapping, admin, name="  ")
    with pytest.raises(UserError, match="姓名"):
        services.lists.import_table(path, ColumnMapping(HEADERS), admin, name="x")
    assert services.lists.lists() == []


def test_deleting_a_list_removes_its_records_and_index(services, admin, tmp_path, photo_dir):
    report = do_import(services, admin, write_list(tmp_path / "l.csv", ROWS[:2]), photo_dir)
    services.lists.encode()
    assert len(services.galleries.get(list_gallery(report.list_id))) == 3
    cache = services.galleries.cache.root
    assert any(cache.glob(f"list_{report.list_id}__*"))
    services.lists.delete(report.list_id, admin)
    assert services.lists.lists() == []
    assert not any(cache.glob(f"list_{report.list_id}__*"))  # no stale index left on disk
    assert len(services.galleries.get(list_gallery(report.list_id))) == 0


def test_a_photo_with_several_faces_is_encoded_by_the_largest_and_the_report_says_so(
    services, admin, tmp_path, face_photos
):
    folder = tmp_path / "photos"
    folder.mkdir()
    big = Image.open(face_photos["obama"]).convert("RGB")
    small = Image.open(face_photos["biden"]).convert("RGB")
    small = small.resize((small.width * 2 // 3, small.height * 2 // 3))
    group = Image.new("RGB", (big.width + small.width + 40, big.height), "white")
    group.paste(big, (0, 0))
    group.paste(small, (big.width + 40, 0))
    group.save(folder / "合影.jpg", quality=92)
    path = write_list(tmp_path / "l.csv", [["B1", "张建国", "男", "45", "", "", "合影.jpg"]])
    do_import(services, admin, path, folder)
    encoded = services.lists.encode()
    assert (encoded.encoded, encoded.failed) == (1, 0)
    (note,) = encoded.problems()
    assert (note.row, note.column) == (2, "合影.jpg")
    assert note.message.startswith("照片中有 2 张人脸，已使用最大的一张")
    # The largest face is the one searched: the same man's other photo finds this record first.
    probe = services.matching.probe_for_file(face_photos["obama2"])
    from station.services.matching import Scope

    (best, *_) = services.matching.search(probe, Scope(), admin).candidates
    assert best.subject.title == "张建国" and best.distance < 0.3


def test_after_a_new_encoder_the_lists_are_encoded_again_from_the_stations_copies(
    services, admin, tmp_path, photo_dir, config, clock, face_photos
):
    from station.services.container import Services

    path = write_list(tmp_path / "名单.csv", ROWS[:2])
    do_import(services, admin, path, photo_dir)
    assert services.lists.encode().encoded == 3
    services.close()
    # As a station encoded by an earlier version of Station left it; the list's files are gone.
    sql.execute(
        config.database_url,
        "UPDATE face_encoding SET encoder = 'dlib_resnet_v1/hog800/j1/l2'",
        "UPDATE station_setting SET value = 'dlib_resnet_v1/hog800/j1/l2' WHERE key = 'face_encoder'",
    )
    shutil.rmtree(photo_dir)

    upgraded = Services.open(config, now=clock)
    try:
        assert upgraded.lists.pending_photos() == 3  # back in the queue
        calls = []
        first = upgraded.lists.encode(stop=lambda: calls.append(1) or len(calls) > 1)
        assert first.stopped and first.encoded == 1 and upgraded.lists.pending_photos() == 2
        second = upgraded.lists.encode()  # resumes with the rest
        assert second.encoded == 2 and second.failed == 0
        assert upgraded.lists.pending_photos() == 0
        with upgraded.db.read() as s:
            encoders = s.connection().exec_driver_sql("SELECT encoder FROM face_encoding").all()
        assert encoders == [(ENCODER,)] * 3  # the old encodings are gone
        probe = upgraded.matching.probe_for_file(face_photos["obama3"])
        from station.services.matching import Scope

        result = upgraded.matching.search(probe, Scope(), admin, k=2)
        assert result.candidates[0].subject.title == "张建国"
    finally:
        upgraded.close()
    # Opened again, nothing is queued a second time.
    again = Services.open(config, now=clock)
    try:
        assert again.lists.pending_photos() == 0
    finally:
        again.close()
