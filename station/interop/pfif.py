"""PFIF, the People Finder Interchange Format (http://zesty.ca/pfif/1.4/): reading and writing.

Reading accepts PFIF 1.1 to 1.4 and turns every ``<pfif:person>`` into a row of fixed columns
(:data:`COLUMNS`), so a PFIF file is imported like any other list: the same column mapping, the same
report by row (here: the line of the XML where the person starts). Notes (nested in the person or at
the top level, linked by ``person_record_id``) are kept whole as JSON; the newest note that gives a
``last_known_location`` supplies the place of going missing.

PFIF has no field for the date of going missing, the height or several photos. Station writes them as
elements of its own namespace (:data:`STATION_NS`), which other PFIF readers ignore as the format
allows, and reads them back, so a list round-trips without loss.

The parser streams (a file of a million persons is never held in memory), refuses entity declarations
(no entity expansion attacks), and reports a broken file with its line number.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.parsers import expat

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.interop import datauri
from station.interop.atomic import replacing

NAMESPACES = {f"http://zesty.ca/pfif/{v}": v for v in ("1.1", "1.2", "1.3", "1.4")}
NS = "http://zesty.ca/pfif/1.4"
STATION_NS = "urn:station:pfif-extension:1"

PERSON_FIELDS = (
    "person_record_id", "entry_date", "expiry_date", "author_name", "author_email",
    "author_phone", "source_name", "source_date", "source_url", "full_name", "given_name",
    "family_name", "alternate_names", "description", "sex", "date_of_birth", "age",
    "home_street", "home_neighborhood", "home_city", "home_state", "home_postal_code",
    "home_country", "photo_url", "profile_urls",
)  # fmt: skip
LEGACY_PERSON_FIELDS = ("first_name", "last_name", "home_zip", "other")  # PFIF 1.1 - 1.3
NOTE_FIELDS = (
    "note_record_id", "person_record_id", "linked_person_record_id", "entry_date",
    "author_name", "author_email", "author_phone", "source_date", "author_made_contact",
    "status", "email_of_found_person", "phone_of_found_person", "last_known_location", "text",
    "photo_url",
)  # fmt: skip
LEGACY_NOTE_FIELDS = ("found",)
MANDATORY_PERSON = ("person_record_id", "source_date", "full_name")
MANDATORY_NOTE = ("note_record_id", "author_name", "source_date", "text")
EXTENSION_FIELDS = ("missing_date", "missing_place", "height_cm", "contact")
EXTENSION_PHOTO = "photo_url"  # repeatable: the photos after the first

# The columns a PFIF file is read as: every person field, then what Station derives.
DERIVED = (
    "missing_date", "missing_place", "household_place", "height_cm", "contact", "photos", "notes",
)  # fmt: skip
HOME_PARTS = ("home_country", "home_state", "home_city", "home_neighborhood", "home_street")
COLUMNS = [*PERSON_FIELDS, *LEGACY_PERSON_FIELDS, *DERIVED]

MSG_XML = QT_TRANSLATE_NOOP("UserError", "PFIF 文件 {file} 第 {line} 行不是有效的 XML：{reason}")
MSG_NOT_PFIF = QT_TRANSLATE_NOOP(
    "UserError", "{file} 不是 PFIF 文件：最外层元素是 <{tag}>，应为 PFIF 1.1–1.4 的 <pfif:pfif>"
)
MSG_NO_PERSONS = QT_TRANSLATE_NOOP(
    "UserError", "PFIF 文件 {file} 中没有任何人员记录（<pfif:person>）"
)
MSG_ENTITY = QT_TRANSLATE_NOOP(
    "UserError", "PFIF 文件 {file} 第 {line} 行声明了 XML 实体；为安全起见不予读取"
)
MSG_READ = QT_TRANSLATE_NOOP("UserError", "无法读取 PFIF 文件 {file}：{reason}")

CHUNK = 1 << 20


@dataclass
class PfifPerson:
    """One person as read or to be written: PFIF fields, Station's extension fields, notes."""

    fields: dict[str, str] = field(default_factory=dict)
    extension: dict[str, str] = field(default_factory=dict)
    photos: list[str] = field(default_factory=list)  # Station's extra photos (after photo_url)
    notes: list[dict[str, str]] = field(default_factory=list)
    line: int = 0


@dataclass(frozen=True)
class PfifScan:
    """What a first pass over a file found: how many persons, and the notes outside persons."""

    version: str
    persons: int
    loose_notes: dict[str, list[dict[str, str]]]


