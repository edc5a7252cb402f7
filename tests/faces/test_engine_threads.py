"""Faces found from two threads at once (a search in the window beside the background comparison)."""

import threading

from station.faces.engine import find_faces


def test_two_threads_find_faces_at_once_without_crashing(face_photos):
    data = [face_photos[n].read_bytes() for n in ("obama", "biden")]
    found: list[int] = []
    errors: list[BaseException] = []

    def work(photo: bytes) -> None:
        try:
            for _ in range(3):
                faces, _rgb = find_faces(photo, "photo.jpg")
                found.append(len(faces))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d,)) for d in data]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and found == [1] * 6
