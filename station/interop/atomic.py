"""Writing a file so that it appears whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP

MSG_WRITE = QT_TRANSLATE_NOOP("UserError", "无法写入文件 {file}：{reason}")


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write; it takes ``path``'s place when the block ends
    without an error, and is removed when it does not (the old file, if any, is left as it was).
    A failure of the disk, here or in the block, is reported naming the file."""
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(handle)
        tmp = Path(name)
        try:
            yield tmp
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(MSG_WRITE, file=str(path), reason=exc.strerror or str(exc)) from exc