# --- reading ----------------------------------------------------------------------------------
def scan(path: Path) -> PfifScan:
    """Check the whole file (so a broken one is refused before anything is imported)."""
    count = 0
    loose: dict[str, list[dict[str, str]]] = {}

    def on_person(_: PfifPerson) -> None:
        nonlocal count
        count += 1

    def on_note(note: dict[str, str]) -> None:
        loose.setdefault(note.get("person_record_id", ""), []).append(note)

    reader = _Reader(path.name, on_person, on_note)
    for _ in reader.feed(path):
        pass
    if count == 0:
        raise UserError(MSG_NO_PERSONS, file=path.name)
    return PfifScan(reader.version or "1.4", count, loose)


def persons(
    path: Path, loose_notes: dict[str, list[dict[str, str]]] | None = None
) -> Iterator[PfifPerson]:
    """Every person of the file in order, with the top-level notes about them added."""
    done: list[PfifPerson] = []
    reader = _Reader(path.name, done.append, lambda _: None)
    for _ in reader.feed(path):
        for person in done:
            if loose_notes:
                person.notes += loose_notes.get(person.fields.get("person_record_id", ""), [])
            yield person
        done.clear()


def rows(path: Path, found: PfifScan) -> Iterator[tuple[int, list[str]]]:
    """(line where the person starts, cells in :data:`COLUMNS` order)."""
    for person in persons(path, found.loose_notes):
        cells = dict(person.fields)
        cells.update(_derived(person))
        yield person.line, [cells.get(c, "") for c in COLUMNS]


def _derived(person: PfifPerson) -> dict[str, str]:
    f, ext = person.fields, person.extension
    out: dict[str, str] = {}
    if not f.get("full_name"):
        out["full_name"] = _join_name(
            f.get("given_name") or f.get("first_name", ""),
            f.get("family_name") or f.get("last_name", ""),
        )
    if not f.get("home_postal_code") and f.get("home_zip"):
        out["home_postal_code"] = f["home_zip"]
    place = ext.get("missing_place")
    if not place:
        for note in reversed(person.notes):
            if note.get("last_known_location"):
                place = note["last_known_location"]
                break
    out["missing_place"] = place or ""
    out["household_place"] = " ".join(f[k] for k in HOME_PARTS if f.get(k))  # widest first
    out["missing_date"] = ext.get("missing_date", "")
    out["height_cm"] = ext.get("height_cm", "")
    out["contact"] = ext.get("contact") or " ".join(
        v for v in (f.get("author_name"), f.get("author_phone"), f.get("author_email")) if v
    )
    out["photos"] = "\n".join(person.photos)
    out["notes"] = json.dumps(person.notes, ensure_ascii=False) if person.notes else ""
    return out


def _join_name(given: str, family: str) -> str:
    if _is_cjk(given) and _is_cjk(family):
        return family + given
    return " ".join(p for p in (given, family) if p)


def _is_cjk(text: str) -> bool:
    return bool(text) and all("\u3400" <= ch <= "\u9fff" or ch == "·" for ch in text)


