import numpy as np
import pytest

from station.domain.matching import several_photos_shift
from station.faces.engine import ENCODER, distance, to_bytes, unit
from station.faces.gallery import Gallery, GalleryCache


def random_rows(rng, owners):
    return [
        (owner, 1000 + i, to_bytes(unit(rng.normal(size=128)))) for i, owner in enumerate(owners)
    ]


def brute_force(rows, probe, exclude=()):
    """Each owner by its one photo, or by the normalised mean of its photos plus the shift to the
    one-photo scale; the photo shown is its nearest."""
    by_owner = {}
    for owner, photo, vector in rows:
        if owner not in exclude:
            by_owner.setdefault(owner, []).append((photo, np.frombuffer(vector, dtype="<f4")))
    result = []
    for owner, photos in by_owner.items():
        nearest = min(photos, key=lambda p: distance(p[1], probe))[0]
        if len(photos) == 1:
            d = distance(photos[0][1], probe)
        else:
            mean = unit(np.sum([v.astype(np.float64) for _, v in photos], axis=0))
            d = distance(mean, probe) + several_photos_shift(len(photos))
        result.append((owner, nearest, d))
    return sorted(result, key=lambda t: t[2])


@pytest.mark.parametrize("k", [1, 5, 40, 500])
def test_search_ranks_owners_like_brute_force(k):
    rng = np.random.default_rng(7)
    owners = list(rng.integers(1, 60, size=300))  # several photos per owner, shuffled
    owners += [1000, 1001]  # and two owners of one photo
    rows = random_rows(rng, owners)
    gallery = Gallery.build("list:1", ENCODER, 3, rows)
    probe = unit(rng.normal(size=128))
    hits = gallery.search(probe, k, exclude={owners[0]})
    expected = brute_force(rows, probe, exclude={owners[0]})[:k]
    assert [(h.owner, h.photo) for h in hits] == [(o, p) for o, p, _ in expected]
    assert [h.distance for h in hits] == pytest.approx([d for _, _, d in expected], abs=1e-5)
    assert [h.photos for h in hits] == [owners.count(o) for o, _, _ in expected]
    assert gallery.owner_count == len(set(owners))


def test_an_owner_with_many_near_photos_does_not_crowd_out_the_others():
    rng = np.random.default_rng(3)
    probe = unit(rng.normal(size=128))
    crowd = [(1, i, to_bytes(unit(probe + 0.05 * rng.normal(size=128)))) for i in range(200)]
    rows = crowd + random_rows(rng, list(rng.integers(2, 400, size=2000)))
    gallery = Gallery.build("list:1", ENCODER, 1, rows)
    for exclude in (set(), {1}):
        hits = gallery.search(probe, 5, exclude=exclude)
        expected = brute_force(rows, probe, exclude=exclude)[:5]
        assert [(h.owner, h.photo) for h in hits] == [(o, p) for o, p, _ in expected]


def test_an_empty_gallery_finds_nothing():
    gallery = Gallery.build("persons", ENCODER, 0, [])
    assert gallery.search(unit(np.ones(128)), 10) == []


def test_cache_returns_the_gallery_only_at_the_revision_it_was_built(tmp_path):
    rng = np.random.default_rng(1)
    rows = random_rows(rng, [1, 2, 2, 3])
    cache = GalleryCache(tmp_path / "galleries")
    assert cache.load("list:4", ENCODER, 2) is None
    cache.save(Gallery.build("list:4", ENCODER, 2, rows))
    again = cache.load("list:4", ENCODER, 2)
    assert again is not None and list(again.owners) == [1, 2, 2, 3]
    probe = unit(rng.normal(size=128))
    assert again.search(probe, 3) == Gallery.build("list:4", ENCODER, 2, rows).search(probe, 3)
    assert cache.load("list:4", ENCODER, 3) is None  # the list changed since
    assert cache.load("list:4", "another-model", 2) is None  # never another encoder's numbers
    # A damaged cache is rebuilt, not trusted.
    folder = next((tmp_path / "galleries").glob("list_4__*"))
    (folder / "matrix.npy").write_bytes(b"not numpy")
    assert cache.load("list:4", ENCODER, 2) is None
    cache.drop("list:4")
    assert not any((tmp_path / "galleries").glob("list_4__*"))
