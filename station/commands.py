"""Headless jobs of the command line, on the same services as the GUI."""

from __future__ import annotations

import getpass
import os
import sys
import time
from argparse import Namespace

from station.documents.catalogue import DocumentKind
from station.domain.matching import DECISION_LABELS
from station.domain.person_rules import display_name
from station.services.container import Services
from station.services.encoding import default_workers
from station.services.list_export import photo_folder
from station.services.lists import write_problems
from station.services.matching import Scope
from station.store.models import StaffPublic


def login(services: Services, username: str, password_env: str) -> StaffPublic:
    password = os.environ.get(password_env) or getpass.getpass(f"{username} 的密码: ")
    return services.auth.login(username, password)


class _Bar:
    """One line of progress on stderr: done / total, rate and time left."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.start = time.monotonic()
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.5 and done < total:
            return
        self.last = now
        rate = done / max(now - self.start, 1e-6)
        left = (total - done) / rate if rate > 0 else 0
        print(
            f"\r{self.label} {done}/{total}  {rate:.1f}/秒  剩余约 {left:.0f} 秒",
            end="\n" if done >= total else "",
            file=sys.stderr,
            flush=True,
        )


def import_list(services: Services, staff: StaffPublic, args: Namespace) -> int:
    preview = services.lists.preview(args.file)
    mapping = preview.mapping
    names = {k: preview.table.headers[i] for k, i in mapping.columns.items()}
    photos = [preview.table.headers[i] for i in mapping.photo_columns]
    print(
        f"列对应：{names}，照片列：{photos}" + ("（沿用上次的对应）" if preview.remembered else "")
    )
    report = services.lists.import_table(
        args.file,
        mapping,
        staff,
        name=args.name or args.file.stem,
        photo_dir=args.photos,
        list_id=args.update,
        progress=_Bar("读取"),
    )
    if report.resumed:
        print(f"这个文件上次的导入没有完成：已接着导入名单 {report.list_id}，没有另建一份。")
    print(
        f"名单 {report.list_id}：读取 {report.rows} 行，新增 {report.created}，更新 {report.updated}，"
        f"未变 {report.unchanged}，跳过 {report.skipped}，新照片 {report.photos_added}"
    )
    encoded = services.lists.encode(
        report.list_id, workers=args.workers or default_workers(), progress=_Bar("编码照片")
    )
    print(f"照片编码：成功 {encoded.encoded}，失败 {encoded.failed}")
    problems = sorted(report.problems + encoded.problems(), key=lambda p: p.row)
    for p in problems:
        print(f"  第 {p.row} 行 {p.column}：{p.message}")
    if args.report:
        write_problems(args.report, problems)
        print(f"问题清单已保存到 {args.report}")
    return 0


def export_list(services: Services, staff: StaffPublic, args: Namespace) -> int:
    count = services.lists.export_pfif(
        args.list_id,
        args.output,
        staff,
        embed_photos=not args.photos_beside,
        progress=_Bar("导出"),
    )
    print(f"已导出 {count} 人到 {args.output}（PFIF 1.4）")
    if args.photos_beside:
        print(f"照片在 {photo_folder(args.output)}")
    return 0


def print_document(services: Services, staff: StaffPublic, args: Namespace) -> int:
    person_id = services.documents.person_for_case(args.case)
    printed = services.documents.print(DocumentKind(args.document), person_id, staff)
    args.output.write_bytes(printed.pdf)
    for template, params in printed.warnings:
        print(f"注意：{template.format(**params)}", file=sys.stderr)
    print(f"{printed.record.number}：已写入 {args.output}（{printed.record.pages} 页，存档可重印）")
    return 0


def search(services: Services, staff: StaffPublic, args: Namespace) -> int:
    probe = services.matching.probe_for_file(args.photo)
    scope = Scope(
        list_ids=tuple(args.lists) if args.lists else None,
        lists=True,
        persons=args.history,
    )
    result = services.matching.search(probe, scope, staff, k=args.k, show_hidden=args.all)
    print(f"比对了 {result.searched} 人；候选 {len(result.candidates)} 人", end="")
    print(f"，另有 {result.hidden} 人因性别等不符被隐藏（--all 显示）" if result.hidden else "")
    for rank, c in enumerate(result.candidates, start=1):
        s = c.subject
        title = s.title or display_name(None, None)
        decision = f" [{DECISION_LABELS[c.decision]}]" if c.decision else ""
        print(
            f"{rank:>2}. {title}（{s.origin}）距离 {c.distance:.3f} {c.band.label}"
            f" 综合 {c.score:.3f}{decision}"
        )
        for f in c.factors:
            print(f"      {'+' if f.effect > 0 else '-' if f.effect < 0 else ' '} {f.message}")
    return 0


def match(services: Services, staff: StaffPublic) -> int:
    """Run what 比对待审 has pending (as the window does by itself) and list what waits."""
    report = services.cross_match.run(staff, progress=_Bar("自动比对"))
    print(
        f"比对了 {report.pairs} 对（人员 × 名单），{report.residents} 人；新的候选 {report.new} 名"
    )
    entries = services.cross_match.inbox()
    waiting = sum(len(e.candidates) for e in entries)
    print(f"比对待审：{waiting} 名候选人等待核对（{len(entries)} 人）")
    for e in entries:
        print(f"{e.person.title}（{e.person.origin}）")
        for c in e.candidates:
            print(f"    {c.subject.title or '（未填姓名）'}（{c.subject.origin}）"
                  f"距离 {c.distance:.3f} {c.band.label}")  # fmt: skip
    return 0


def migrate_db(services: Services, staff: StaffPublic, config, args) -> int:  # type: ignore[no-untyped-def]
    """Copy the whole station to ``--to`` and verify it; the source is left as it was."""
    from station.domain.permissions import Action
    from station.services import audit, permissions
    from station.services.transfer import copy_station
    from station.store.database import Database

    with services.db.read() as s:
        permissions.require(s, staff, Action.CONFIGURE)
    target = Database(args.to)
    try:
        last = [""]

        def progress(table: str, n: int) -> None:
            if table != last[0] or n % 20000 == 0:
                print(f"\r{table}: {n}", end="", file=sys.stderr, flush=True)
                last[0] = table

        report = copy_station(
            services.db, target, config.files, files_to=args.files_to, progress=progress
        )
        print(file=sys.stderr)
        with target.write() as s:
            audit.record(s, staff, "station.migrate_db", entity="station", entity_id=None,
                         after={"from": services.db.where, "rows": report.total_rows,
                                "files": report.files_checked}, at=services.now())  # fmt: skip
    finally:
        target.dispose()
    print(
        f"已复制 {report.total_rows} 行（{len(report.rows)} 个表）到 {target.where}，"
        f"逐表核对行数与内容一致；{report.files_checked} 个照片和文书文件校验无误"
        + (f"，{report.files_copied} 个已复制到 {args.files_to}" if args.files_to else "")
        + "。"
    )
    print(
        "各工作站改用新数据库：设置 STATION_DATABASE_URL="
        + target.where.replace("***", "<密码>")
        + (f"，STATION_DATA_DIR={args.files_to}" if args.files_to else "")
    )
    return 0
