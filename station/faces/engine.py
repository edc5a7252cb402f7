"""The one adapter over face_recognition. It is imported lazily (it loads every model at import)
and its habit of calling ``quit()`` when the model package is missing becomes a clear error."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from types import ModuleType

import numpy as np

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.faces.images import downscale_for_detection, load_rgb

MODEL_NAME = "dlib_resnet_v1"
DETECT_MAX_SIDE = 800

MSG_NO_MODELS = QT_TRANSLATE_NOOP(
    "UserError",
    "人脸识别模型未安装或无法加载（face_recognition_models）：{reason}。请重新安装 Station。",
)


@dataclass(frozen=True)
class Face:
    """One face in a photo: its box in the photo's own (upright) pixels and its encoding."""

    top: int
    right: int
    bottom: int
    left: int
    encoding: np.ndarray  # float32, 128 values

    @property
    def size(self) -> int:
        return min(self.bottom - self.top, self.right - self.left)


@cache
def _library() -> ModuleType:
    try:
        import face_recognition
    except SystemExit as exc:  # face_recognition quits when face_recognition_models is missing
        raise UserError(MSG_NO_MODELS, reason=f"exit {exc.code}") from None
    except ImportError as exc:
        raise UserError(MSG_NO_MODELS, reason=str(exc)) from exc
    # face_recognition sets this process-wide on import, which would let truncated photos pass
    # the photo store's checks; Station decodes photos itself and wants them whole.
    from PIL import ImageFile

    ImageFile.LOAD_TRUNCATED_IMAGES = False
    return face_recognition


def find_faces(data: bytes, name: str, *, model: str = "hog") -> tuple[list[Face], np.ndarray]:
    """Every face in the photo, largest first, with the upright RGB image they were found in.

    Detection runs on a copy no larger than ``DETECT_MAX_SIDE`` pixels; the boxes are mapped back and
    the encodings are computed on the full image.
    """
    library = _library()
    rgb = load_rgb(data, name)
    small, factor = downscale_for_detection(rgb, DETECT_MAX_SIDE)
    boxes = library.face_locations(small, number_of_times_to_upsample=1, model=model)
    height, width = rgb.shape[:2]
    mapped = [
        (
            max(0, round(top * factor)),
            min(width, round(right * factor)),
            min(height, round(bottom * factor)),
            max(0, round(left * factor)),
        )
        for top, right, bottom, left in boxes
    ]
    encodings = (
        library.face_encodings(rgb, known_face_locations=mapped, num_jitters=1) if mapped else []
    )
    faces = [
        Face(*box, encoding=np.asarray(e, dtype=np.float32))
        for box, e in zip(mapped, encodings, strict=True)
    ]
    faces.sort(key=lambda f: f.size, reverse=True)
    return faces, rgb


def distance(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(a.astype(np.float64) - b.astype(np.float64)))
