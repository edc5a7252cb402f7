"""Is a photo fit to search with? Each problem has a plain Chinese explanation."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from station.domain.i18n import QT_TRANSLATE_NOOP
from station.faces.engine import Face, find_faces

MIN_FACE = 60  # pixels between eyes and chin are few below this: encodings become unreliable
MIN_SHARPNESS = 15.0  # variance of the Laplacian on the face, grey levels squared

NO_FACE = QT_TRANSLATE_NOOP("Quality", "照片中没有找到人脸。请用正面、光线充足、脸部未遮挡的照片。")
SEVERAL = QT_TRANSLATE_NOOP("Quality", "照片中有 {n} 张人脸，请选择要比对的那一张。")
TOO_SMALL = QT_TRANSLATE_NOOP(
    "Quality", "人脸太小（约 {size} 像素，至少需要 {min} 像素）。请靠近拍摄或用更清晰的原图。"
)
BLURRED = QT_TRANSLATE_NOOP(
    "Quality", "人脸模糊（清晰度 {value}，至少需要 {min}）。请重拍一张清晰的照片。"
)


@dataclass(frozen=True)
class Problem:
    code: str
    template: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class QualityReport:
    faces: list[Face]
    problems: list[Problem]
    sharpness: float | None = None  # of the largest face
    crops: list[bytes] = field(default_factory=list)  # JPEG of each face, when asked for

    @property
    def usable(self) -> bool:
        """One face (or a chosen one among several) that is large and sharp enough."""
        return bool(self.faces) and not any(
            p.code in ("too_small", "blurred") for p in self.problems
        )


def check(data: bytes, name: str, *, crops: bool = False) -> QualityReport:
    """Faces (largest first) and what stands in the way of searching with the photo. ``crops``:
    also a small JPEG of each face, for a person to choose one among several."""
    faces, rgb = find_faces(data, name)
    if not faces:
        return QualityReport([], [Problem("no_face", NO_FACE)])
    problems: list[Problem] = []
    if len(faces) > 1:
        problems.append(Problem("several", SEVERAL, {"n": len(faces)}))
    face = faces[0]
    if face.size < MIN_FACE:
        problems.append(Problem("too_small", TOO_SMALL, {"size": face.size, "min": MIN_FACE}))
    sharpness = _sharpness(rgb, face)
    if sharpness < MIN_SHARPNESS:
        problems.append(
            Problem("blurred", BLURRED, {"value": round(sharpness, 1), "min": MIN_SHARPNESS})
        )
    return QualityReport(
        faces, problems, sharpness, [face_crop(rgb, f) for f in faces] if crops else []
    )


def face_crop(rgb: np.ndarray, face: Face, side: int = 160) -> bytes:
    """The face with a margin of half its size around it, at most ``side`` pixels, as JPEG."""
    margin = max(face.bottom - face.top, face.right - face.left) // 2
    height, width = rgb.shape[:2]
    box = (
        max(0, face.left - margin),
        max(0, face.top - margin),
        min(width, face.right + margin),
        min(height, face.bottom + margin),
    )
    image = Image.fromarray(rgb).crop(box)
    image.thumbnail((side, side))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def _sharpness(rgb: np.ndarray, face: Face) -> float:
    """Variance of a 4-neighbour Laplacian over the face, on a copy scaled to 128 px wide."""
    crop = rgb[face.top : face.bottom, face.left : face.right].astype(np.float64).mean(axis=2)
    if crop.shape[0] < 3 or crop.shape[1] < 3:
        return 0.0
    step = max(1, crop.shape[1] // 128)
    crop = crop[::step, ::step]
    lap = (
        -4 * crop[1:-1, 1:-1] + crop[:-2, 1:-1] + crop[2:, 1:-1] + crop[1:-1, :-2] + crop[1:-1, 2:]
    )
    return float(lap.var())
