"""Time to render the multi-person announcement sheet for 200 residents with photos.

Target on the 2-core reference machine: under 5 seconds.

    uv run python benchmarks/documents.py [--persons 200] [--photo PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from station.config import Config
from station.domain.enums import BroughtBy, Sex
from station.services.container import Services
from station.services.forms import IntakeData, PersonFields

PHOTO = Path.home() / ".cache" / "station-test-photos" / "test_images" / "obama.jpg"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=200)
    parser.add_argument("--photo", type=Path, default=PHOTO, help="any portrait photo")
    args = parser.parse_args()
    services = Services.open(Config.load(Path(tempfile.mkdtemp(prefix="station-bench-"))))
    staff = services.auth.create_first_admin(
        username="admin", display_name="bench", password="benchmark1"
    )
    now = dt.datetime.now(dt.UTC)
    start = time.perf_counter()
    for i in range(args.persons):
        admitted = now - dt.timedelta(hours=args.persons - i)
        services.intake.register(
            IntakeData(
                PersonFields(sex=Sex.MALE, age_low=40, age_high=50, height_cm=168,
                             features="左眉上方有一道约 3 厘米的疤痕，右手缺小指，" * 3),
                admitted_at=admitted, found_place="火车站南广场候车区",
                brought_by=BroughtBy.POLICE, photos=[args.photo],
            ),
            staff,
        )  # fmt: skip
    print(f"registered {args.persons} residents with photos in {time.perf_counter() - start:.1f} s")
    first = (now - dt.timedelta(hours=args.persons + 1)).astimezone().date()
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        printed = services.documents.announcement_sheet(first, now.astimezone().date(), staff)
        samples.append(time.perf_counter() - start)
    print(
        f"announcement sheet, {args.persons} persons: {printed.record.pages} pages,"
        f" {len(printed.pdf) / 2**20:.1f} MB, best of 3 {min(samples):.2f} s"
    )
    services.close()


if __name__ == "__main__":
    main()
