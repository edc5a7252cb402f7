"""The audit trail's hash chain: each event carries the SHA-256 of the one before it and of itself.

An event's hash covers the previous event's hash and every stored field of its own (time, account,
action, entity, person, before and after), so changing, deleting or inserting a row anywhere breaks
the chain from there on, and ``station check`` names the first event that does not fit. On top,
the database refuses UPDATE and DELETE of audit rows (triggers on SQLite and PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

GENESIS = "0" * 64

SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event"
    " BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event"
    " BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
)
POSTGRES_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$"
    " BEGIN RAISE EXCEPTION 'audit_event is append-only'; END; $$ LANGUAGE plpgsql",
    "DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event",
    "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event"
    " FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
)
# One writer at a time extends the chain on a shared PostgreSQL (SQLite writes one at a time).
CHAIN_LOCK = 0x5374_6174  # "Stat"


def _utc_text(at: dt.datetime | str) -> str:
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(prev: str, fields: dict[str, Any]) -> str:
    """The hash of one event after ``prev``; ``fields`` as stored (at, staff_id, action, …)."""
    body = {
        "at": _utc_text(fields["at"]),
        "staff_id": fields.get("staff_id"),
        "action": fields["action"],
        "entity": fields["entity"],
        "entity_id": fields.get("entity_id"),
        "person_id": fields.get("person_id"),
        "before": fields.get("before_json"),
        "after": fields.get("after_json"),
    }
    text = prev + json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def first_break(rows: Iterable[Any]) -> tuple[int, str] | None:
    """(event id, why) of the first event in id order that does not continue the chain."""
    prev = GENESIS
    for row in rows:
        fields = dict(row._mapping) if hasattr(row, "_mapping") else dict(row)
        if fields.get("prev_hash") != prev:
            return int(fields["id"]), "prev"
        if fields.get("hash") != event_hash(prev, fields):
            return int(fields["id"]), "hash"
        prev = fields["hash"]
    return None
