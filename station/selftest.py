"""``station --self-test``: proves an installed copy works on this PC, step by step.

Each step uses the real code path on a temporary station that is deleted afterwards (nothing of the
user's own data is opened): the database is created through every migration, a person is
registered with the bundled sample photo, the photo is encoded and found again by a photo search, an
announcement is printed with an embedded Chinese font, and the interface's parts load (translation,
icon, charts, PDF preview). The report names what failed and why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from station import about
from station.config import Config, resources_dir
from station.domain.i18n import QT_TRANSLATE_NOOP

SAMPLE = "selftest/sample-face.jpg"
CONTEXT = "SelfTest"

STEP_DATABASE = QT_TRANSLATE_NOOP("SelfTest", "数据库")
STEP_FACES = QT_TRANSLATE_NOOP("SelfTest", "人脸识别")
STEP_PDF = QT_TRANSLATE_NOOP("SelfTest", "打印文书")
STEP_INTERFACE = QT_TRANSLATE_NOOP("SelfTest", "界面")

MSG_DATABASE = QT_TRANSLATE_NOOP(
    "SelfTest",
    "新建临时数据库（修订版本 {revision}），登记 1 人（案件编号 {case}），照片已保存并校验；"
    "共享数据库驱动 libpq {libpq}（{impl}）可用",
)
MSG_FACES = QT_TRANSLATE_NOOP(
    "SelfTest", "示例照片中找到 1 张人脸，编码 {dims} 维；照片比对找回此人，距离 {distance:.3f}"
)
MSG_PHOTO_HASH = QT_TRANSLATE_NOOP("SelfTest", "保存的照片 {file} 与其校验值不符")
MSG_NO_FACE = QT_TRANSLATE_NOOP("SelfTest", "示例照片 {file} 中应有 1 张人脸，找到 {count} 张")
MSG_NOT_FOUND = QT_TRANSLATE_NOOP("SelfTest", "照片比对没有找回登记的人（候选 {count} 人）")
MSG_PDF = QT_TRANSLATE_NOOP("SelfTest", "寻亲公告 {pages} 页，{size} KB，中文字体 {font} 已嵌入")
MSG_NO_FONT = QT_TRANSLATE_NOOP(
    "SelfTest",
    "没有可嵌入的中文字体，文书中的汉字在别的电脑上可能无法显示。"
    "请安装中文 TrueType 字体（Windows：微软雅黑；Linux：fonts-wqy-microhei）",
)
MSG_NOT_PDF = QT_TRANSLATE_NOOP("SelfTest", "生成的文件不是 PDF")
MSG_INTERFACE = QT_TRANSLATE_NOOP(
    "SelfTest",
    "Python {python}、Qt {qt}（{platform}）：界面调用不丢失引用，"
    "英文界面翻译、图标、统计图表与打印预览组件均可用",
)
MSG_NONE_LOST = QT_TRANSLATE_NOOP(
    "SelfTest",
    "Python {python} 与 Qt {qt} 的组合有已知缺陷（每次界面操作丢失 None 的引用，"
    "一天的操作后程序会崩溃）：{calls} 次调用丢失 {lost} 个。请用本站的安装程序重新安装",
)
MSG_NO_TRANSLATION = QT_TRANSLATE_NOOP("SelfTest", "无法加载界面翻译 {file}")
MSG_NO_ICON = QT_TRANSLATE_NOOP("SelfTest", "无法加载图标 {file}")
MSG_HEADER = QT_TRANSLATE_NOOP(
    "SelfTest", "救助寻亲工作站 Station {version} 自检（{runtime}，{kind}）"
)
MSG_LINE = QT_TRANSLATE_NOOP("SelfTest", "[{mark}] {step}：{message}（{ms} ms）")
MSG_PASSED = QT_TRANSLATE_NOOP("SelfTest", "通过")
MSG_FAILED = QT_TRANSLATE_NOOP("SelfTest", "失败")
MSG_ALL_PASSED = QT_TRANSLATE_NOOP("SelfTest", "自检通过：{count} 项全部正常。")
MSG_SOME_FAILED = QT_TRANSLATE_NOOP("SelfTest", "自检未通过：{failed} / {count} 项失败。")


class StepFailed(Exception):
    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template)
        self.template, self.params = template, params


@dataclass(frozen=True)
class Result:
    step: str
    passed: bool
    message: str  # translated
    seconds: float


def tr(template: str, **params: object) -> str:
    return QCoreApplication.translate(CONTEXT, template).format(**params)


def run(report: Callable[[Result], None] = lambda _: None) -> list[Result]:
    """Run every step (a failed step does not stop the next), reporting each as it ends."""
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="station-selftest-") as tmp:
        checks = _Checks(Path(tmp))
        try:
            for step, check in (
                (STEP_DATABASE, checks.database),
                (STEP_FACES, checks.faces),
                (STEP_PDF, checks.pdf),
                (STEP_INTERFACE, checks.interface),
            ):
                start = time.perf_counter()
                try:
                    template, params = check()
                    result = Result(step, True, tr(template, **params), 0.0)
                except StepFailed as exc:
                    result = Result(step, False, tr(exc.template, **exc.params), 0.0)
                except Exception as exc:  # a broken installation: say what broke
                    detail = "".join(traceback.format_exception_only(exc)).strip()
                    result = Result(step, False, detail, 0.0)
                result = Result(result.step, result.passed, result.message,
                                time.perf_counter() - start)  # fmt: skip
                results.append(result)
                report(result)
        finally:
            checks.close()
    return results


class _Checks:
    """The steps; each builds on the one before (a person to search for and to print)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.services = None
        self.staff = None
        self.person_id: int | None = None

    def close(self) -> None:
        if self.services is not None:
            self.services.close()

    def database(self) -> tuple[str, dict[str, object]]:
        from station.services.container import Services
        from station.services.forms import IntakeData, PersonFields

        data_dir = self.root / "station"
        config = Config(data_dir, f"sqlite:///{data_dir / 'station.db'}")
        self.services = services = Services.open(config)
        self.staff = services.auth.create_first_admin(
            username="selftest", display_name="自检", password="selftest-password-1"
        )
        now = services.now()
        result = services.intake.register(
            IntakeData(
                person=PersonFields(features="自检示例"),
                admitted_at=now - dt.timedelta(minutes=5),
                photos=[resources_dir() / SAMPLE],
            ),
            self.staff,
        )
        self.person_id = result.person_id
        detail = services.persons.detail(result.person_id)
        for photo in detail.photos:
            stored = services.photos.path(photo.sha256, photo.ext).read_bytes()
            if hashlib.sha256(stored).hexdigest() != photo.sha256:
                raise StepFailed(MSG_PHOTO_HASH, file=photo.sha256)
        # The PostgreSQL driver is loaded here too, so a bundle without it fails its self-test
        # rather than a station's first connection to its shared database.
        import psycopg

        libpq = psycopg.pq.version()
        return MSG_DATABASE, {
            "revision": services.migration.to_revision,
            "case": result.case_number,
            "libpq": f"{libpq // 10000}.{libpq % 10000}",
            "impl": psycopg.pq.__impl__,
        }

    def faces(self) -> tuple[str, dict[str, object]]:
        from station.faces.engine import DIMENSIONS, find_faces
        from station.services.matching import Scope

        services = self._services()
        sample = resources_dir() / SAMPLE
        found, _ = find_faces(sample.read_bytes(), sample.name)
        if len(found) != 1:
            raise StepFailed(MSG_NO_FACE, file=SAMPLE, count=len(found))
        probe = services.matching.probe_for_file(sample)
        result = services.matching.search(probe, Scope(lists=False, persons=True), self.staff, k=5)
        best = result.candidates[0] if result.candidates else None
        if best is None or best.subject.id != self.person_id:
            raise StepFailed(MSG_NOT_FOUND, count=len(result.candidates))
        return MSG_FACES, {"dims": DIMENSIONS, "distance": best.distance}

    def pdf(self) -> tuple[str, dict[str, object]]:
        from station.documents.catalogue import DocumentKind
        from station.documents.fonts import cjk_font

        services = self._services()
        assert self.person_id is not None
        printed = services.documents.print(DocumentKind.ANNOUNCEMENT, self.person_id, self.staff)
        if not printed.pdf.startswith(b"%PDF"):
            raise StepFailed(MSG_NOT_PDF)
        font = cjk_font()
        if not font.embedded or b"/FontFile2" not in printed.pdf:
            raise StepFailed(MSG_NO_FONT)
        return MSG_PDF, {
            "pages": printed.record.pages,
            "size": round(len(printed.pdf) / 1024),
            "font": font.path.name if font.path else font.name,
        }

    def interface(self) -> tuple[str, dict[str, object]]:
        from PySide6 import QtCharts, QtPdf, QtPdfWidgets  # noqa: F401  (the statistics, the preview)
        from PySide6.QtCore import QTranslator, qVersion
        from PySide6.QtGui import QGuiApplication, QIcon

        from station.ui.refcount import none_references_lost

        python = sys.version.split()[0]
        calls = 200
        lost = none_references_lost(calls)
        if lost:
            raise StepFailed(MSG_NONE_LOST, python=python, qt=qVersion(), calls=calls, lost=lost)
        translation = resources_dir() / "i18n" / "station_en.qm"
        if not QTranslator().load(str(translation)):
            raise StepFailed(MSG_NO_TRANSLATION, file=translation)
        from station.app import qt_translations

        folders = qt_translations()
        if not any(QTranslator().load("qtbase_zh_CN", str(f)) for f in folders):
            raise StepFailed(MSG_NO_TRANSLATION, file=folders[0] / "qtbase_zh_CN.qm")
        icon = resources_dir() / "icons" / "station.png"
        if QIcon(str(icon)).isNull():
            raise StepFailed(MSG_NO_ICON, file=icon)
        return MSG_INTERFACE, {
            "python": python,
            "qt": qVersion(),
            "platform": QGuiApplication.platformName(),
        }

    def _services(self):  # type: ignore[no-untyped-def]
        if self.services is None or self.person_id is None:
            raise RuntimeError("the database step failed; this step needs its station")
        return self.services


def main(language: str | None = None) -> int:
    """Print the report (or show it in a window where there is no console); 0 when all passed."""
    from PySide6.QtWidgets import QApplication

    from station.app import choose_language, install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, choose_language(Config.load(), language))  # type: ignore[arg-type]
    lines = [tr(MSG_HEADER, version=about.version(), runtime=about.runtime(),
                kind=QCoreApplication.translate("About", about.kind()))]  # fmt: skip
    console = sys.stdout is not None
    if console:
        print(lines[0], flush=True)

    def report(result: Result) -> None:
        mark = tr(MSG_PASSED if result.passed else MSG_FAILED)
        line = tr(MSG_LINE, mark=mark, step=tr(result.step), message=result.message,
                  ms=round(result.seconds * 1000))  # fmt: skip
        lines.append(line)
        if console:
            print(line, flush=True)

    results = run(report)
    failed = sum(not r.passed for r in results)
    summary = (
        tr(MSG_SOME_FAILED, failed=failed, count=len(results))
        if failed
        else tr(MSG_ALL_PASSED, count=len(results))
    )
    lines.append(summary)
    if console:
        print(summary, flush=True)
    else:  # the windowed program on Windows has no console to print to
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, "Station", "\n".join(lines))
    return 1 if failed else 0
