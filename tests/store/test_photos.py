import io

import pytest
from PIL import Image

from station.domain.errors import UserError
from station.store.photos import PhotoStore


@pytest.fixture
def store(tmp_path):
    return PhotoStore(tmp_path / "data")


def test_real_photo_is_stored_once_under_its_hash(store, face_photos):
    first = store.add_file(face_photos["obama"])
    second = store.add_file(face_photos["obama"])
    assert first == second
    assert store.path(first.sha256, "jpg").read_bytes() == face_photos["obama"].read_bytes()
    with Image.open(store.thumbnail_path(first.sha256)) as thumb:
        assert max(thumb.size) <= 160
    leftovers = [p for p in store.root.rglob(".tmp-*")]
    assert leftovers == []


def test_png_with_alpha_channel_is_accepted(store, face_photos):
    stored = store.add_file(face_photos["32bit"])
    assert stored.ext == "png"


def test_truncated_jpeg_is_refused_by_name(store, face_photos, tmp_path):
    data = face_photos["obama"].read_bytes()
    broken = tmp_path / "IMG_0042.jpg"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(UserError) as err:
        store.add_file(broken)
    assert "IMG_0042.jpg" in err.value.message and "损坏" in err.value.message
    assert not (store.root / "photos").exists()


def test_not_an_image(store, tmp_path):
    doc = tmp_path / "登记表.docx"
    doc.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(UserError) as err:
        store.add_file(doc)
    assert "登记表.docx" in err.value.message and "不是图片" in err.value.message


def test_missing_and_tiny_files(store, tmp_path):
    with pytest.raises(UserError, match="找不到"):
        store.add_file(tmp_path / "nope.jpg")
    tiny = tmp_path / "tiny.png"
    Image.new("RGB", (20, 20)).save(tiny)
    with pytest.raises(UserError, match="太小"):
        store.add_file(tiny)


def test_fifty_megapixel_photo_is_stored_with_a_small_thumbnail(store, tmp_path):
    big = tmp_path / "camera.jpg"
    Image.new("RGB", (8660, 5774), (180, 150, 120)).save(big, quality=60)  # 50 MP
    stored = store.add_file(big)
    assert (stored.width, stored.height) == (8660, 5774)
    with Image.open(store.thumbnail_path(stored.sha256)) as thumb:
        assert max(thumb.size) == 160


def test_too_many_pixels_is_refused_before_decoding(store, tmp_path):
    # A PNG header claiming 20000 x 10000 pixels: refused from the header alone.
    huge = tmp_path / "huge.png"
    buf = io.BytesIO()
    Image.new("1", (20000, 10000)).save(buf, "PNG")
    huge.write_bytes(buf.getvalue())
    with pytest.raises(UserError) as err:
        store.add_file(huge)
    assert "huge.png" in err.value.message and "200" in err.value.message
