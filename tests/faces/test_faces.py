"""Detection and encoding on real photos (face_recognition's own test images)."""

import io

import numpy as np
import pytest
from PIL import Image, ImageFilter

from station.faces import quality
from station.faces.engine import distance, find_faces


def jpeg(image: Image.Image, **kw) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, **kw)
    return out.getvalue()


@pytest.fixture(scope="module")
def encodings(face_photos):
    result = {}
    for key in ("obama", "obama2", "obama3", "biden"):
        faces, _ = find_faces(face_photos[key].read_bytes(), face_photos[key].name)
        assert len(faces) == 1, key
        result[key] = faces[0].encoding
    return result


def test_same_person_is_nearer_than_another_person(encodings):
    same = [distance(encodings["obama"], encodings[k]) for k in ("obama2", "obama3")]
    other = [distance(encodings[k], encodings["biden"]) for k in ("obama", "obama2", "obama3")]
    assert max(same) < min(other)
    assert encodings["obama"].dtype == np.float32 and encodings["obama"].shape == (128,)


def test_a_phone_photo_stored_rotated_with_exif_orientation_is_found(face_photos, encodings):
    upright = Image.open(face_photos["obama2"])
    # Phones keep the sensor's pixels and record "rotate 90° clockwise to view" (orientation 6).
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    faces, rgb = find_faces(jpeg(stored, exif=exif), "IMG_0001.jpg")
    assert len(faces) == 1
    assert rgb.shape[:2] == (upright.height, upright.width)
    assert distance(faces[0].encoding, encodings["obama2"]) < 0.2


@pytest.mark.parametrize("mode", ["L", "CMYK", "I;16", "RGBA"])
def test_grayscale_cmyk_16bit_and_alpha_images_are_handled(face_photos, encodings, mode):
    image = Image.open(face_photos["obama"]).convert("RGB")
    if mode == "I;16":
        converted = Image.fromarray(np.asarray(image.convert("L"), dtype=np.uint16) * 257)
        data = io.BytesIO()
        converted.save(data, "PNG")
        payload = data.getvalue()
    elif mode == "CMYK":
        payload = jpeg(image.convert("CMYK"))
    else:
        data = io.BytesIO()
        image.convert(mode).save(data, "PNG")
        payload = data.getvalue()
    faces, _ = find_faces(payload, f"obama-{mode}.png")
    assert len(faces) == 1
    assert distance(faces[0].encoding, encodings["obama"]) < 0.35


def test_a_large_photo_is_detected_on_a_smaller_copy_and_the_box_maps_back(face_photos):
    image = Image.open(face_photos["obama"]).convert("RGB")
    big = image.resize((image.width * 4, image.height * 4))
    [small_face], _ = find_faces(jpeg(image), "small.jpg")
    [big_face], _ = find_faces(jpeg(big), "big.jpg")
    assert (
        abs(big_face.top - 4 * small_face.top) < 40
        and abs(big_face.left - 4 * small_face.left) < 40
    )


def test_quality_of_a_good_photo(face_photos):
    report = quality.check(face_photos["obama"].read_bytes(), "obama.jpg")
    assert report.usable and report.problems == []


def test_no_face_is_explained(tmp_path):
    landscape = Image.linear_gradient("L").resize((400, 300)).convert("RGB")
    report = quality.check(jpeg(landscape), "风景.jpg")
    assert not report.usable
    assert [p.code for p in report.problems] == ["no_face"]
    assert "没有找到人脸" in report.problems[0].message


def test_several_faces_the_largest_first(face_photos):
    a = Image.open(face_photos["obama"]).convert("RGB")
    b = Image.open(face_photos["biden"]).convert("RGB")
    scale = 0.75 * a.height / b.height  # keep the aspect ratio; smaller than the first face
    b = b.resize((round(b.width * scale), round(b.height * scale)))
    group = Image.new("RGB", (a.width + b.width + 40, a.height), "white")
    group.paste(a, (0, 0))
    group.paste(b, (a.width + 40, 0))
    report = quality.check(jpeg(group), "合影.jpg")
    assert [p.code for p in report.problems] == ["several"]
    assert "2 张人脸" in report.problems[0].message
    assert report.faces[0].size > report.faces[1].size


def test_blurred_and_tiny_faces_are_refused_with_reasons(face_photos):
    image = Image.open(face_photos["obama"]).convert("RGB")
    blurred = quality.check(jpeg(image.filter(ImageFilter.GaussianBlur(4))), "模糊.jpg")
    tiny_image = image.resize((image.width // 6, image.height // 6))
    canvas = Image.new("RGB", (800, 600), "white")
    canvas.paste(tiny_image, (300, 200))
    tiny = quality.check(jpeg(canvas), "远景.jpg")
    assert "blurred" in [p.code for p in blurred.problems], blurred.problems
    assert not blurred.usable
    codes = [p.code for p in tiny.problems]
    assert codes == ["no_face"] or "too_small" in codes


@pytest.mark.parametrize("key", ["obama", "obama2", "biden"])
def test_a_face_and_its_mirror_image_encode_alike(face_photos, encodings, key):
    # The encoding averages the aligned face and its mirror, so a photo taken mirrored (a
    # phone's front camera) lands next to the original: ~0.04-0.06 here, against 0.10-0.16
    # for the encoding of the face alone.
    image = Image.open(face_photos[key]).convert("RGB").transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    faces, _ = find_faces(jpeg(image), "mirrored.jpg")
    assert distance(faces[0].encoding, encodings[key]) < 0.08