class _Reader:
    """Expat, namespace-aware, pushed a chunk at a time; calls back for each person / top note."""

    def __init__(
        self,
        name: str,
        on_person: Callable[[PfifPerson], None],
        on_note: Callable[[dict[str, str]], None],
    ) -> None:
        self.name = name
        self.on_person = on_person
        self.on_note = on_note
        self.version: str | None = None
        self.depth = 0
        self.person: PfifPerson | None = None
        self.note: dict[str, str] | None = None
        self.field: tuple[str, str] | None = None  # (which record: person/note/ext, field name)
        self.text: list[str] = []
        p = expat.ParserCreate(namespace_separator="|")
        p.buffer_text = True
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        p.CharacterDataHandler = self._chars
        p.EntityDeclHandler = self._entity
        self.parser = p

    def feed(self, path: Path) -> Iterator[None]:
        try:
            with path.open("rb") as f:
                while chunk := f.read(CHUNK):
                    self._parse(chunk, False)
                    yield
            self._parse(b"", True)
            yield
        except OSError as exc:
            raise UserError(MSG_READ, file=self.name, reason=exc.strerror or str(exc)) from exc

    def _parse(self, data: bytes, final: bool) -> None:
        try:
            self.parser.Parse(data, final)
        except expat.ExpatError as exc:
            raise UserError(
                MSG_XML, file=self.name, line=exc.lineno, reason=expat.ErrorString(exc.code)
            ) from exc

    def _entity(self, *_: object) -> None:
        raise UserError(MSG_ENTITY, file=self.name, line=self.parser.CurrentLineNumber)

    def _start(self, name: str, _attrs: dict[str, str]) -> None:
        self.depth += 1
        ns, _, local = name.rpartition("|")
        ns = ns.rstrip("/")
        if self.depth == 1:
            if ns not in NAMESPACES or local != "pfif":
                raise UserError(MSG_NOT_PFIF, file=self.name, tag=local)
            self.version = NAMESPACES[ns]
            return
        pfif = ns in NAMESPACES
        if self.depth == 2 and pfif and local == "person":
            self.person = PfifPerson(line=self.parser.CurrentLineNumber)
        elif (
            pfif
            and local == "note"
            and (self.depth == 2 or (self.depth == 3 and self.person is not None))
        ):
            self.note = {}
        elif self.depth == 3 and self.person is not None and self.note is None:
            if pfif and local in PERSON_FIELDS + LEGACY_PERSON_FIELDS:
                self.field = ("person", local)
            elif ns == STATION_NS and (local in EXTENSION_FIELDS or local == EXTENSION_PHOTO):
                self.field = ("ext", local)
        elif (
            self.note is not None
            and pfif
            and local in NOTE_FIELDS + LEGACY_NOTE_FIELDS
            and self.depth == (4 if self.person is not None else 3)
        ):
            self.field = ("note", local)
        self.text = []

    def _chars(self, data: str) -> None:
        if self.field is not None:
            self.text.append(data)

    def _end(self, name: str) -> None:
        ns, _, local = name.rpartition("|")
        if self.field is not None:
            kind, key = self.field
            value = "".join(self.text).strip()
            if key == "photo_url" and datauri.is_data_uri(value):
                value = "".join(value.split())
            if kind == "person" and self.person is not None:
                self.person.fields[key] = value
            elif kind == "ext" and self.person is not None:
                if key == EXTENSION_PHOTO:
                    if value:
                        self.person.photos.append(value)
                else:
                    self.person.extension[key] = value
            elif kind == "note" and self.note is not None:
                self.note[key] = value
            self.field = None
        elif self.note is not None and local == "note" and ns.rstrip("/") in NAMESPACES:
            note = {k: v for k, v in self.note.items() if v}
            if self.person is not None:
                self.person.notes.append(note)
            else:
                self.on_note(note)
            self.note = None
        elif self.depth == 2 and self.person is not None:
            self.on_person(self.person)
            self.person = None
        self.depth -= 1


# --- writing ----------------------------------------------------------------------------------
def write(path: Path, people: Iterable[PfifPerson]) -> int:
    """Write PFIF 1.4 (atomically: the file appears whole or not at all); the number of persons."""
    count = 0
    with replacing(path) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(f'<pfif:pfif xmlns:pfif="{NS}" xmlns:station="{STATION_NS}">\n')
        for person in people:
            _write_person(out, person)
            count += 1
        out.write("</pfif:pfif>\n")
    return count


def _write_person(out: IO[str], person: PfifPerson) -> None:
    out.write("  <pfif:person>\n")
    for key in PERSON_FIELDS:
        value = person.fields.get(key, "")
        if value or key in MANDATORY_PERSON:
            out.write(f"    <pfif:{key}>{_escape(value)}</pfif:{key}>\n")
    for key in EXTENSION_FIELDS:
        if value := person.extension.get(key, ""):
            out.write(f"    <station:{key}>{_escape(value)}</station:{key}>\n")
    for photo in person.photos:
        out.write(f"    <station:{EXTENSION_PHOTO}>{_escape(photo)}</station:{EXTENSION_PHOTO}>\n")
    for note in person.notes:
        out.write("    <pfif:note>\n")
        for key in NOTE_FIELDS:
            value = note.get(key, "")
            if value or key in MANDATORY_NOTE:
                out.write(f"      <pfif:{key}>{_escape(value)}</pfif:{key}>\n")
        out.write("    </pfif:note>\n")
    out.write("  </pfif:person>\n")


_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _escape(text: str) -> str:
    text = _NOT_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def utc_text(moment: dt.datetime) -> str:
    """PFIF's time format: UTC, seconds, a trailing Z."""
    return moment.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"
