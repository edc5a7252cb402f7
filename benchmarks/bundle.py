"""The installed program: its size on disk and its start-up time to a usable window.

Run after ``bash packaging/build.sh``. The start-up time is measured the way a user sees it: from
starting ``dist/station/station`` on a virtual screen (Xvfb) until its first window (the login, or
on a new station the first-administrator dialog) is mapped, found with xdotool; each run uses a new
empty data folder, the first run after the build is "cold" (nothing of the bundle in memory).

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python benchmarks/bundle.py [--runs 5]

Needs the Debian packages xvfb and xdotool.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TITLES = ("救助寻亲工作站", "Station")


def size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def start_up(executable: Path, timeout: float = 60.0) -> float:
    """Seconds from starting the program until a window of it is visible."""
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, STATION_DATA_DIR=data)
        env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) screen, not offscreen
        start = time.perf_counter()
        process = subprocess.Popen([str(executable)], env=env)
        try:
            while time.perf_counter() - start < timeout:
                found = subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--pid", str(process.pid), "--name", "."],
                    capture_output=True, text=True,
                )  # fmt: skip
                if found.stdout.strip():
                    return time.perf_counter() - start
                if process.poll() is not None:
                    raise RuntimeError(f"the program ended with exit code {process.returncode}")
                time.sleep(0.02)
            raise TimeoutError(f"no window after {timeout:.0f} s")
        finally:
            process.terminate()
            process.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, default=Path("dist/station"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    executable = args.bundle / ("station.exe" if sys.platform == "win32" else "station")
    if not executable.exists():
        print(f"{executable} not found: build it first with packaging/build.sh", file=sys.stderr)
        return 1
    total, count = size(args.bundle)
    print(f"bundle {args.bundle}: {total / 2**20:.0f} MiB in {count} files")
    for part in ("face_recognition_models", "PySide6"):
        path = args.bundle / "_internal" / part
        if path.exists():
            print(f"  of which {part}: {size(path)[0] / 2**20:.0f} MiB")
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        print("start-up: needs a screen and xdotool (run under xvfb-run -a)", file=sys.stderr)
        return 1
    times = [start_up(executable) for _ in range(args.runs)]
    print(f"start-up to the first window: first {times[0] * 1000:.0f} ms, "
          f"median {statistics.median(times) * 1000:.0f} ms of {len(times)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
