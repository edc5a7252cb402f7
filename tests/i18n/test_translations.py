import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from station.app import install_translators
from station.config import resources_dir


def _load_i18n_tool():
    """packaging/i18n.py is a script beside the installer files, not a package: load it by path."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "packaging" / "i18n.py"
    spec = importlib.util.spec_from_file_location("station_i18n_tool", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


i18n = _load_i18n_tool()

TS = resources_dir() / "i18n" / "station_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages():
    return _parse(TS)


def test_every_string_is_translated_and_keeps_its_placeholders():
    seen = 0
    for context, source, translation in messages():
        seen += 1
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (
            context,
            source,
        )
        assert translation.text, (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text)
        ), source
    assert seen > 150


def test_ts_lists_every_string_in_the_code(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "I18N", tmp_path)
    i18n.update()
    fresh = {(c, s) for c, s, _ in _parse(tmp_path / "station_en.ts")}
    committed = {(c, s) for c, s, _ in messages()}
    assert fresh - committed == set(), "run: uv run python packaging/i18n.py update"


def test_committed_qm_is_compiled_from_the_ts(tmp_path):
    [fresh] = i18n.release(tmp_path)
    committed = resources_dir() / "i18n" / "station_en.qm"
    assert fresh.read_bytes() == committed.read_bytes(), (
        "run: uv run python packaging/i18n.py release"
    )


def test_english_interface(qtbot, services, admin, config):
    from PySide6.QtWidgets import QApplication

    from station.ui.main_window import MainWindow

    app = QApplication.instance()
    translators = install_translators(app, "en")
    try:
        window = MainWindow(services, admin, config.data_dir)
        qtbot.addWidget(window)
        assert window.windowTitle() == "Rescue Station"
        assert window.tabs.tabText(0) == "Residents"
        assert window.residents.status.currentText() == "In station"
        from station.domain.errors import UserError
        from station.domain.id_number import MSG_CHECK
        from station.ui.texts import error_text

        text = error_text(UserError(MSG_CHECK, expected="X", actual="1"))
        assert text.startswith("Wrong check digit") and "should be X, not 1" in text
        assert QCoreApplication.translate("Vocabulary", "无名氏").strip() == "Unidentified"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))


def _parse(path):
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message.find("source").text, message.find("translation")


@pytest.fixture(autouse=True)
def _qapp(qapp):
    return qapp


def test_qts_own_dialogs_speak_chinese(qtbot):
    """The file dialog, the calendar and the standard buttons come from Qt: its Chinese is loaded."""
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    app = QApplication.instance()
    translators = install_translators(app, "zh_CN")
    try:
        assert translators, "qtbase_zh_CN.qm was not found beside Qt"
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Save).text().startswith("保存")
        assert (
            QLocale()
            .toString(QDate(2026, 12, 3), QLocale.FormatType.LongFormat)
            .startswith("2026年12月3日")
        )
    finally:
        for translator in translators:
            app.removeTranslator(translator)
