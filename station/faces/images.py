"""Turning any photo a station receives into the 8-bit RGB array dlib expects, upright."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageOps

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP

MSG_UNREADABLE = QT_TRANSLATE_NOOP("UserError", "照片 {file} 无法读取：{reason}")


def load_rgb(data: bytes, name: str) -> np.ndarray:
    """Decode, apply the EXIF orientation (phones store rotated pixels), and convert grayscale,
    CMYK, palette, alpha and 16-bit images to 8-bit RGB."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError) as exc:
        raise UserError(MSG_UNREADABLE, file=name, reason=str(exc)) from exc
    return np.asarray(_to_rgb(upright), dtype=np.uint8)


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        array = np.asarray(image, dtype=np.float64)
        low, high = float(array.min()), float(array.max())
        scaled = np.zeros_like(array) if high <= low else (array - low) * (255.0 / (high - low))
        return Image.fromarray(scaled.astype(np.uint8), "L").convert("RGB")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def downscale_for_detection(rgb: np.ndarray, max_side: int) -> tuple[np.ndarray, float]:
    """A smaller copy for the detector (HOG time grows with pixels) and the factor back."""
    height, width = rgb.shape[:2]
    longest = max(height, width)
    if longest <= max_side:
        return rgb, 1.0
    factor = longest / max_side
    small = Image.fromarray(rgb).resize(
        (max(1, round(width / factor)), max(1, round(height / factor))), Image.Resampling.BILINEAR
    )
    return np.asarray(small), factor
