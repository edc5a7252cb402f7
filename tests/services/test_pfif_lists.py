"""PFIF lists through the services: import with embedded and linked photos, export, round trip."""

import base64
import json

from station.interop import pfif
from station.services.galleries import list_gallery
from tests import sql


def pfif_file(tmp_path, face_photos):
    """Three persons: a photo embedded, a photo beside the file, a photo that is not there."""
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "Biden.JPG").write_bytes(face_photos["biden"].read_bytes())
    embedded = base64.b64encode(face_photos["obama"].read_bytes()).decode()
    wrapped = "\n".join(embedded[i : i + 76] for i in range(0, len(embedded), 76))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
  <pfif:person>
    <pfif:person_record_id>example.org/1</pfif:person_record_id>
    <pfif:source_date>2026-01-05T08:00:00Z</pfif:source_date>
    <pfif:full_name>张建国</pfif:full_name>
    <pfif:sex>male</pfif:sex>
    <pfif:date_of_birth>1961-03</pfif:date_of_birth>
    <pfif:home_city>郑州</pfif:home_city>
    <pfif:photo_url>data:image/jpeg;base64,
{wrapped}
    </pfif:photo_url>
    <pfif:note>
      <pfif:note_record_id>example.org/n1</pfif:note_record_id>
      <pfif:author_name>张丽</pfif:author_name>
      <pfif:source_date>2026-01-05T08:00:00Z</pfif:source_date>
      <pfif:last_known_location>河南省郑州市二七区</pfif:last_known_location>
      <pfif:text>父亲 2010 年走失</pfif:text>
    </pfif:note>
  </pfif:person>
  <pfif:person>
    <pfif:person_record_id>example.org/2</pfif:person_record_id>
    <pfif:source_date>2026-01-06T08:00:00Z</pfif:source_date>
    <pfif:full_name>李志强</pfif:full_name>
    <pfif:sex>male</pfif:sex>
    <pfif:age>60</pfif:age>
    <pfif:photo_url>photos/biden.jpg</pfif:photo_url>
  </pfif:person>
  <pfif:person>
    <pfif:person_record_id>example.org/3</pfif:person_record_id>
    <pfif:source_date>2026-01-06T08:00:00Z</pfif:source_date>
    <pfif:full_name>王秀英</pfif:full_name>
    <pfif:photo_url>photos/gone.jpg</pfif:photo_url>
  </pfif:person>
</pfif:pfif>
"""
    path = tmp_path / "寻人.xml"
    path.write_text(text, encoding="utf-8")
    return path


def import_pfif(services, admin, path, name, **kw):
    mapping = services.lists.preview(path).mapping
    return services.lists.import_table(path, mapping, admin, name=name, **kw)


def records(services, list_id):
    found = sql.rows(
        services.db.url,
        "SELECT r.external_id, r.name, r.sex, r.birth_year, r.age_at_missing, r.missing_place,"
        " p.sha256 FROM missing_record r LEFT JOIN missing_photo p ON p.record_id = r.id"
        " WHERE r.list_id = :list ORDER BY r.external_id, p.id",
        list=list_id,
    )
    out: dict[tuple, list[str]] = {}
    for *record, sha in found:
        out.setdefault(tuple(record), []).extend([sha] if sha else [])
    return [(*record, ",".join(shas) or None) for record, shas in out.items()]


def test_a_pfif_list_imports_encodes_and_round_trips(services, admin, tmp_path, face_photos):
    source = pfif_file(tmp_path, face_photos)
    report = import_pfif(services, admin, source, "外省寻人名单")
    assert (report.rows, report.created) == (3, 3)
    lines = source.read_text("utf-8").splitlines()
    third = [n for n, line in enumerate(lines, start=1) if "<pfif:person>" in line][2]
    assert [(p.row, p.message) for p in report.problems] == [
        (third, "照片文件“photos/gone.jpg”在照片文件夹中找不到")  # the line the person starts on
    ]
    encoded = services.lists.encode()
    assert (encoded.encoded, encoded.failed) == (2, 0)
    assert len(services.galleries.get(list_gallery(report.list_id))) == 2
    (listed,) = services.lists.lists()
    assert listed.source_kind == "pfif"
    ((extra,),) = sql.rows(
        services.db.url, "SELECT extra_json FROM missing_record WHERE external_id = 'example.org/1'"
    )
    assert len(extra) < 2000  # the embedded photo is kept as a photo, not as megabytes of text

    # Out again, photos embedded: every field and note survives, the photo is the same photo.
    out = tmp_path / "export" / "out.xml"
    out.parent.mkdir()
    assert services.lists.export_pfif(report.list_id, out, admin) == 3
    written = {p.fields["person_record_id"]: p for p in pfif.persons(out)}
    first = written["example.org/1"]
    assert first.fields["date_of_birth"] == "1961-03"  # as the source said, not as Station read it
    assert first.fields["home_city"] == "郑州"
    assert first.notes[0]["text"] == "父亲 2010 年走失"
    assert first.extension["missing_place"] == "河南省郑州市二七区"
    photo = first.fields["photo_url"]
    assert base64.b64decode(photo.split(",", 1)[1]) == face_photos["obama"].read_bytes()
    assert written["example.org/3"].fields["photo_url"] == "photos/gone.jpg"

    # And in again as a new list: the same records with the same photos.
    again = import_pfif(services, admin, out, "再导入")
    assert again.created == 3
    assert services.lists.encode().encoded == 2
    assert records(services, again.list_id) == records(services, report.list_id)


def test_export_with_photos_in_a_folder_beside_the_file(services, admin, tmp_path, face_photos):
    report = import_pfif(services, admin, pfif_file(tmp_path, face_photos), "名单")
    assert services.lists.encode().encoded == 2  # only the station's own copies are exported
    out = tmp_path / "share" / "名单.xml"
    out.parent.mkdir()
    services.lists.export_pfif(report.list_id, out, admin, embed_photos=False)
    urls = [p.fields.get("photo_url") for p in pfif.persons(out)]
    assert urls[2] == "photos/gone.jpg"
    for url in urls[:2]:
        assert url.startswith("名单_photos/") and (out.parent / url).is_file()
    # The folder travels with the file: importing it finds the photos, still unencoded here.
    again = import_pfif(services, admin, out, "副本")
    assert services.lists.pending_photos(again.list_id) == 2
    ((after,),) = sql.rows(
        services.db.url, "SELECT after_json FROM audit_event WHERE action = 'list.export'"
    )
    assert json.loads(after)["persons"] == 3
