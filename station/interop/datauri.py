"""Photos embedded in a list as ``data:`` URIs (RFC 2397), as PFIF files may carry them.

Stored and compared by the digest of their bytes (``data:sha256:<hex>``), never by the text itself,
which may be megabytes long.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import urllib.parse

PREFIX = "data:"
KEY_PREFIX = "data:sha256:"


def is_data_uri(text: str) -> bool:
    return text[:5].lower() == PREFIX and not text.startswith(KEY_PREFIX)


def decode(text: str) -> bytes:
    """The bytes of a data URI; ValueError when it is not one or does not decode."""
    if not is_data_uri(text) or "," not in text:
        raise ValueError("not a data URI")
    header, _, payload = text[5:].partition(",")
    if header.lower().endswith(";base64"):
        try:
            return base64.b64decode("".join(payload.split()), validate=True)
        except binascii.Error as exc:
            raise ValueError(str(exc)) from exc
    return urllib.parse.unquote_to_bytes(payload)


def key_of(text: str) -> str:
    """The stable name of an embedded photo: the SHA-256 of its bytes (or of the text if broken)."""
    try:
        data = decode(text)
    except ValueError:
        data = text.encode("utf-8", "replace")
    return KEY_PREFIX + hashlib.sha256(data).hexdigest()


def encode(data: bytes, ext: str) -> str:
    mime = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}.get(ext, "image/jpeg")
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
