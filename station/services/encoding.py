"""Encoding many photos in worker processes, with nothing but files in and plain values out.

A worker reads one photo, stores a copy in the photo store (content-addressed, written atomically, so
workers never collide), finds the largest face and encodes it. Results go back to the parent, which
alone writes to the database; a photo whose result was not committed is simply encoded again.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, delete

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.faces import quality
from station.faces.engine import ENCODER, to_bytes
from station.store.models import FaceEncoding
from station.store.photos import PhotoStore, StoredPhoto

MSG_CHANGED = QT_TRANSLATE_NOOP(
    "UserError", "照片文件 {file} 与其校验值不符（已损坏或被替换），没有编码；请从备份恢复"
)
MSG_WORKER_DIED = QT_TRANSLATE_NOOP(
    "UserError",
    "照片编码进程意外退出（可能是内存不足）。已完成的照片已保存，请重新开始，将从中断处继续。",
)


@dataclass(frozen=True)
class Task:
    key: int  # the row this photo belongs to (missing_photo.id or photo.id)
    path: str
    name: str  # as the user knows it, for messages
    sha256: str | None = None  # a stored photo's hash: the file must still match it


@dataclass(frozen=True)
class Outcome:
    key: int
    encoder: str
    stored: StoredPhoto | None = None
    box: tuple[int, int, int, int] | None = None  # top, right, bottom, left
    faces_found: int = 0
    sharpness: float | None = None
    vector: bytes | None = None
    problem: str | None = None  # code: unreadable, no_face, several, too_small, blurred
    detail: str | None = None  # the Chinese message, with its parameters filled in


def encode_one(task: Task, store_root: str | None) -> Outcome:
    """Read, keep a copy (when ``store_root`` is given) and encode the largest face of one photo."""
    try:
        data = Path(task.path).read_bytes()
    except OSError as exc:
        return Outcome(task.key, ENCODER, problem="unreadable", detail=exc.strerror or str(exc))
    if task.sha256 is not None and hashlib.sha256(data).hexdigest() != task.sha256:
        detail = MSG_CHANGED.format(file=task.path)
        return Outcome(task.key, ENCODER, problem="unreadable", detail=detail)
    try:
        stored = (
            PhotoStore(Path(store_root)).add_bytes(data, original_name=task.name)
            if store_root
            else None
        )
        report = quality.check(data, task.name)
    except UserError as exc:
        return Outcome(task.key, ENCODER, problem="unreadable", detail=exc.message)
    if not report.faces:
        return Outcome(
            task.key, ENCODER, stored, problem="no_face", detail=report.problems[0].message
        )
    face = report.faces[0]
    first = report.problems[0] if report.problems else None
    return Outcome(
        task.key,
        ENCODER,
        stored,
        box=(face.top, face.right, face.bottom, face.left),
        faces_found=len(report.faces),
        sharpness=report.sharpness,
        vector=to_bytes(face.encoding),
        problem=first.code if first else None,
        detail=first.message if first else None,
    )


def face_row(
    out: Outcome, *, photo_id: int | None = None, missing_photo_id: int | None = None
) -> FaceEncoding:
    """The encoding row of an outcome; a photo without a usable face gets an empty row
    (``faces_found`` 0) so it is not tried again."""
    top, right, bottom, left = out.box or (0, 0, 0, 0)
    return FaceEncoding(
        photo_id=photo_id,
        missing_photo_id=missing_photo_id,
        encoder=out.encoder,
        top=top,
        right=right,
        bottom=bottom,
        left=left,
        faces_found=out.faces_found if out.vector else 0,
        sharpness=out.sharpness,
        vector=out.vector or b"",
    )


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def run(
    tasks: Iterable[Task],
    store_root: Path | None,
    *,
    workers: int,
    stop: Callable[[], bool] = lambda: False,
) -> Iterator[Outcome]:
    """Outcomes as they finish. With one worker, encode in this process (no start-up cost).

    ``stop`` is asked between photos; once it says yes, no new photo is started, the photos already
    started are finished and yielded, and the iteration ends.
    """
    root = str(store_root) if store_root else None
    if workers <= 1:
        for task in tasks:
            if stop():
                return
            yield encode_one(task, root)
        return
    # spawn, not fork: the parent may be a Qt application with threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: set[Future[Outcome]] = set()
        source = iter(tasks)
        exhausted = False
        while True:
            while not exhausted and not stop() and len(pending) < workers * 3:
                task = next(source, None)
                if task is None:
                    exhausted = True
                    break
                pending.add(pool.submit(encode_one, task, root))
            if not pending:
                return
            done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    outcome = future.result()
                except BrokenProcessPool as exc:
                    raise UserError(MSG_WORKER_DIED) from exc
                yield outcome
            if stop() and not pending:
                return


def encode_in_batches(
    tasks: Iterable[Task],
    store_root: Path | None,
    store: Callable[[list[Outcome]], None],
    *,
    total: int,
    workers: int = 1,
    every: int = 64,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> int:
    """Encode the tasks and hand their outcomes to ``store`` (one transaction each) ``every`` at a
    time; the last, partial batch is stored even when the work ends in an error. Returns how many
    photos finished."""
    done = 0
    batch: list[Outcome] = []
    if progress and total:
        progress(0, total)  # the count from the start, while the workers load their models
    try:
        for outcome in run(tasks, store_root, workers=workers, stop=stop or (lambda: False)):
            batch.append(outcome)
            done += 1
            if len(batch) >= every:
                store(batch)
                batch = []
            if progress:
                progress(done, total)
    finally:
        if batch:
            store(batch)
    return done


def drop_other_encoders(
    s: Session, encoder: str, *, photo_id: int | None = None, missing_photo_id: int | None = None
) -> None:
    """Remove a photo's encodings made by other encoders, once it has one of ``encoder`` (they
    are never compared with the current ones, so they only take space)."""
    query = delete(FaceEncoding).where(col(FaceEncoding.encoder) != encoder)
    if photo_id is not None:
        query = query.where(col(FaceEncoding.photo_id) == photo_id)
    else:
        query = query.where(col(FaceEncoding.missing_photo_id) == missing_photo_id)
    s.exec(query)  # type: ignore[call-overload]
