"""办理离站 as the worker meets it: who can approve, and a filled form never lost by a slip."""

import datetime as dt

from PySide6.QtWidgets import QLabel, QMessageBox

from station.domain.enums import Role
from station.store.models import StaffPublic
from station.ui.departure_dialog import DepartureDialog
from tests.ui.conftest import type_text

NOW = dt.datetime(2026, 10, 14, 2, 0, tzinfo=dt.UTC)
STRICT = "此人需从严处理（精神障碍）：只能交给核实过身份的亲属或移交机构，并须站长批准。"


def director(**kw):
    return StaffPublic(username="zhan", display_name="赵站长", role=Role.DIRECTOR, active=True,
                       id=7, **kw)  # fmt: skip


def test_a_station_without_a_director_says_how_to_get_one(qtbot):
    dialog = DepartureDialog(NOW, [], [], lambda data: data, warning=STRICT)
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "noDirector")
    assert hint is not None and "账号 → 账号管理" in hint.text()
    assert dialog.approver.itemText(0) == "（请选择批准的站长）"

    # A director who still has the administrator's temporary password is marked as unable to.
    waiting = DepartureDialog(NOW, [director(must_change_password=True)], [], lambda d: d,
                              warning=STRICT)  # fmt: skip
    qtbot.addWidget(waiting)
    assert "不能批准" in waiting.approver.itemText(1)
    assert waiting.findChild(QLabel, "noDirector") is not None
    ready = DepartureDialog(NOW, [director()], [], lambda d: d, warning=STRICT)
    qtbot.addWidget(ready)
    assert ready.findChild(QLabel, "noDirector") is None
    assert ready.approver.currentData() == 7  # the only director, chosen already


def test_cancel_asks_before_a_filled_form_is_thrown_away(qtbot, answer):
    dialog = DepartureDialog(NOW, [director()], ["旧手机"], lambda d: d)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes without a question
    assert not dialog.isVisible()

    dialog.show()
    type_text(qtbot, dialog.escorts, "张强，李明")
    asked = answer(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert asked == ["已填写的内容还没有保存。确定放弃吗？"]
    assert dialog.isVisible() and dialog.escorts.text() == "张强，李明"
    answer(QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()
