"""A list's photo references reach only the photo folder the user chose, and an export only the
station's own stored, hash-checked copies (issue 18 §1: a list could make Station read any local
file — /etc/passwd, the station's own database — and hand it out embedded in an exported PFIF)."""

import base64
import os
import shutil
from pathlib import Path

import pytest

from station.interop import pfif
from station.services import lists as lists_service
from tests import sql

OUTSIDE = (
    "照片“{name}”不在所选的照片文件夹内；为保护本机的其他文件，Station 只读取照片文件夹中的照片"
)
NETWORK = "照片“{name}”是网络共享路径；Station 不打开名单指向的网络位置，请先复制到照片文件夹"
SECRET = b"TOP-SECRET staff password hashes"


@pytest.fixture
def hostile(tmp_path, face_photos, config):
    """A photo folder with one real photo, a text file dressed as a photo and a link out of it;
    beside it, files the list must never reach."""
    folder = tmp_path / "照片"
    folder.mkdir()
    shutil.copy(face_photos["obama"], folder / "A1.jpg")
    (folder / "notes.jpg").write_bytes(SECRET)  # inside, but not an image
    (tmp_path / "secret.txt").write_bytes(SECRET)
    shutil.copy(face_photos["biden"], tmp_path / "secret.jpg")  # a real image, outside
    os.symlink(tmp_path / "secret.jpg", folder / "link.jpg")
    station_db = config.data_dir / "station.db"
    return folder, {
        "R1": ("A1.jpg", None),
        "R2": (str(tmp_path / "secret.jpg"), OUTSIDE),
        "R3": ((tmp_path / "secret.jpg").as_uri(), OUTSIDE),
        "R4": ("../secret.jpg", OUTSIDE),
        "R5": ("link.jpg", OUTSIDE),
        "R6": ("\\\\evil-host\\share\\x.jpg", NETWORK),
        "R7": ("file://evil-host/share/x.jpg", NETWORK),
        "R8": ("//evil-host/share/x.jpg", NETWORK),
        "R9": (str(station_db), OUTSIDE),
        "R10": ("/etc/passwd", OUTSIDE),
        "R11": ("file:///etc/passwd", OUTSIDE),
        "R12": (str(folder / "A1.jpg"), None),  # absolute, but inside the folder: fine
        "R13": ("notes.jpg", None),  # found, then refused as no image by the encoder
    }


def write_csv(path: Path, rows: dict[str, tuple[str, str | None]]) -> Path:
    lines = ["编号,姓名,照片"] + [f"{key},某人{key},{ref}" for key, (ref, _) in rows.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_photo_references_outside_the_folder_are_refused_and_never_exported(
    services, admin, tmp_path, hostile, face_photos, monkeypatch
):
    folder, rows = hostile
    touched: list[str] = []
    real_realpath = os.path.realpath
    monkeypatch.setattr(
        lists_service.os.path, "realpath", lambda p: touched.append(str(p)) or real_realpath(p)
    )
    path = write_csv(tmp_path / "名单.csv", rows)
    mapping = services.lists.preview(path).mapping
    report = services.lists.import_table(path, mapping, admin, name="来历不明", photo_dir=folder)
    monkeypatch.undo()

    assert report.created == len(rows)
    said = {p.row: p.message for p in report.problems}
    for number, (key, (ref, problem)) in enumerate(rows.items(), start=2):
        if problem is None:
            assert number not in said, key
        else:
            assert said[number] == problem.format(name=ref), key
    # A network path is refused before the file system is asked anything about it.
    assert not any("evil-host" in p for p in touched)
    base = os.path.realpath(folder)
    stored_paths = [p for (p,) in sql.rows(
        services.db.url, "SELECT source_path FROM missing_photo WHERE source_path IS NOT NULL"
    )]  # fmt: skip
    assert len(stored_paths) == 3 and all(p.startswith(base + os.sep) for p in stored_paths)

    encoded = services.lists.encode()
    assert (encoded.encoded, encoded.failed) == (2, 1)  # A1.jpg twice; notes.jpg is no image

    secret_image = face_photos["biden"].read_bytes()
    embedded = tmp_path / "out" / "导出.xml"
    embedded.parent.mkdir()
    services.lists.export_pfif(report.list_id, embedded, admin, embed_photos=True)
    written = embedded.read_bytes()
    assert SECRET not in written and b"root:" not in written
    assert base64.b64encode(secret_image[:3000])[:200] not in written
    assert base64.b64encode(b"SQLite format 3")[:20] not in written  # the station's database
    urls = {p.fields["person_record_id"].rsplit("/", 1)[-1]: p.fields.get("photo_url", "")
            for p in pfif.persons(embedded)}  # fmt: skip
    photos = {key: base64.b64decode(url.split(",", 1)[1])
              for key, url in urls.items() if url.startswith("data:")}  # fmt: skip
    assert photos == {
        "R1": face_photos["obama"].read_bytes(), "R12": face_photos["obama"].read_bytes()
    }  # fmt: skip
    # Nothing a list named outside its folder is passed on, not even as text;
    assert {key: url for key, url in urls.items() if not url.startswith("data:") and url} == {
        "R5": "link.jpg",
        "R13": "notes.jpg",
    }  # plain names inside the folder pass on as text: no file is read for them

    beside = tmp_path / "share" / "导出.xml"
    beside.parent.mkdir()
    services.lists.export_pfif(report.list_id, beside, admin, embed_photos=False)
    copied = [p for p in beside.parent.rglob("*") if p.is_file() and p != beside]
    assert [p.read_bytes() for p in copied] == [face_photos["obama"].read_bytes()]


def test_a_pfif_file_reaches_only_its_own_folder(services, admin, tmp_path, face_photos):
    """A PFIF list names photos relative to itself: ``..`` and absolute paths lead nowhere."""
    (tmp_path / "secret.jpg").write_bytes(face_photos["biden"].read_bytes())
    home = tmp_path / "list"
    (home / "photos").mkdir(parents=True)
    shutil.copy(face_photos["obama"], home / "photos" / "a.jpg")
    refs = ["photos/a.jpg", "../secret.jpg", str(tmp_path / "secret.jpg"), "file:///etc/shadow"]
    persons = "".join(
        f"<pfif:person><pfif:person_record_id>x.org/{i}</pfif:person_record_id>"
        f"<pfif:full_name>人{i}</pfif:full_name><pfif:photo_url>{ref}</pfif:photo_url></pfif:person>"
        for i, ref in enumerate(refs)
    )
    path = home / "list.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">{persons}</pfif:pfif>',
        encoding="utf-8",
    )
    mapping = services.lists.preview(path).mapping
    report = services.lists.import_table(path, mapping, admin, name="PFIF")
    assert sorted(p.message for p in report.problems) == sorted(
        OUTSIDE.format(name=ref) for ref in refs[1:]
    )
    assert services.lists.pending_photos(report.list_id) == 1
