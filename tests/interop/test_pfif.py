"""Reading and writing PFIF (People Finder Interchange Format) files."""

import json

import pytest

from station.domain.errors import UserError
from station.interop import pfif
from station.interop.mapping import ColumnMapping, read_row
from station.interop.tables import open_table

SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4" xmlns:other="urn:example:other">
  <pfif:person>
    <pfif:person_record_id>example.org/p1</pfif:person_record_id>
    <pfif:source_date>2026-01-05T08:00:00Z</pfif:source_date>
    <pfif:given_name>建国</pfif:given_name>
    <pfif:family_name>张</pfif:family_name>
    <pfif:sex>male</pfif:sex>
    <pfif:date_of_birth>1960-03</pfif:date_of_birth>
    <pfif:description>左手缺一指 &amp; 说河南话</pfif:description>
    <pfif:photo_url>photos/p1.jpg</pfif:photo_url>
    <other:ignored>not ours</other:ignored>
    <pfif:note>
      <pfif:note_record_id>example.org/n1</pfif:note_record_id>
      <pfif:author_name>张丽</pfif:author_name>
      <pfif:source_date>2026-01-05T08:00:00Z</pfif:source_date>
      <pfif:status>information_sought</pfif:status>
      <pfif:last_known_location>河南省郑州市二七区</pfif:last_known_location>
      <pfif:text>父亲走失</pfif:text>
    </pfif:note>
  </pfif:person>
  <pfif:person>
    <pfif:person_record_id>example.org/p2</pfif:person_record_id>
    <pfif:source_date>2026-01-06T08:00:00Z</pfif:source_date>
    <pfif:full_name>Li Wei</pfif:full_name>
    <pfif:age>30-40</pfif:age>
    <pfif:author_phone>13800000000</pfif:author_phone>
  </pfif:person>
  <pfif:note>
    <pfif:note_record_id>example.org/n2</pfif:note_record_id>
    <pfif:person_record_id>example.org/p2</pfif:person_record_id>
    <pfif:author_name>Wang</pfif:author_name>
    <pfif:source_date>2026-01-07T08:00:00Z</pfif:source_date>
    <pfif:last_known_location>湖北武汉</pfif:last_known_location>
    <pfif:text>seen at the station</pfif:text>
  </pfif:note>
</pfif:pfif>
"""


def write(tmp_path, text, name="list.xml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_pfif_file_reads_as_a_list_with_notes_places_and_names(tmp_path):
    table = open_table(write(tmp_path, SAMPLE))
    assert table.kind == "pfif"
    assert table.count() == 2
    mapping = ColumnMapping.guess(table.headers)
    rows = list(table.rows())
    assert [number for number, _ in rows] == [3, 22]  # the line each person starts on
    first, _ = read_row(mapping, *rows[0])
    second, _ = read_row(mapping, *rows[1])
    assert first is not None and second is not None
    assert (first.external_id, first.name, first.sex.value) == ("example.org/p1", "张建国", "male")
    assert (first.birth_date, first.birth_year) == (None, 1960)
    assert first.missing_place == "河南省郑州市二七区"
    assert first.features == "左手缺一指 & 说河南话"
    assert first.photos == ["photos/p1.jpg"]
    assert json.loads(first.raw["notes"])[0]["text"] == "父亲走失"
    # A note outside the person, linked by its id, is the person's too.
    assert (second.name, second.age_at_missing, second.missing_place) == ("Li Wei", 35, "湖北武汉")
    assert second.contact == "13800000000"


def test_older_pfif_versions_are_read(tmp_path):
    text = (
        '<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.2"><pfif:person>'
        "<pfif:person_record_id>a/1</pfif:person_record_id>"
        "<pfif:first_name>Wei</pfif:first_name><pfif:last_name>Li</pfif:last_name>"
        "<pfif:home_zip>430000</pfif:home_zip>"
        "</pfif:person></pfif:pfif>"
    )
    table = open_table(write(tmp_path, text))
    record, _ = read_row(ColumnMapping.guess(table.headers), *next(table.rows()))
    assert record is not None and record.name == "Wei Li"
    assert record.raw["home_postal_code"] == "430000"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("<pfif:pfif xmlns:pfif='http://zesty.ca/pfif/1.4'><pfif:person>\n<oops></pfif:person>",
         ["第 2 行", "XML"]),
        ("<persons><person/></persons>", ["不是 PFIF 文件", "<persons>"]),
        ("<pfif:pfif xmlns:pfif='http://zesty.ca/pfif/1.4'></pfif:pfif>", ["没有任何人员记录"]),
        ('<?xml version="1.0"?>\n<!DOCTYPE p [\n<!ENTITY a "aaaaaaaa">\n]>\n'
         "<pfif:pfif xmlns:pfif='http://zesty.ca/pfif/1.4'/>", ["第 3 行", "实体"]),
        ("", ["XML"]),
    ],
)  # fmt: skip
def test_a_file_that_is_not_pfif_is_refused_naming_file_and_line(tmp_path, text, words):
    with pytest.raises(UserError) as caught:
        open_table(write(tmp_path, text, "名单.xml"))
    message = caught.value.message
    assert "名单.xml" in message
    for word in words:
        assert word in message


def test_writing_and_reading_back_keeps_every_field(tmp_path):
    person = pfif.PfifPerson(
        fields={
            "person_record_id": "station.local/A1",
            "source_date": "2026-01-05T08:00:00Z",
            "full_name": "王<秀英> & 女儿",
            "description": "line one\nline two\x07",  # a control character XML cannot carry
            "photo_url": "data:image/png;base64,iVBORw0KGgo=",
        },
        extension={"missing_date": "2020-11-02", "height_cm": "158", "missing_place": "河南开封"},
        photos=["b.jpg", "c.jpg"],
        notes=[{"note_record_id": "n/1", "author_name": "站内", "text": "已登记"}],
    )
    path = tmp_path / "out.xml"
    assert pfif.write(path, [person]) == 1
    (back,) = pfif.persons(path)
    assert back.fields["full_name"] == "王<秀英> & 女儿"
    assert back.fields["description"] == "line one\nline two"
    assert back.fields["photo_url"] == "data:image/png;base64,iVBORw0KGgo="
    assert back.extension == person.extension
    assert back.photos == ["b.jpg", "c.jpg"]
    assert back.notes[0]["text"] == "已登记"
    assert "<pfif:source_date></pfif:source_date>" in path.read_text("utf-8")  # mandatory, empty
    assert not list(tmp_path.glob(".out.xml.*"))  # no temporary file left behind


def test_a_file_that_cannot_be_written_is_reported_naming_it(tmp_path):
    target = tmp_path / "no such folder" / "out.xml"
    with pytest.raises(UserError, match="无法写入文件") as caught:
        pfif.write(target, [pfif.PfifPerson(fields={"person_record_id": "a/1"})])
    assert str(target) in caught.value.message
