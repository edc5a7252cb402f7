"""The one adapter over face_recognition. It is imported lazily (it loads every model at import)
and its habit of calling ``quit()`` when the model package is missing becomes a clear error."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import cache
from types import ModuleType

import numpy as np

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.faces.images import downscale_for_detection, load_rgb

MODEL_NAME = "dlib_resnet_v1"
DETECT_MAX_SIDE = 800
# Names every setting that changes the numbers of an encoding; stored with each one, and encodings
# of different encoders are never compared. Change it whenever the encoding recipe changes.
ENCODER = f"{MODEL_NAME}/hog{DETECT_MAX_SIDE}/j1/l2"
DIMENSIONS = 128

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
        with warnings.catch_warnings():  # its model package still imports pkg_resources
            warnings.filterwarnings("ignore", "pkg_resources is deprecated", UserWarning)
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
    faces = [Face(*box, encoding=unit(e)) for box, e in zip(mapped, encodings, strict=True)]
    faces.sort(key=lambda f: f.size, reverse=True)
    return faces, rgb


def unit(vector: object) -> np.ndarray:
    """The vector scaled to length 1, as float32 (distances then follow from dot products)."""
    v = np.asarray(vector, dtype=np.float64)
    norm = float(np.linalg.norm(v))
    return (v / norm if norm > 0 else v).astype(np.float32)


def distance(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(a.astype(np.float64) - b.astype(np.float64)))


def to_bytes(encoding: np.ndarray) -> bytes:
    return np.asarray(encoding, dtype="<f4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    vector = np.frombuffer(data, dtype="<f4")
    if vector.shape != (DIMENSIONS,):
        raise ValueError(f"an encoding has {vector.size} values, not {DIMENSIONS}")
    return vector.astype(np.float32)
