"""Reviewing one candidate: both photos large, both sets of facts side by side, and a decision."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.enums import Sex
from station.domain.errors import UserError
from station.domain.matching import Decision
from station.services.matching import Candidate, MatchingService, Subject
from station.store.models import StaffPublic
from station.ui.photo_strip import read_stored
from station.ui.texts import day, error_text, vocab

PHOTO_SIDE = 420
DIFFERENT = QColor("#f8d7da")


def factor_text(template: str, params: dict[str, object]) -> str:
    values = {k: vocab(v) if isinstance(v, str) else v for k, v in params.items()}
    return QCoreApplication.translate("Factor", template).format(**values)


class ReviewDialog(QDialog):
    def __init__(
        self,
        mine: Subject,
        candidate: Candidate,
        matching: MatchingService,
        staff: StaffPublic,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mine = mine
        self.candidate = candidate
        self.matching = matching
        self.staff = staff
        self.decided: Decision | None = None
        self.setWindowTitle(self.tr("核对候选人"))
        # As large as the screen allows: on 1366×768 the photos shrink so that the decision and
        # 保存判断 stay in view.
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen else QRect(0, 0, 1400, 1000)
        self.photo_side = max(180, min(PHOTO_SIDE, room.height() - 520))
        self.resize(min(1000, room.width() - 40), min(860, room.height() - 40))

        photos = QHBoxLayout()
        photos.addWidget(self._photo_box(self.tr("本人"), mine))
        photos.addWidget(self._photo_box(self.tr("候选人"), candidate.subject))

        self.facts = QTableWidget(0, 3)
        self.facts.setHorizontalHeaderLabels([self.tr("项目"), self.tr("本人"), self.tr("候选人")])
        self.facts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.facts.horizontalHeader().setStretchLastSection(True)
        self.facts.verticalHeader().hide()
        codes = {f.code for f in candidate.factors if f.effect > 0}
        theirs = candidate.subject
        self._fact(self.tr("姓名"), mine.title, theirs.title, False)
        self._fact(self.tr("来源"), mine.origin, theirs.origin, False)
        self._fact(
            self.tr("性别"),
            vocab(Sex(mine.sex).label),
            vocab(Sex(theirs.sex).label),
            "sex" in codes,
        )
        self._fact(
            self.tr("年龄（按本人被发现时）"),
            str(mine.age) if mine.age else "",
            str(theirs.age) if theirs.age else "",
            "age" in codes,
        )
        cross = any(f.code == "cross_age" for f in candidate.factors)
        self._fact(
            self.tr("照片摄于（年龄 / 日期）"),
            self._taken(mine.photo_age, mine.photo_day),
            self._taken(theirs.photo_age, theirs.photo_day),
            cross,
        )
        self._fact(
            self.tr("身高（厘米）"),
            str(mine.height_cm or ""),
            str(theirs.height_cm or ""),
            "height" in codes,
        )
        self._fact(self.tr("日期（入站 / 走失）"), day(mine.day), day(theirs.day), "date" in codes)
        self._fact(self.tr("地点"), mine.place or "", theirs.place or "", False)
        self._fact(self.tr("户籍地"), mine.household or "", theirs.household or "", False)
        self._fact(self.tr("体貌特征"), mine.features or "", theirs.features or "", False)
        self._fact(self.tr("联系方式"), "", theirs.contact or "", False)
        self.facts.resizeColumnsToContents()

        why = QLabel(
            self.tr("人脸距离 {distance:.3f}（{band}，越小越像）；综合 {score:.3f}").format(
                distance=candidate.distance,
                band=QCoreApplication.translate("Band", candidate.band.label),
                score=candidate.score,
            )
            + "\n"
            + "\n".join(
                ("＋ " if f.effect > 0 else "－ " if f.effect < 0 else "· ")
                + factor_text(f.template, f.params)
                for f in candidate.factors
            )
        )
        why.setWordWrap(True)

        decision_box = QGroupBox(self.tr("判断"))
        grid = QGridLayout(decision_box)
        self.choices = QButtonGroup(self)
        self.buttons: dict[Decision, QRadioButton] = {}
        for column, decision in enumerate(Decision):
            button = QRadioButton(QCoreApplication.translate("Decision", decision.label))
            self.choices.addButton(button)
            self.buttons[decision] = button
            grid.addWidget(button, 0, column)
            if candidate.decision == decision:
                button.setChecked(True)
        self.reason = QLineEdit(candidate.reason or "")
        self.reason.setPlaceholderText(
            self.tr("判断理由，例如：家属辨认照片；DNA 比对不符；年龄相差过大")
        )
        grid.addWidget(self.reason, 1, 0, 1, 3)
        if candidate.decided_by is not None:
            grid.addWidget(
                QLabel(
                    self.tr("上次判断：{who}，{when}").format(
                        who=staff_names.get(candidate.decided_by, "?"),
                        when=day(candidate.decided_at.date()) if candidate.decided_at else "",
                    )
                ),
                2,
                0,
                1,
                3,
            )
        if candidate.candidate_id is None:
            decision_box.setEnabled(False)
            decision_box.setTitle(self.tr("判断（用档案中人员的照片比对时才能记录）"))

        self.dialog_buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.dialog_buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("保存判断")
        )
        self.dialog_buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            candidate.candidate_id is not None
        )
        self.dialog_buttons.accepted.connect(self.save)
        self.dialog_buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(photos, 3)
        layout.addWidget(why)
        layout.addWidget(self.facts, 2)
        layout.addWidget(decision_box)
        layout.addWidget(self.dialog_buttons)

    def _taken(self, age: object, day: dt.date | None) -> str:
        """When a photo was taken, as far as is known: 约 12 岁（2019-05-01）, or 走失时 12 岁."""
        if age is None:
            return ""
        if day is None:
            return self.tr("走失时约 {age} 岁").format(age=age)
        return self.tr("约 {age} 岁（{day}）").format(age=age, day=day.isoformat())

    def _photo_box(self, title: str, subject: Subject) -> QWidget:
        box = QGroupBox(title)
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumSize(self.photo_side, self.photo_side)
        image = read_stored(subject.photo_path, self.photo_side) if subject.photo_path else None
        if image is None:
            label.setText(self.tr("（无照片）"))
        elif image.isNull():
            label.setText(self.tr("照片文件缺失、损坏或与登记时不符"))
        else:
            label.setPixmap(QPixmap.fromImage(image))
        QVBoxLayout(box).addWidget(label)
        return box

    def _fact(self, name: str, mine: str, theirs: str, differs: bool) -> None:
        row = self.facts.rowCount()
        self.facts.insertRow(row)
        for column, text in enumerate((name, mine, theirs)):
            item = QTableWidgetItem(text)
            if differs and column:
                item.setBackground(DIFFERENT)
            self.facts.setItem(row, column, item)

    @property
    def identity_found(self) -> bool:
        """A resident confirmed as a list record: what 身份查明 follows from."""
        return (
            self.decided is Decision.CONFIRMED
            and self.mine.kind == "person"
            and self.candidate.subject.kind == "record"
            and self.candidate.candidate_id is not None
        )

    def chosen(self) -> Decision | None:
        for decision, button in self.buttons.items():
            if button.isChecked():
                return decision
        return None

    def save(self) -> None:
        decision = self.chosen()
        if decision is None:
            QMessageBox.warning(self, self.tr("核对候选人"), self.tr("请选择：可能、排除或确认"))
            return
        assert self.candidate.candidate_id is not None
        try:
            self.matching.decide(
                self.candidate.candidate_id, decision, self.reason.text(), self.staff
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("核对候选人"), error_text(exc))
            self.reason.setFocus()
            return
        self.decided = decision
        self.accept()
