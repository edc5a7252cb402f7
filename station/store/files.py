"""The files a station's database names: photos (of residents and of list records) and archived
documents, each stored once under its content hash in the data folder. Read by the integrity
check, backups and moving a station, on any connection (the live database or a snapshot)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text


@dataclass(frozen=True)
class NamedFile:
    relative: str  # path inside the data folder, e.g. photos/ab/ab12….jpg
    sha256: str
    owner: str  # "person", "record" or "document"
    owner_id: str  # the person's or record's number, or the document's number


def named_files(conn: Connection) -> list[NamedFile]:
    photos = conn.execute(
        text(
            "SELECT sha256, ext, 'person', person_id FROM photo UNION ALL"
            " SELECT sha256, ext, 'record', record_id FROM missing_photo"
            " WHERE sha256 IS NOT NULL AND ext IS NOT NULL"
        )
    ).all()
    documents = conn.execute(text("SELECT sha256, number FROM printed_document")).all()
    return [
        NamedFile(f"photos/{sha[:2]}/{sha}.{ext}", sha, kind, str(owner))
        for sha, ext, kind, owner in photos
    ] + [
        NamedFile(f"documents/{sha[:2]}/{sha}.pdf", sha, "document", str(number))
        for sha, number in documents
    ]


def distinct(files: list[NamedFile]) -> list[NamedFile]:
    """One entry per file (a photo in two lists is one file)."""
    seen: dict[str, NamedFile] = {}
    for f in files:
        seen.setdefault(f.relative, f)
    return list(seen.values())
