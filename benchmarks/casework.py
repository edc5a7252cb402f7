"""The to-do list and the statistics over a big station: 100 000 persons, a million attempts.

Targets on the 2-core reference machine: the to-do list (every deadline of everyone in care) and
a statistics report each in under one second.

    uv run python benchmarks/casework.py [--persons 100000] [--attempts 1000000] [--in-care 0.2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from station.config import Config
from station.domain.casework import AttemptKind
from station.services.container import Services
from station.store.case_models import SearchAttempt
from station.store.models import Stay

sys.path.insert(0, str(Path(__file__).parent))
from resident_list import build


def add_attempts(services: Services, count: int, staff_id: int) -> None:
    rng = random.Random(3)
    with services.db.read() as s:
        stays = s.execute(select(Stay.id, Stay.person_id, Stay.admitted_at)).all()
    kinds = [k.value for k in AttemptKind]
    batch = []
    for i in range(count):
        stay_id, person_id, admitted = stays[i % len(stays)]
        at = admitted + dt.timedelta(hours=rng.randint(1, 24 * 60))
        batch.append(
            dict(person_id=person_id, stay_id=stay_id, staff_id=staff_id, kind=rng.choice(kinds),
                 at=at, result="none", created_at=at)
        )  # fmt: skip
        if len(batch) == 50_000:
            with services.db.write() as s:
                s.execute(insert(SearchAttempt), batch)
            batch = []
    if batch:
        with services.db.write() as s:
            s.execute(insert(SearchAttempt), batch)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--attempts", type=int, default=1_000_000)
    parser.add_argument("--in-care", type=float, default=0.2, help="share of persons still in care")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="station-bench-"))
    services = Services.open(Config.load(root))
    staff = services.auth.create_first_admin(
        username="admin", display_name="bench", password="benchmark1"
    )
    start = time.perf_counter()
    build(services, args.persons, staff.id, departed_share=1 - args.in_care)
    add_attempts(services, args.attempts, staff.id)
    print(f"built {args.persons} persons, {args.attempts} attempts in "
          f"{time.perf_counter() - start:.1f} s")  # fmt: skip
    services.deadlines.rules()  # seeded once, as on any station
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        items = services.deadlines.todo()
        samples.append(time.perf_counter() - start)
    in_care = len(services.placements.board())
    print(f"to-do list: {len(items)} open deadlines of {in_care} persons in care, "
          f"median {statistics.median(samples) * 1000:.0f} ms of 3")  # fmt: skip
    start = time.perf_counter()
    services.placements.board()
    print(f"status board: {(time.perf_counter() - start) * 1000:.0f} ms")
    today = dt.date.today()
    for label, first in (("this month", today.replace(day=1)),
                         ("this year", today.replace(month=1, day=1)),
                         ("five years", today - dt.timedelta(days=5 * 365))):  # fmt: skip
        start = time.perf_counter()
        report = services.statistics.report(first, today)
        print(f"statistics, {label}: {(time.perf_counter() - start) * 1000:.0f} ms"
              f" ({report.value('visits')} admissions)")  # fmt: skip
    services.close()


if __name__ == "__main__":
    main()
