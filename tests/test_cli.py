"""The headless commands a station's administrator runs from a terminal."""

import shutil

from station import cli
from tests.conftest import ADMIN_PASSWORD


def test_import_a_list_then_search_it_with_a_photo(
    tmp_path, config, admin, services, face_photos, capsys, monkeypatch
):
    services.close()  # the command opens the station itself
    folder = tmp_path / "photos"
    folder.mkdir()
    shutil.copy(face_photos["obama"], folder / "1.jpg")
    shutil.copy(face_photos["biden"], folder / "2.jpg")
    listing = tmp_path / "list.csv"
    listing.write_text(
        "姓名,性别,照片\n张建国,男,1.jpg\n李志强,男,2.jpg\n王五,男,3.jpg\n", encoding="utf-8"
    )
    monkeypatch.setenv("STATION_PASSWORD", ADMIN_PASSWORD)
    base = ["--data-dir", str(config.data_dir)]
    report = tmp_path / "problems.csv"
    code = cli.main([*base, "import-list", str(listing), "--photos", str(folder), "--name", "测试名单",
                     "--workers", "1", "--report", str(report)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert "新增 3" in out and "成功 2，失败 0" in out
    assert "第 4 行" in out and "3.jpg" in out
    assert "3.jpg" in report.read_text(encoding="utf-8-sig")

    code = cli.main([*base, "search", str(face_photos["obama2"]), "-k", "2"])
    out = capsys.readouterr().out
    assert code == 0
    lines = [line for line in out.splitlines() if line[:3].strip().rstrip(".").isdigit()]
    assert lines[0].startswith(" 1. 张建国（测试名单）距离 ")

    exported = tmp_path / "out.xml"
    code = cli.main([*base, "export-list", "1", "-o", str(exported), "--photos-beside"])
    out = capsys.readouterr().out
    assert code == 0 and "已导出 3 人" in out
    assert (tmp_path / "out_photos").is_dir() and "<pfif:full_name>张建国" in exported.read_text()

    # A name holding terminal escapes (as a database from before they were removed on the way in
    # may): printed as visible escapes, never raw.
    import sqlite3

    with sqlite3.connect(config.data_dir / "station.db") as db:
        db.execute("UPDATE missing_record SET name = ? WHERE name = '张建国'",
                   ("张\x1b]0;pwned\x07\x1b[2J\u202e国",))  # fmt: skip
    code = cli.main([*base, "search", str(face_photos["obama2"]), "-k", "1"])
    out = capsys.readouterr().out
    assert code == 0 and "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "张\\x1b]0;pwned\\x07\\x1b[2J\\u202e国" in out


def test_a_wrong_password_is_refused_in_plain_words(
    config, admin, services, capsys, monkeypatch, face_photos
):
    services.close()
    monkeypatch.setenv("STATION_PASSWORD", "wrong")
    code = cli.main(["--data-dir", str(config.data_dir), "search", str(face_photos["obama"])])
    assert code == 2
    assert "错误：" in capsys.readouterr().err


def test_print_a_document_from_the_command_line(
    tmp_path, config, admin, services, clock, capsys, monkeypatch
):
    from tests.factories import intake

    case = services.intake.register(intake(admitted_at=clock.now), admin).case_number
    services.close()
    monkeypatch.setenv("STATION_PASSWORD", ADMIN_PASSWORD)
    out = tmp_path / "公告.pdf"
    code = cli.main(
        ["--data-dir", str(config.data_dir), "print", "announcement", case, "-o", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF") and "GG-" in capsys.readouterr().out
    code = cli.main(["--data-dir", str(config.data_dir), "print", "pickup", case, "-o", str(out)])
    assert code == 2 and "接领人的信息" in capsys.readouterr().err


def test_match_runs_the_pending_comparison_and_lists_what_waits(
    tmp_path, config, admin, services, clock, face_photos, capsys, monkeypatch
):
    from tests.factories import intake

    services.intake.register(
        intake(admitted_at=clock.now, name="吴某某", photos=[face_photos["obama2"]]), admin
    )
    folder = tmp_path / "photos"
    folder.mkdir()
    shutil.copy(face_photos["obama"], folder / "1.jpg")
    listing = tmp_path / "list.csv"
    listing.write_text("编号,姓名,性别,照片\n8,罗某某,男,1.jpg\n", encoding="utf-8")
    services.lists.import_table(listing, services.lists.preview(listing).mapping, admin,
                                name="关岭县走失人员", photo_dir=folder)  # fmt: skip
    services.lists.encode()
    services.close()
    monkeypatch.setenv("STATION_PASSWORD", ADMIN_PASSWORD)
    base = ["--data-dir", str(config.data_dir)]
    assert cli.main([*base, "match"]) == 0
    out = capsys.readouterr().out
    assert "新的候选 1 名" in out and "比对待审：1 名候选人等待核对（1 人）" in out
    assert "吴某某" in out and "罗某某（关岭县走失人员）距离" in out
    assert cli.main([*base, "match"]) == 0  # nothing changed: nothing compared again
    assert "比对了 0 对" in capsys.readouterr().out
