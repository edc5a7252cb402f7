"""Build a station of 100 000 persons and time the resident list: open (count + first page) and
searches. Targets on the 2-core reference machine: open < 1 s, each search < 100 ms.

    uv run python benchmarks/resident_list.py [--persons 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from station.config import Config
from station.domain.enums import Sex, StayStatus
from station.services import demo
from station.services.container import Services
from station.services.residents import ResidentFilter, SortKey
from station.store.models import Person, Stay


def build(services: Services, persons: int, staff_id: int, departed_share: float = 0.8) -> None:
    """Bulk rows shaped like real intakes (the intake service would take minutes for 100 000)."""
    rng = random.Random(7)
    now = dt.datetime.now(dt.UTC)
    batch = 5000
    for start in range(0, persons, batch):
        people, stays = [], []
        for i in range(start, min(persons, start + batch)):
            pid = i + 1
            named = rng.random() < 0.55
            sex = rng.choice(["male"] * 7 + ["female"] * 3)
            name = (
                rng.choice(demo.SURNAMES)
                + rng.choice(demo.GIVEN_MALE if sex == "male" else demo.GIVEN_FEMALE)
                if named
                else None
            )
            admitted = now - dt.timedelta(minutes=rng.randint(30, 5 * 365 * 24 * 60))
            year = admitted.year
            case = f"{year}-{pid:06d}"
            features = "，".join(rng.sample(demo.FEATURES, 2))
            place = rng.choice(demo.PLACES)
            low = rng.randint(5, 80)
            people.append(
                dict(
                    id=pid,
                    name=name,
                    sex=sex,
                    age_low=low,
                    age_high=low + 10,
                    age_estimated_on=admitted.date(),
                    approx_birth_year=admitted.year - low - 5,
                    dialect=rng.choice(demo.DIALECTS),
                    features=features,
                    latest_stay_id=pid,
                    search_text="\n".join(filter(None, [name, features, place, case])).lower(),
                    created_at=admitted,
                    updated_at=admitted,
                    version=1,
                )
            )
            departed = rng.random() < departed_share
            stays.append(
                dict(
                    id=pid,
                    person_id=pid,
                    case_number=case,
                    admitted_at=admitted,
                    found_place=place,
                    brought_by="police",
                    created_by=staff_id,
                    status=StayStatus.DEPARTED.value if departed else StayStatus.IN_STATION.value,
                    departed_at=admitted + dt.timedelta(days=5) if departed else None,
                )
            )
        with services.db.write() as session:
            session.execute(insert(Person), people)
            session.execute(insert(Stay), stays)


def timed(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="station-bench-"))
    services = Services.open(Config.load(root))
    staff = services.auth.create_first_admin(
        username="admin", display_name="bench", password="benchmark1"
    )
    start = time.perf_counter()
    build(services, args.persons, staff.id)
    print(f"built {args.persons} persons in {time.perf_counter() - start:.1f} s at {root}")
    services.close()

    # A cold start: a new process would open the database and show the first page.
    start = time.perf_counter()
    services = Services.open(Config.load(root))
    flt = ResidentFilter(status=None)
    total, _rows = services.residents.first_page(flt, 200)
    print(
        f"open resident list (all {total} persons, first page): {(time.perf_counter() - start) * 1000:.0f} ms"
    )

    cases = {
        "in station (default view)": ResidentFilter(),
        "name 张建国": ResidentFilter(text="张建国", status=None),
        "case number 2025-0500": ResidentFilter(text="2025-0500", status=None),
        "free text 纹身": ResidentFilter(text="纹身", status=None),
        "two words 疤痕 火车站": ResidentFilter(text="疤痕 火车站", status=None),
        "female, sorted by age": ResidentFilter(status=None, sex=Sex.FEMALE, sort=SortKey.AGE),
        "last page sorted by name": None,
    }
    gui_open_ms = _time_gui_model(services)
    print(f"GUI resident model: reload + first 30 rows drawn: {gui_open_ms:.0f} ms")
    for label, flt_case in cases.items():
        if flt_case is None:
            flt_name = ResidentFilter(status=None, sort=SortKey.NAME)
            ms = timed(lambda f=flt_name: services.residents.page(f, total - 200, 200))
        else:
            ms = timed(lambda f=flt_case: services.residents.first_page(f, 200))
        print(f"search {label:28s}: {ms:6.1f} ms (count + first 200 rows, median of 5)")
    services.close()


def _time_gui_model(services: Services) -> float:
    """What the resident tab does on opening: the Qt model's reload and the rows on screen."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from station.ui.resident_model import ResidentModel

    _app = QApplication.instance() or QApplication([])
    model = ResidentModel(services.residents, services.photos.thumbnail_path)
    start = time.perf_counter()
    model.reload()
    for row in range(30):
        for column in range(model.columnCount()):
            model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            model.index(row, column).data(Qt.ItemDataRole.DecorationRole)
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    main()
