"""Photo search figures: encoding rate (one process vs all cores) and gallery search latency and
memory at 10 000, 100 000 and 1 000 000 encodings.

Targets on the 2-core reference machine: encoding scales with cores; a search of 1 000 000
encodings under 50 ms; the index under 600 MB at 1 000 000.

    uv run python benchmarks/photo_search.py [--photos DIR] [--count 48] [--sizes 10000,100000,1000000]

The encoding part uses real photos (default: ../shared/faces-dev, else face_recognition's test
photos); the search part uses random unit vectors (the cost of a search does not depend on which
faces are in the index) with 1.25 photos per owner, as in a list where some records have two photos.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from station.faces.engine import DIMENSIONS
from station.faces.gallery import Gallery, GalleryCache, owner_lengths
from station.services import encoding

HERE = Path(__file__).resolve().parent
DEFAULT_PHOTOS = HERE.parent.parent / "shared" / "faces-dev"
FALLBACK = Path.home() / ".cache" / "station-test-photos" / "test_images"


def photo_files(folder: Path, count: int) -> list[Path]:
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".jpg", ".jpeg", ".png"))
    if not files:
        raise SystemExit(f"no photos in {folder}")
    return (files * (count // len(files) + 1))[:count]


def encode_rate(files: list[Path], workers: int) -> float:
    tasks = [encoding.Task(i, str(p), p.name) for i, p in enumerate(files)]
    with tempfile.TemporaryDirectory() as store:
        start = time.perf_counter()
        done = sum(1 for _ in encoding.run(tasks, Path(store), workers=workers))
        elapsed = time.perf_counter() - start
    return done / elapsed


def random_gallery(size: int, rng: np.random.Generator) -> Gallery:
    matrix = rng.standard_normal((size, DIMENSIONS), dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    owners = np.sort(rng.integers(1, int(size / 1.25) + 1, size=size, dtype=np.int64))
    photos = np.arange(1, size + 1, dtype=np.int64)
    matrix = np.ascontiguousarray(matrix)
    return Gallery("bench", "bench", 1, owners, photos, matrix, owner_lengths(owners, matrix))


def search_figures(size: int, rng: np.random.Generator, repeats: int) -> dict[str, float]:
    gallery = random_gallery(size, rng)
    probes = rng.standard_normal((repeats, DIMENSIONS), dtype=np.float32)
    probes /= np.linalg.norm(probes, axis=1, keepdims=True)
    gallery.search(probes[0], 20)  # warm
    times = []
    for probe in probes:
        start = time.perf_counter()
        gallery.search(probe, 20)
        times.append((time.perf_counter() - start) * 1000)
    parts = (gallery.matrix, gallery.owners, gallery.photos, gallery.lengths, gallery.starts,
             gallery.counts, gallery._shifts, gallery._row_owner)  # fmt: skip
    index_mb = sum(part.nbytes for part in parts) / 2**20
    with tempfile.TemporaryDirectory() as root:
        cache = GalleryCache(Path(root))
        start = time.perf_counter()
        cache.save(gallery)
        saved = time.perf_counter() - start
        start = time.perf_counter()
        loaded = cache.load("bench", "bench", 1)
        assert loaded is not None
        loaded.search(probes[0], 20)
        opened = time.perf_counter() - start
    return {
        "median_ms": statistics.median(times),
        "p95_ms": sorted(times)[int(len(times) * 0.95) - 1],
        "index_mb": index_mb,
        "save_s": saved,
        "open_and_first_search_s": opened,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=Path, default=None)
    parser.add_argument("--count", type=int, default=48, help="photos to encode per run")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--skip-encoding", action="store_true")
    args = parser.parse_args()

    cores = os.cpu_count() or 1
    if not args.skip_encoding:
        folder = args.photos or (DEFAULT_PHOTOS if DEFAULT_PHOTOS.is_dir() else FALLBACK)
        files = photo_files(folder, args.count)
        print(f"Encoding {len(files)} photos from {folder} (detect ≤ 800 px, HOG, chip + mirror)")
        one = encode_rate(files, 1)
        print(f"  1 process:            {one:5.2f} photos/s")
        if cores > 1:
            many = encode_rate(files, cores)
            print(f"  {cores} worker processes:  {many:5.2f} photos/s  (×{many / one:.2f})")
    rng = np.random.default_rng(11)
    print("Gallery search (top 20 owners, owners by the mean of their photos)")
    for size in (int(s) for s in args.sizes.split(",")):
        f = search_figures(size, rng, args.repeats)
        print(
            f"  {size:>9,} encodings: median {f['median_ms']:6.1f} ms, p95 {f['p95_ms']:6.1f} ms;"
            f" index {f['index_mb']:6.1f} MB; cache write {f['save_s']:.2f} s,"
            f" open + first search {f['open_and_first_search_s']:.2f} s"
        )


if __name__ == "__main__":
    main()
