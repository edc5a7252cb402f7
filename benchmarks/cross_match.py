"""Cross-matching figures: residents × a list's encodings, the way 比对待审 compares them.

For each size: ``Gallery.search_many`` (what a run does per gallery), the same residents searched
one by one with ``Gallery.search`` (what 80 manual searches cost), and the floor — a bare numpy
float32 matrix product with an argpartition top-k per resident, no owners, no photos — all in the
same run, with the ratios. Peak memory beyond the index is printed from the process's RSS.

    uv run python benchmarks/cross_match.py [--residents 1000] [--sizes 100000,1000000]

Random unit vectors with 1.25 photos per owner (the cost does not depend on which faces they are).
Targets (issue 17): 1 000 residents × 1 000 000 encodings under 60 s on 2 cores, under 1.5 GB
beyond the index; one new resident × all lists under 1 s.
"""

from __future__ import annotations

import argparse
import resource
import time

import numpy as np

from benchmarks.photo_search import random_gallery
from station.faces.engine import DIMENSIONS


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def floor(matrix: np.ndarray, probes: np.ndarray, k: int, budget: int) -> float:
    """A bare numpy scan: chunks of probes × all rows, top-k by argpartition."""
    start = time.perf_counter()
    step = max(1, budget // len(matrix))
    for lo in range(0, len(probes), step):
        similarity = probes[lo : lo + step] @ matrix.T
        np.argpartition(-similarity, k, axis=1)[:, :k]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--residents", type=int, default=1000)
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--single", type=int, default=50, help="residents searched one by one")
    args = parser.parse_args()
    rng = np.random.default_rng(17)
    budget = 16 * 1024 * 1024
    print(f"{'encodings':>10} {'residents':>9} {'search_many s':>13} {'floor s':>8} "
          f"{'ratio':>6} {'one by one s (extrap.)':>22} {'speed-up':>8} {'RSS MB':>7}")  # fmt: skip
    for size in (int(s) for s in args.sizes.split(",")):
        gallery = random_gallery(size, rng)
        probes = rng.standard_normal((args.residents, DIMENSIONS), dtype=np.float32)
        probes /= np.linalg.norm(probes, axis=1, keepdims=True)
        gallery.search_many(probes[:1], 9)  # warm (owners' groups, shifts)
        before = rss_mb()
        start = time.perf_counter()
        gallery.search_many(probes, 9, max_distance=0.7, budget=budget)
        many = time.perf_counter() - start
        bare = floor(gallery.matrix, probes, 9, budget)
        start = time.perf_counter()
        for probe in probes[: args.single]:
            gallery.search(probe, 9)
        single = (time.perf_counter() - start) / args.single * args.residents
        print(f"{size:>10} {args.residents:>9} {many:>13.2f} {bare:>8.2f} {many / bare:>6.2f} "
              f"{single:>22.1f} {single / many:>8.1f} {rss_mb() - before:>7.0f}")  # fmt: skip
        one = time.perf_counter()
        gallery.search_many(probes[:1], 9)
        print(
            f"{'':>10} one new resident × this gallery: {(time.perf_counter() - one) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
