"""``station --self-test``: what an installed copy reports about itself, on the real code path."""

import os
import subprocess
import sys

from station import about, selftest
from station.documents import fonts
from station.store import migrate


def test_every_step_passes_on_a_working_installation(qapp):
    reported = []
    results = selftest.run(reported.append)
    assert reported == results
    assert [r.step for r in results] == [
        selftest.STEP_DATABASE, selftest.STEP_FACES, selftest.STEP_PDF, selftest.STEP_INTERFACE,
    ]  # fmt: skip
    assert all(r.passed for r in results), [r.message for r in results if not r.passed]
    database, faces, pdf, interface = (r.message for r in results)
    assert f"修订版本 {migrate.head_revision()}" in database
    assert "找到 1 张人脸" in faces and "距离 0.0" in faces
    assert "已嵌入" in pdf and fonts.cjk_font().path.name in pdf
    assert "offscreen" in interface


def test_a_missing_chinese_font_fails_the_print_step_and_says_what_to_install(qapp, monkeypatch):
    monkeypatch.setattr(fonts, "cjk_font", lambda: fonts.FontChoice(fonts.FALLBACK, None))
    results = {r.step: r for r in selftest.run()}
    failed = results[selftest.STEP_PDF]
    assert not failed.passed
    assert "fonts-wqy-microhei" in failed.message and "微软雅黑" in failed.message
    assert all(r.passed for step, r in results.items() if step != selftest.STEP_PDF)


def test_a_python_and_qt_that_lose_references_to_none_fail_the_interface_step(qapp, monkeypatch):
    """The pair that aborted the window after a day of clicks (PySide6 6.12.0 on Python 3.11)."""
    from station.ui import refcount

    monkeypatch.setattr(refcount, "none_references_lost", lambda calls=200: calls)
    results = {r.step: r for r in selftest.run()}
    failed = results[selftest.STEP_INTERFACE]
    assert not failed.passed
    assert "丢失 200 个" in failed.message and "安装程序" in failed.message
    assert all(r.passed for step, r in results.items() if step != selftest.STEP_INTERFACE)


def test_the_command_reports_each_step_and_exits_zero(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STATION_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-m", "station", "--self-test"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"救助寻亲工作站 Station {about.version()} 自检")
    assert [line.split("]")[0] for line in lines[1:5]] == ["[通过"] * 4
    assert lines[5] == "自检通过：4 项全部正常。"
    assert done.stderr == ""  # no warnings of the libraries on the console
    assert not (tmp_path / "data" / "station.db").exists()  # the user's station is not touched


def test_the_library_notices_name_what_station_ships_with():
    libraries = about.libraries()
    assert libraries[0].name == "Python"
    by_name = {lib.name.lower().replace("_", "-"): lib for lib in libraries}
    for name in ("pyside6-essentials", "sqlmodel", "sqlalchemy", "alembic", "face-recognition",
                 "face-recognition-models", "dlib-bin", "reportlab", "numpy", "pillow"):  # fmt: skip
        assert name in by_name, name
        assert by_name[name].licence not in ("", "—"), name
    assert "LGPL-3.0" in by_name["pyside6-essentials"].licence
    assert by_name["dlib-bin"].licence == "Boost Software License"
    assert "station" not in by_name
