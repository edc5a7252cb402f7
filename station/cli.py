"""``station``: opens the GUI; subcommands run headless jobs on the same services."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from station import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="station", description="救助寻亲工作站 Station")
    parser.add_argument("--version", action="version", version=f"Station {__version__}")
    parser.add_argument("--data-dir", type=Path, help="数据目录（默认：用户数据目录）")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言 / interface language")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="检查本机安装是否完整可用（临时数据库，不动您的数据）/ check this installation",
    )
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser(
        "demo", help="用虚构的示例记录填充一个新数据库 / fill a new database with fictional records"
    )
    demo.add_argument("--count", type=int, default=300)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--username", default="admin")
    demo.add_argument("--password", help="示例管理员密码（默认提示输入；新库默认 station-demo-1）")

    imp = sub.add_parser(
        "import-list", help="导入走失人员名单并编码照片 / import a missing-person list"
    )
    imp.add_argument("file", type=Path, help="CSV、Excel（.xlsx）或 PFIF（.xml）文件")
    imp.add_argument("--photos", type=Path, help="照片文件夹")
    imp.add_argument("--name", help="名单名称（默认：文件名）")
    imp.add_argument("--update", type=int, metavar="LIST_ID", help="更新已导入的名单")
    imp.add_argument("--workers", type=int, default=0, help="编码进程数（默认：全部核心）")
    imp.add_argument("--report", type=Path, help="把问题清单保存为 CSV")
    _login_options(imp)

    exp = sub.add_parser("export-list", help="把名单导出为 PFIF 1.4 / export a list as PFIF 1.4")
    exp.add_argument(
        "list_id", type=int, metavar="LIST_ID", help="名单编号（见 import-list 的输出）"
    )
    exp.add_argument("-o", "--output", type=Path, required=True, help="PFIF 文件（.xml）")
    exp.add_argument(
        "--photos-beside",
        action="store_true",
        help="照片放在文件旁的文件夹中（默认嵌入 XML）",
    )
    _login_options(exp)

    doc = sub.add_parser("print", help="打印文书为 PDF / print a document to a PDF file")
    doc.add_argument(
        "document",
        choices=[
            "announcement",
            "belongings",
            "escort",
            "pickup",
            "request_for_help",
            "police_handover",
            "refusal",
            "own_will",
            "service_record",
            "help_ended",
            "referral",
            "certificate",
            "cash_receipt",
            "death",
        ],
        help="announcement 寻亲公告, pickup 亲属接领登记表, escort 护送交接单, … (见 README)",
    )
    doc.add_argument("case", metavar="CASE-NUMBER", help="案件编号，例如 2026-000123")
    doc.add_argument("-o", "--output", type=Path, required=True, help="PDF 文件")
    _login_options(doc)

    check = sub.add_parser(
        "check", help="检查数据库、照片与文书存档是否完整 / check the station's data is whole"
    )
    check.add_argument(
        "--repair", action="store_true", help="修复可安全修复的问题（重新编码、重建汇总）"
    )

    backup = sub.add_parser("backup", help="备份数据库、照片与文书存档 / back up the station")
    backup.add_argument("--to", type=Path, help="备份到此文件夹（默认：数据目录下的 backups）")
    backup.add_argument("--keep", type=int, default=7, help="保留最近几份备份（默认 7）")
    restore = sub.add_parser(
        "restore", help="核验后用一份备份替换当前数据 / restore a verified backup"
    )
    restore.add_argument("backup", type=Path, help="备份文件夹（station-backup-…）")
    restore.add_argument(
        "--to", metavar="URL", help="PostgreSQL 备份：恢复到这个新建的空数据库（不覆盖在用的库）"
    )

    search = sub.add_parser("search", help="用一张照片比对名单与站内历史 / search with a photo")
    search.add_argument("photo", type=Path)
    search.add_argument("--list", type=int, action="append", dest="lists", help="只比对此名单")
    search.add_argument("--history", action="store_true", help="同时比对站内历史人员")
    search.add_argument("-k", type=int, default=10, help="候选数")
    search.add_argument("--all", action="store_true", help="包括性别不符等被隐藏的候选")
    _login_options(search)

    match = sub.add_parser(
        "match",
        help="自动比对：把身份未查明的在站人员与所有名单比对，列出待审候选 / run the cross-matching",
    )
    _login_options(match)

    move = sub.add_parser(
        "migrate-db",
        help="把整个工作站复制到另一个数据库（如共享的 PostgreSQL）并核对 / move the station",
    )
    move.add_argument("--to", required=True, metavar="URL", help="目标数据库，须为空库")
    move.add_argument(
        "--files-to", type=Path, metavar="DIR", help="同时把照片和文书存档复制到此共享文件夹"
    )
    _login_options(move)
    return parser


def _login_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", default="admin", help="工作人员账号（操作记入审计）")
    parser.add_argument(
        "--password-env",
        default="STATION_PASSWORD",
        help="从此环境变量读取密码（未设置则提示输入）",
    )


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.self_test:
        from station import selftest

        return selftest.main(args.lang)
    if args.command is None:
        from station.app import run_gui

        return run_gui(data_dir=args.data_dir, lang=args.lang)
    from station.terminal import SafeText

    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeText(sys.stdout), SafeText(sys.stderr)  # type: ignore[assignment]
    try:
        return _command(args)
    finally:
        sys.stdout, sys.stderr = streams


def _command(args: argparse.Namespace) -> int:
    from station.config import Config
    from station.domain.errors import UserError
    from station.services.container import Services

    config = Config.load(args.data_dir)
    if args.command == "restore":  # before the station is opened: its files are replaced
        return _restore(config, args.backup, args.to)
    try:
        services = Services.open(config, program=f"station {args.command}")
    except UserError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    notice = services.recovery_notice()
    if notice is not None:
        print(f"注意：{notice.message}", file=sys.stderr)
    try:
        if args.command == "demo":
            return _demo(services, args)
        if args.command == "check" and args.repair:
            from station.store.station_lock import REPAIR

            with services.hold.exclusive(REPAIR):
                return _check(services, True)
        if args.command == "check":
            return _check(services, False)
        if args.command == "backup":
            return _backup(services, args.to, args.keep)
        from station import commands

        staff = commands.login(services, args.user, args.password_env)
        if args.command == "import-list":
            return commands.import_list(services, staff, args)
        if args.command == "print":
            return commands.print_document(services, staff, args)
        if args.command == "export-list":
            return commands.export_list(services, staff, args)
        if args.command == "search":
            return commands.search(services, staff, args)
        if args.command == "match":
            return commands.match(services, staff)
        if args.command == "migrate-db":
            return commands.migrate_db(services, staff, config, args)
    except UserError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    finally:
        services.close()
    return 0


def _restore(config, path: Path, to: str | None) -> int:  # type: ignore[no-untyped-def]
    from station.domain.errors import UserError
    from station.services.backup import BackupService

    service = BackupService(config.files, config.database_url)
    try:
        if to is not None:
            written = service.restore_postgres(path, to)
            print(f"已把 {path} 恢复到 {to.split('@')[-1]}，照片与文书写入 {written} 个文件。")
            return 0
        aside = service.restore(path)
    except UserError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    print(f"已从 {path} 恢复。恢复前的数据保存在 {aside}")
    return 0


def _backup(services, to: Path | None, keep: int) -> int:  # type: ignore[no-untyped-def]
    made = services.backup.create(to, keep=keep)
    print(f"已备份到 {made.path}（{made.files} 个文件，{made.size / 2**20:.1f} MB）")
    if not made.missing:
        return 0
    print(
        f"错误：数据库登记的 {len(made.missing)} 个文件不在数据目录中，未能备份"
        f"（其余已备份）：{'、'.join(made.missing[:10])}"
        + ("……" if len(made.missing) > 10 else "")
        + "。请运行 station check 查看是哪些记录的文件，再从更早的备份找回。",
        file=sys.stderr,
    )
    return 1


def _check(services, repair: bool) -> int:  # type: ignore[no-untyped-def]
    report = services.integrity.check(repair=repair, stage=lambda text: print(text, flush=True))
    for finding in report.findings:
        print(f"{'提示' if finding.notice else '问题'}：{finding.message}")
    for finding in report.repaired:
        print(f"已修复：{finding.message}")
    summary = f"检查了 {report.photos_checked} 张照片、{report.documents_checked} 份文书存档"
    if report.ok:
        print(f"{summary}：没有发现问题。")
        return 0
    fixable = sum(f.repairable for f in report.faults)
    hint = f"其中 {fixable} 个可用 station check --repair 修复；" if fixable else ""
    print(f"{summary}：发现 {len(report.faults)} 个问题。{hint}缺失或损坏的文件请从备份恢复。")
    return 1


def _demo(services, args) -> int:  # type: ignore[no-untyped-def]
    from station.services import demo

    if services.auth.has_staff():
        password = args.password or getpass.getpass(f"{args.username} 的密码: ")
        staff = services.auth.login(args.username, password)
    else:
        password = args.password or "station-demo-1"
        staff = services.auth.create_first_admin(
            username=args.username, display_name="示例管理员", password=password
        )
        print(f"已创建管理员账号 {args.username}，密码 {password}（请登录后修改）")
    made = demo.seed(services, staff, count=args.count, seed=args.seed)
    print(f"已登记 {made} 条虚构的示例记录，数据库：{services.db.url}")
    return 0


def gui_main() -> int:
    return main([])
