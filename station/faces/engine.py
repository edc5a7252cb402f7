"""The one adapter over face_recognition. It is imported lazily (it loads every model at import)
and its habit of calling ``quit()`` when the model package is missing becomes a clear error."""

from __future__ import annotations

import threading
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
CHIP_SIZE, CHIP_PADDING = 150, 0.25  # dlib's aligned face chip, as its ResNet was trained on
# Names every setting that changes the numbers of an encoding; stored with each one, and encodings
# of different encoders are never compared. Change it whenever the encoding recipe changes.
# "flip": the mean of the unit encodings of the aligned chip and its mirror image. Measured on
# ../shared/faces-dev (benchmarks/accuracy.py): TAR at FAR 1 % 0.642 -> 0.673 over all pairs,
# 0.686 -> 0.702 over East Asian pairs, at FAR 0.1 % 0.381 -> 0.432; ~0.12 s more per face.
ENCODER = f"{MODEL_NAME}/hog{DETECT_MAX_SIDE}/5pt-chip{CHIP_SIZE}/flip/l2"
DIMENSIONS = 128

# dlib's detector, landmark model and network are shared by the process and not safe to run from
# two threads at once (a search on the window's thread beside the background comparison crashed the
# process): one face job at a time in a process; worker processes have their own.
_DLIB = threading.Lock()

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
    with _DLIB:
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
    faces = [Face(*box, encoding=_encode(library, rgb, box)) for box in mapped]
    faces.sort(key=lambda f: f.size, reverse=True)
    return faces, rgb


def _encode(library: ModuleType, rgb: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The face's encoding: its landmarks align a chip, and the chip and its mirror image are
    encoded together (one batch) and averaged: a face and its mirror are the same person, and the
    mean is steadier than either (see ``ENCODER``)."""
    import dlib  # loaded with face_recognition, whose models this uses

    top, right, bottom, left = box
    with _DLIB:
        shape = library.api.pose_predictor_5_point(rgb, dlib.rectangle(left, top, right, bottom))
        chip = dlib.get_face_chip(rgb, shape, size=CHIP_SIZE, padding=CHIP_PADDING)
        mirror = np.ascontiguousarray(chip[:, ::-1])
        pair = library.api.face_encoder.compute_face_descriptor([chip, mirror])
    return unit(unit(np.array(pair[0])) + unit(np.array(pair[1])))


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
