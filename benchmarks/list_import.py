"""Time a list import without photos (a police or civil-affairs list of names and details), its
re-import unchanged, and its peak memory, beside a floor measured in the same run: the same CSV
read with the csv module and written with sqlite3 ``executemany`` into a table of the same columns.

    uv run python benchmarks/list_import.py [--rows 200000] [--keep DIR]

Prints seconds, rows per second and the ratio to the floor for each.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sqlite3
import tempfile
import time
from pathlib import Path

from station.config import Config
from station.services.container import Services

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
HEADERS = [
    "编号",
    "姓名",
    "性别",
    "出生日期",
    "走失日期",
    "走失地点",
    "身高",
    "体貌特征",
    "联系电话",
]
PLACES = ["贵州省安顺市关岭县", "四川省成都市金牛区", "河南省周口市郸城县", "湖南省邵阳市隆回县"]


def make_csv(path: Path, rows: int) -> None:
    rng = random.Random(11)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        for i in range(rows):
            w.writerow([
                f"GZ{i:07d}",
                rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
                rng.choice(["男", "女"]),
                f"{rng.randint(1940, 2015)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                f"{rng.randint(2005, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                rng.choice(PLACES),
                str(rng.randint(140, 185)),
                "左眉有痣，说话口音重" if rng.random() < 0.3 else "",
                f"139{rng.randint(10**7, 10**8 - 1)}",
            ])  # fmt: skip


def floor(path: Path, db: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(
        "CREATE TABLE r (id INTEGER PRIMARY KEY, external_id TEXT, name TEXT, sex TEXT, birth TEXT,"
        " missing TEXT, place TEXT, height INTEGER, features TEXT, contact TEXT)"
    )
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        with conn:
            conn.executemany(
                "INSERT INTO r (external_id, name, sex, birth, missing, place, height, features,"
                " contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reader,
            )
    conn.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="keep the station in this folder")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="station-listbench-"))
    root.mkdir(parents=True, exist_ok=True)
    source = root / "名单.csv"
    make_csv(source, args.rows)
    floor_s = floor(source, root / "floor.db")
    services = Services.open(Config.load(root / "data"))
    try:
        admin = services.auth.create_first_admin(
            username="bench", display_name="测", password="bench-password-1"
        )
        mapping = services.lists.preview(source).mapping
        start = time.perf_counter()
        report = services.lists.import_table(source, mapping, admin, name="名单")
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = services.lists.import_table(
            source, mapping, admin, name="名单", list_id=report.list_id
        )
        second = time.perf_counter() - start
    finally:
        services.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert report.created == args.rows and again.unchanged == args.rows
    print(f"rows: {args.rows}")
    print(f"floor (csv → sqlite3 executemany): {floor_s:.2f} s, {args.rows / floor_s:,.0f} rows/s")
    for label, took in (("first import", first), ("unchanged re-import", second)):
        print(
            f"{label}: {took:.2f} s, {args.rows / took:,.0f} rows/s, {took / floor_s:.1f}× the floor"
        )
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
