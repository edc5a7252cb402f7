"""Several workstations on one PostgreSQL server: each a process of its own with its own engine,
doing what a busy intake desk and social-work office do (register a person, search the resident
list, open a case file, save an edit) for a fixed time.

Prints operations per second (all workstations together), the median, 95th percentile and slowest
response per kind of operation, and checks afterwards that the case numbers are unique and
gap-free. The target is a new, empty database made for the run (and dropped afterwards) on the
server of ``--url`` or ``STATION_TEST_POSTGRES_URL`` (a role that may create databases).

    uv run python benchmarks/workstations.py [--workstations 4] [--seconds 60] [--url URL]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from station.config import Config
from station.domain.enums import Sex
from station.services.container import Services
from station.services.forms import IntakeData, PersonFields, person_fields
from station.services.persons import EditConflict
from station.services.residents import ResidentFilter

TEMPORARY = "desk-temporary-1"
PASSWORD = "bench-pass-1"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "明华建国秀英桂兰志强小梅德福玉珍大山"


def _admin(url: str, statement: str) -> None:
    engine = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(statement))
    engine.dispose()


def workstation(number: int, url: str, data_dir: str, seconds: float, out: mp.Queue) -> None:
    rng = random.Random(number)
    services = Services.open(Config(Path(data_dir), url), busy_timeout=30)
    staff = services.auth.login(f"desk{number}", PASSWORD)
    timings: dict[str, list[float]] = {"intake": [], "search": [], "open": [], "edit": []}
    conflicts = 0
    mine: list[int] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        kind = rng.choices(["intake", "search", "open", "edit"], [3, 4, 2, 1])[0]
        started = time.perf_counter()
        if kind == "intake":
            name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2))
            result = services.intake.register(
                IntakeData(
                    person=PersonFields(name=name, sex=rng.choice([Sex.MALE, Sex.FEMALE]),
                                        age_low=30, age_high=50, features="工作站基准"),
                    admitted_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5),
                ),
                staff,
            )  # fmt: skip
            mine.append(result.person_id)
        elif kind == "search":
            services.residents.page(ResidentFilter(text=rng.choice(SURNAMES)), 0, 50)
        elif mine:
            person_id = rng.choice(mine)
            detail = services.persons.detail(person_id)
            if kind == "edit":
                fields = person_fields(detail.person, detail.aliases)
                fields.height_cm = rng.randint(150, 185)
                try:
                    services.persons.update(
                        person_id, fields, staff, expected_version=detail.person.version
                    )
                except EditConflict:
                    conflicts += 1
        else:
            continue
        timings[kind].append(time.perf_counter() - started)
    services.close()
    out.put((timings, conflicts))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workstations", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--url", default=os.environ.get("STATION_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    if not args.url:
        sys.exit("give --url or STATION_TEST_POSTGRES_URL (a role that may create databases)")
    name = f"station_bench_{os.getpid()}"
    _admin(args.url, f'CREATE DATABASE "{name}"')
    url = make_url(args.url).set(database=name).render_as_string(hide_password=False)
    try:
        with tempfile.TemporaryDirectory() as data_dir:
            services = Services.open(Config(Path(data_dir), url))
            admin = services.auth.create_first_admin(
                username="admin", display_name="bench", password=PASSWORD
            )
            from station.domain.enums import Role

            for n in range(args.workstations):
                services.auth.create_staff(admin, username=f"desk{n}", display_name=f"工作站{n}",
                                           password=TEMPORARY, role=Role.SOCIAL_WORKER)  # fmt: skip
                first = services.auth.login(f"desk{n}", TEMPORARY)  # each chooses their own
                services.auth.change_password(first, TEMPORARY, PASSWORD)
            services.close()
            out: mp.Queue = mp.Queue()
            procs = [
                mp.Process(target=workstation, args=(n, url, data_dir, args.seconds, out))
                for n in range(args.workstations)
            ]
            started = time.monotonic()
            for p in procs:
                p.start()
            results = [out.get(timeout=args.seconds + 300) for _ in procs]
            for p in procs:
                p.join()
            elapsed = time.monotonic() - started
            check = create_engine(url)
            with check.connect() as conn:
                numbers = [r[0] for r in conn.execute(text("SELECT case_number FROM stay"))]
            check.dispose()
    finally:
        _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    merged: dict[str, list[float]] = {}
    for timings, _ in results:
        for kind, values in timings.items():
            merged.setdefault(kind, []).extend(values)
    total = sum(len(v) for v in merged.values())
    print(f"{args.workstations} workstations, {args.seconds:.0f} s on PostgreSQL (loopback), "
          f"{os.cpu_count()} cores")  # fmt: skip
    print(f"  {total} operations, {total / elapsed:.1f} per second in all")
    for kind, values in merged.items():
        if not values:
            continue
        values.sort()
        p95 = values[int(0.95 * (len(values) - 1))]
        print(f"  {kind:7s} {len(values):6d}  median {statistics.median(values) * 1000:7.1f} ms"
              f"  p95 {p95 * 1000:7.1f} ms  slowest {values[-1] * 1000:7.1f} ms")  # fmt: skip
    sequences = sorted(int(n.split("-")[1]) for n in numbers)
    gap_free = sequences == list(range(1, len(sequences) + 1))
    conflicts = sum(c for _, c in results)
    print(f"  case numbers: {len(sequences)} unique={len(set(numbers)) == len(numbers)} "
          f"gap-free={gap_free}; edit conflicts refused: {conflicts}")  # fmt: skip


if __name__ == "__main__":
    main()
