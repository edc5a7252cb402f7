"""Photo files in the data directory, named by the SHA-256 of their content.

A photo is checked before anything is written: it must be a readable image of a sensible size. Files
are written to a temporary name and renamed into place, so a crash never leaves half a photo; a photo
already stored is not written twice.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 80 * 1024 * 1024
MAX_PIXELS = 120_000_000
MIN_SIDE = 32
THUMB_SIZE = 160
# Our own limit is checked before decoding; let Pillow warn only beyond it.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "BMP": "bmp", "TIFF": "tif", "GIF": "gif"}

MSG_MISSING = QT_TRANSLATE_NOOP("UserError", "找不到照片文件 {file}")
MSG_NOT_IMAGE = QT_TRANSLATE_NOOP(
    "UserError", "文件 {file} 不是图片，或格式不受支持（支持 JPEG、PNG、WEBP、BMP、TIFF）"
)
MSG_CORRUPT = QT_TRANSLATE_NOOP("UserError", "照片 {file} 已损坏或不完整，无法读取：{reason}")
MSG_TOO_LARGE_FILE = QT_TRANSLATE_NOOP(
    "UserError", "照片 {file} 太大（{mb} MB），单张照片不能超过 {limit} MB"
)
MSG_TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "UserError", "照片 {file} 的像素过多（{mp} 百万像素），最多 {limit} 百万像素，请先缩小"
)
MSG_TOO_SMALL = QT_TRANSLATE_NOOP("UserError", "照片 {file} 太小（{w}×{h} 像素），无法看清人脸")
MSG_DISK = QT_TRANSLATE_NOOP("UserError", "无法保存照片到 {where}：{reason}")


@dataclass(frozen=True)
class StoredPhoto:
    sha256: str
    ext: str
    width: int
    height: int
    original_name: str


class PhotoStore:
    """Content-addressed photo files under ``root``: ``photos/ab/abcdef….jpg`` and thumbnails."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str, ext: str) -> Path:
        return self.root / "photos" / sha256[:2] / f"{sha256}.{ext}"

    def thumbnail_path(self, sha256: str) -> Path:
        return self.root / "thumbs" / sha256[:2] / f"{sha256}.jpg"

    def check_file(self, source: Path) -> None:
        """Raise UserError if ``source`` would be refused, without storing anything."""
        _check_image(_read(source), source.name)

    def add_file(self, source: Path) -> StoredPhoto:
        """Check a photo file and store it (and its thumbnail); raise UserError naming the file."""
        return self.add_bytes(_read(source), original_name=source.name)

    def add_bytes(self, data: bytes, *, original_name: str) -> StoredPhoto:
        image_format, width, height = _check_image(data, original_name)
        ext = FORMATS[image_format]
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest, ext)
        try:
            if not target.exists():
                _atomic_write(target, data)
            thumb = self.thumbnail_path(digest)
            if not thumb.exists():
                _atomic_write(thumb, _thumbnail(data))
        except OSError as exc:
            raise UserError(
                MSG_DISK, where=str(self.root), reason=exc.strerror or str(exc)
            ) from exc
        return StoredPhoto(digest, ext, width, height, original_name)


def _read(source: Path) -> bytes:
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                MSG_TOO_LARGE_FILE,
                file=source.name,
                mb=size // 2**20,
                limit=MAX_FILE_BYTES // 2**20,
            )
        return source.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        raise UserError(MSG_MISSING, file=str(source)) from None
    except PermissionError as exc:
        raise UserError(MSG_CORRUPT, file=source.name, reason=exc.strerror or str(exc)) from exc


def _check_image(data: bytes, name: str) -> tuple[str, int, int]:
    try:
        with warnings.catch_warnings():
            # Pillow warns about large images when opening; the limit is checked just below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
        with probe:
            image_format = probe.format or ""
            width, height = probe.size
            if image_format not in FORMATS:
                raise UserError(MSG_NOT_IMAGE, file=name)
            if width * height > MAX_PIXELS:
                raise UserError(
                    MSG_TOO_MANY_PIXELS,
                    file=name,
                    mp=round(width * height / 1e6),
                    limit=MAX_PIXELS // 1_000_000,
                )
            probe.verify()
        # verify() misses truncated pixel data; decoding a reduced draft reads the whole stream.
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
            image.load()
    except UnidentifiedImageError:
        raise UserError(MSG_NOT_IMAGE, file=name) from None
    except UserError:
        raise
    except Image.DecompressionBombError:
        raise UserError(
            MSG_TOO_MANY_PIXELS, file=name, mp="> 240", limit=MAX_PIXELS // 1_000_000
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise UserError(MSG_CORRUPT, file=name, reason=str(exc)) from exc
    if min(width, height) < MIN_SIDE:
        raise UserError(MSG_TOO_SMALL, file=name, w=width, h=height)
    return image_format, width, height


def _thumbnail(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (THUMB_SIZE * 2, THUMB_SIZE * 2))
        image = ImageOps.exif_transpose(image)
        image.thumbnail((THUMB_SIZE, THUMB_SIZE))
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=85)
        return out.getvalue()


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def file_problem(path: Path, sha256: str) -> str | None:
    """What is wrong with a kept file that should hold content of this hash: "missing",
    "damaged" (unreadable, or other content), or None when it is whole."""
    try:
        actual = file_sha256(path)
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "damaged"
    return None if actual == sha256 else "damaged"


def file_sha256(path: Path) -> str:
    """The content hash of a file, read in 1 MiB pieces (a backup may hold large databases)."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
