"""A working day of clicks, and more: the real main window driven through every page, refresh and
dialog, thousands of times, on a station with a few thousand people in care.

It prints the count of references to ``None`` (PySide6 6.12.0 on Python 3.11 lost one on every
void Qt call until the process aborted with ``none_dealloc``; from Python 3.12 ``None`` is
immortal and the count never moves), the memory in use (RSS) at the start and the end, the time an
action takes beside a floor (the same number of table rows filled by a bare QTableWidget loop), and
whether the window survived. The window runs in a child process, so an abort is reported too.

    uv run python benchmarks/gui_soak.py [--actions 10000] [--persons 5000] [--in-care 0.8]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def rss_mb() -> float:
    """Resident memory now (Linux /proc), in MB."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def build_station(root: Path, persons: int, in_care: float) -> None:
    from casework import add_attempts
    from resident_list import build

    from station.config import Config
    from station.services.container import Services

    services = Services.open(Config.load(root))
    admin = services.auth.create_first_admin(
        username="admin", display_name="soak", password="benchmark1"
    )
    build(services, persons, admin.id, departed_share=1 - in_care)
    add_attempts(services, persons * 4, admin.id)
    services.deadlines.rules()
    services.close()


def floor_ms(rows: int, repeat: int = 20) -> float:
    """A bare QTableWidget filled with ``rows`` × 6 items: what a page refresh cannot beat."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(0, 6)
    start = time.perf_counter()
    for _ in range(repeat):
        table.setRowCount(rows)
        for row in range(rows):
            for column in range(6):
                table.setItem(row, column, QTableWidgetItem(f"{row}-{column}"))
        table.setRowCount(0)
    return (time.perf_counter() - start) / repeat * 1000


def soak(root: Path, actions: int, report_every: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

    from station.config import Config
    from station.services.container import Services
    from station.ui.main_window import MainWindow
    from station.ui.refcount import none_references_lost

    app = QApplication.instance() or QApplication([])
    # The offscreen platform's one remark about size hints, repeated for every dialog, is noise.
    qInstallMessageHandler(
        lambda _kind, _context, text: None if "propagateSizeHints" in text else print(text)
    )

    # Every dialog is shown, drawn and closed as a user who looks and presses Esc would.
    def look_and_close(self: QDialog) -> int:
        self.show()
        QApplication.processEvents()
        self.reject()
        return int(QDialog.DialogCode.Rejected)

    QDialog.exec = look_and_close  # type: ignore[method-assign]
    for kind in ("question", "warning", "information", "critical"):
        setattr(QMessageBox, kind, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))

    services = Services.open(Config.load(root))
    admin = services.auth.login("admin", "benchmark1")
    window = MainWindow(services, admin, root)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    persons = [row.person_id for row in services.placements.board()]
    in_care = len(persons)
    rng = random.Random(11)

    def person() -> None:
        page = window.open_person(rng.choice(persons))
        app.processEvents()
        window.close_tab(window.tabs.indexOf(page))

    def intake() -> None:
        page = window.open_intake()
        app.processEvents()
        window.close_tab(window.tabs.indexOf(page))

    def residents() -> None:
        window.tabs.setCurrentWidget(window.residents)
        window.residents.search.setText(rng.choice(["", "张", "2026", "疤痕", ""]))
        window.residents.refresh()

    def dialog(open_it):  # type: ignore[no-untyped-def]
        def run() -> None:
            shown = open_it()
            app.processEvents()
            if isinstance(shown, QDialog):
                shown.reject()
                shown.deleteLater()

        return run

    steps = [
        ("在站人员 refresh", residents),
        ("待办事项", lambda: (window.open_todo(), window.todo.refresh())),
        ("在站情况", window.open_board),
        ("比对待审", lambda: (window.tabs.setCurrentWidget(window.inbox), window.inbox.refresh())),
        ("统计", window.open_stats),
        ("个人档案", person),
        ("入站登记", intake),
        ("照片比对", window.open_search),
        ("走失人员名单", window.open_lists),
        ("比对阈值", dialog(window.edit_bands)),
        ("期限规则", dialog(window.edit_rules)),
        ("审计记录", dialog(window.open_audit)),
        ("备份与恢复", dialog(window.open_backups)),
        ("账号管理", dialog(window.manage_accounts)),
        ("本站信息", dialog(window.edit_station)),
        ("关于", dialog(window._about)),
        ("修改密码", dialog(window.change_password)),
        ("刷新（其他工作站的修改）", window._records_changed),
    ]
    todo_rows = window.todo.table.rowCount()
    floor = floor_ms(max(todo_rows, 200))
    none_start, rss_start = sys.getrefcount(None), rss_mb()
    print(f"station: {in_care} persons in care, to-do rows {todo_rows}; "
          f"Python {sys.version.split()[0]}", flush=True)  # fmt: skip
    print(f"start: None refcount {none_start}, RSS {rss_start:.0f} MB", flush=True)
    spent: dict[str, list[float]] = {name: [] for name, _ in steps}
    started = time.perf_counter()
    for done in range(1, actions + 1):
        name, step = steps[(done - 1) % len(steps)]
        t0 = time.perf_counter()
        step()
        app.processEvents()
        # What the event loop does between two clicks: objects given up with deleteLater go.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        spent[name].append(time.perf_counter() - t0)
        if done % report_every == 0 or done == actions:
            print(f"{done:6d} actions, {time.perf_counter() - started:6.0f} s: "
                  f"None refcount {sys.getrefcount(None)} "
                  f"({sys.getrefcount(None) - none_start:+d}), RSS {rss_mb():.0f} MB, "
                  f"{len(window.findChildren(QWidget))} widgets in the window",
                  flush=True)  # fmt: skip
    print(
        "median time per action (ms), beside the floor "
        f"(a bare QTableWidget of {max(todo_rows, 200)} rows × 6: {floor:.1f} ms):"
    )
    for name, samples in spent.items():
        samples.sort()
        median = samples[len(samples) // 2] * 1000
        print(f"  {name:24s} {median:8.1f}  ({median / floor:5.1f}× floor, n={len(samples)})")
    print(f"end: None refcount {sys.getrefcount(None)} "
          f"({sys.getrefcount(None) - none_start:+d}), "
          f"void-call check loses {none_references_lost(1000)} of 1000; "
          f"RSS {rss_start:.0f} → {rss_mb():.0f} MB "
          f"(peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")  # fmt: skip
    window._closing = True
    window.close()
    services.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--in-care", type=float, default=0.8)
    parser.add_argument("--report-every", type=int, default=1000)
    parser.add_argument("--data", type=Path, help="build the station here once and reuse it")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    root = args.data or Path(tempfile.mkdtemp(prefix="station-soak-"))
    if args.child:
        soak(root, args.actions, args.report_every)
        return
    if not (root / "station.db").exists():
        start = time.perf_counter()
        build_station(root, args.persons, args.in_care)
        print(f"built {args.persons} persons at {root} in {time.perf_counter() - start:.0f} s",
              flush=True)  # fmt: skip
    child = subprocess.run(
        [sys.executable, __file__, "--child", "--data", str(root),
         "--actions", str(args.actions), "--report-every", str(args.report_every)],
        check=False,
    )  # fmt: skip
    if child.returncode == 0:
        print(f"survived: yes, {args.actions} actions")
    elif child.returncode < 0:
        print(f"survived: NO, killed by {signal.Signals(-child.returncode).name} "
              "(SIGABRT is Python's fatal error, e.g. none_dealloc)")  # fmt: skip
        sys.exit(1)
    else:
        print(f"survived: NO, exit code {child.returncode}")
        sys.exit(1)


if __name__ == "__main__":
    main()
