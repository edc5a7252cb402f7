"""The composition root: build the services once and hand them to the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from station import __version__
from station.config import Config, resources_dir
from station.domain.errors import UserError
from station.services.container import Services
from station.ui.about_dialog import app_icon
from station.ui.accounts import ChangePasswordDialog
from station.ui.database_dialog import DatabaseDialog
from station.ui.errors import install_excepthook, setup_logging
from station.ui.login import FirstAdminDialog, LoginDialog
from station.ui.main_window import MainWindow
from station.ui.texts import error_text

DEFAULT_LANGUAGE = "zh_CN"


def qt_translations() -> list[Path]:
    """Where Qt's own translations may be: where Qt says, and PySide6's folder in a bundle."""
    import PySide6

    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
    ]


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Station's own strings are written in Chinese; English comes from station_en.qm."""
    translators: list[QTranslator] = []
    qt_base = QTranslator(app)
    # Qt's own dialogs (files, calendar, standard buttons): beside Qt, or in a bundle beside PySide6.
    if any(qt_base.load(f"qtbase_{language}", str(folder)) for folder in qt_translations()):
        translators.append(qt_base)
    if language != DEFAULT_LANGUAGE:
        own = QTranslator(app)
        if own.load(str(resources_dir() / "i18n" / f"station_{language}.qm")):
            translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return translators


def choose_language(config: Config, requested: str | None) -> str:
    value = requested or config.read_settings().get("language") or DEFAULT_LANGUAGE
    return value if value in ("zh_CN", "en") else DEFAULT_LANGUAGE


def run_gui(*, data_dir: Path | None = None, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Station")
    app.setApplicationDisplayName("救助寻亲工作站")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("org.stationapp.Station")  # the Linux desktop entry's name
    config = Config.load(data_dir)
    config.ensure_dirs()
    install_excepthook(setup_logging(config.data_dir / "logs"))
    language = choose_language(config, lang)
    install_translators(app, language)
    while True:
        services = open_station(config)
        if services is None:
            return 2
        try:
            staff = login(services, config)
            if staff is RECONFIGURED:  # a new workstation joining the shared database
                config = Config.load(data_dir)
                continue
            if staff is None:
                return 0
            window = MainWindow(services, staff, config.data_dir)
            window.language_chosen.connect(lambda code, c=config: c.write_settings(language=code))
            window.show()
            return app.exec()
        finally:
            services.close()


RECONFIGURED = object()  # login's answer when the database settings were changed instead


def open_station(config: Config) -> Services | None:
    """The station's services; when the database cannot be opened, the reason, with the choice
    of changing this workstation's database settings and trying again."""
    while True:
        try:
            services = Services.open(config, program="station（窗口）")
        except UserError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QApplication.translate("App", "无法打开数据库"),
                error_text(exc),
            )
            settings = box.addButton(
                QApplication.translate("App", "数据库设置…"), QMessageBox.ButtonRole.ActionRole
            )
            retry = box.addButton(
                QApplication.translate("App", "重试"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QApplication.translate("App", "退出"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is settings:
                if DatabaseDialog(config).exec() == QDialog.DialogCode.Accepted:
                    config = Config.load(config.data_dir)
                continue
            if box.clickedButton() is not retry:
                return None
            continue
        notice = services.recovery_notice()
        if notice is not None:
            QMessageBox.information(
                None, QApplication.translate("App", "恢复已处理"), error_text(notice)
            )
        return services


def login(services: Services, config: Config | None = None):  # type: ignore[no-untyped-def]
    dialog: QDialog
    dialog = (
        FirstAdminDialog(services.auth, config)
        if not services.auth.has_staff()
        else LoginDialog(services.auth)
    )
    code = dialog.exec()
    if code == FirstAdminDialog.RECONFIGURED:
        return RECONFIGURED
    if code != QDialog.DialogCode.Accepted:
        return None
    staff = dialog.staff  # type: ignore[attr-defined]
    if staff.must_change_password:  # a new account, or reset by an administrator
        change = ChangePasswordDialog(services.auth, staff, forced=True)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
        staff = change.staff
    return staff
