"""Replacing a station's files by a backup's as one step that a kill cannot cut in half.

The backup's files are first copied into ``.restoring-<stamp>`` beside the station, each checked
against its hash and flushed to disk. Then a journal is written, the current files are moved into
``before-restore-<stamp>`` and the new ones into their place, by renames inside one folder. Killed
before the journal exists, the station is still the old one and the half-built copy is removed at
the next start; killed after, the next start finishes the swap from the journal. Either way the
station is whole: the old one or the new one, never a mixture.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

JOURNAL = "restore-journal.json"
REPLACED = ("station.db", "station.db-wal", "station.db-shm", "photos", "documents")
STAGING = ".restoring-"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Recovered:
    finished: bool  # True: an interrupted swap was completed; False: a half-built copy removed
    aside: Path | None  # where the replaced data is (a finished swap)


class ChangedFile(Exception):
    """A backup file whose bytes are not those its manifest names (changed since verified)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def build(data_dir: Path, source: Path, files: dict[str, str], stamp: str) -> Path:
    """Copy a backup's files into a new folder beside the station, checked and on disk."""
    staging = data_dir / f"{STAGING}{stamp}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(mode=0o700)
    folders = {staging}
    try:
        for name, digest in files.items():
            target = staging / name
            for parent in reversed(target.relative_to(staging).parents[:-1]):
                folder = staging / parent
                if folder not in folders:
                    folder.mkdir(mode=0o700, exist_ok=True)
                    folders.add(folder)
            if _copy_synced(source / name, target) != digest:
                raise ChangedFile(name)
        for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
            _sync_dir(folder)
        _sync_dir(data_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def swap(data_dir: Path, staging: Path, aside: Path) -> None:
    """Put the built copy in place of the station's files, which go to ``aside``."""
    _write_journal(data_dir, {"staging": staging.name, "aside": aside.name, "stage": "aside"})
    _finish(data_dir)


def pending(data_dir: Path) -> bool:
    """Whether a restore was interrupted here (a journal, or a half-built copy)."""
    return (data_dir / JOURNAL).exists() or any(data_dir.glob(f"{STAGING}*"))


def recover(data_dir: Path) -> Recovered | None:
    """Finish a swap a kill interrupted, or remove a copy whose building it interrupted (the
    station must be held exclusively)."""
    if (data_dir / JOURNAL).exists():
        aside = _finish(data_dir)
        return Recovered(True, aside)
    found = sorted(data_dir.glob(f"{STAGING}*"))
    for staging in found:
        shutil.rmtree(staging, ignore_errors=True)
    return Recovered(False, None) if found else None


def _finish(data_dir: Path) -> Path:
    """Carry a journal's swap to its end; every step may be repeated after a kill."""
    journal = json.loads((data_dir / JOURNAL).read_text("utf-8"))
    staging = data_dir / _plain(journal["staging"])
    aside = data_dir / _plain(journal["aside"])
    if journal["stage"] == "aside":
        aside.mkdir(mode=0o700, exist_ok=True)
        for name in REPLACED:
            current = data_dir / name
            if current.exists() or current.is_symlink():
                os.replace(current, aside / name)
        _sync_dir(aside)
        _sync_dir(data_dir)
        _write_journal(data_dir, {**journal, "stage": "place"})
    if staging.is_dir():
        for name in sorted(os.listdir(staging)):
            os.replace(staging / name, data_dir / name)
        _sync_dir(data_dir)
        staging.rmdir()
    shutil.rmtree(data_dir / "cache", ignore_errors=True)  # galleries are rebuilt from the new data
    (data_dir / JOURNAL).unlink()
    _sync_dir(data_dir)
    return aside


def _plain(name: object) -> str:
    """A journal names folders of the data folder only."""
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name in (".", ".."):
        raise ValueError(f"restore journal names {name!r}")
    return name


def _write_journal(data_dir: Path, journal: dict[str, str]) -> None:
    tmp = data_dir / f"{JOURNAL}.tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write(json.dumps(journal))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, data_dir / JOURNAL)
    _sync_dir(data_dir)


def _copy_synced(source: Path, target: Path) -> str:
    """Copy one file (readable by its owner only), flush it to disk; its SHA-256."""
    digest = hashlib.sha256()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    with open(fd, "wb") as out, open(source, "rb") as src:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def _sync_dir(folder: Path) -> None:
    """Make a folder's renames durable (POSIX; Windows has no such call and needs none)."""
    if os.name == "nt":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
