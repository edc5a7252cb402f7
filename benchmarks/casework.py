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
from station.services.container import Services
from station.store.case_models import SearchAttempt, StayDecision, StayProgress, progress_column
from station.store.models import Stay

sys.path.insert(0, str(Path(__file__).parent))
from resident_list import build


def add_attempts(services: Services, count: int, staff_id: int) -> None:
    """A diligent station: the attempts and decisions the rules ask for, in time for nine cases in
    ten; the rest of the million are follow-up calls, visits and searches over each stay."""
    rng = random.Random(3)
    now = dt.datetime.now(dt.UTC)
    with services.db.read() as s:
        stays = s.execute(select(Stay.id, Stay.person_id, Stay.admitted_at, Stay.departed_at)).all()
    attempts: list[dict] = []
    decisions: list[dict] = []

    def attempt(stay, kind: str, at: dt.datetime) -> None:  # type: ignore[no-untyped-def]
        if at < (stay[3] or now):
            attempts.append(dict(person_id=stay[1], stay_id=stay[0], staff_id=staff_id,
                                 kind=kind, at=at, result="none", created_at=at))  # fmt: skip

    for stay in stays:
        admitted, end = stay[2], stay[3] or now
        days = (end - admitted).days
        if rng.random() < 0.9:
            attempt(stay, "announcement", admitted + dt.timedelta(hours=rng.randint(2, 20)))
            attempt(stay, "police_dna", admitted + dt.timedelta(days=rng.randint(1, 5)))
        if days > 31 and rng.random() < 0.9:
            month = admitted + dt.timedelta(days=rng.randint(31, 34))
            for kind in ("announcement", "police_dna", "police_face"):
                attempt(stay, kind, month)
        if days > 30 and rng.random() < 0.9:
            attempt(stay, "photo_search", end - dt.timedelta(days=rng.randint(0, 20)))
        if days > 10 and rng.random() < 0.9:
            for kind, option in (("extension", None), ("long_stay", "station_care")):
                decisions.append(dict(stay_id=stay[0], staff_id=staff_id, kind=kind, option=option,
                                      at=admitted + dt.timedelta(days=9, hours=rng.randint(0, 40))))  # fmt: skip
        if days > 95 and rng.random() < 0.9:
            decisions.append(dict(stay_id=stay[0], staff_id=staff_id, kind="settlement",
                                  at=admitted + dt.timedelta(days=92)))  # fmt: skip
    kinds = ["phone", "home_visit", "online_platform", "dialect", "other"]
    while len(attempts) < count:
        stay = stays[rng.randrange(len(stays))]
        span = max(1, int(((stay[3] or now) - stay[2]).total_seconds() // 3600))
        attempt(stay, rng.choice(kinds), stay[2] + dt.timedelta(hours=rng.randint(1, span)))
    with services.db.write() as s:
        for start in range(0, len(attempts), 50_000):
            s.execute(insert(SearchAttempt), attempts[start : start + 50_000])
        if decisions:
            s.execute(insert(StayDecision), decisions)
        # what the services keep with each step: the latest time of each kind per stay
        progress: dict[int, dict] = {}
        for step in (*attempts, *decisions):
            row = progress.setdefault(step["stay_id"], {"stay_id": step["stay_id"]})
            column = progress_column(step["kind"])
            row[column] = max(row.get(column, step["at"]), step["at"])
        rows = [{c: None for c in StayProgress.model_fields} | r for r in progress.values()]
        s.execute(insert(StayProgress), rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--attempts", type=int, default=1_000_000)
    parser.add_argument("--in-care", type=float, default=0.2, help="share of persons still in care")
    parser.add_argument("--data", type=Path, help="build the station here once and reuse it after")
    args = parser.parse_args()
    root = args.data or Path(tempfile.mkdtemp(prefix="station-bench-"))
    services = Services.open(Config.load(root))
    if not services.auth.has_staff():
        staff = services.auth.create_first_admin(
            username="admin", display_name="bench", password="benchmark1"
        )
        start = time.perf_counter()
        build(services, args.persons, staff.id, departed_share=1 - args.in_care)
        add_attempts(services, args.attempts, staff.id)
        print(f"built {args.persons} persons, {args.attempts} attempts in "
              f"{time.perf_counter() - start:.1f} s")  # fmt: skip
    else:
        print(f"reusing the station in {root}")
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
