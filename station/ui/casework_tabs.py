"""The case file's casework tabs: deadlines (期限), placements (安置), family search (寻亲)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.casework import (
    AttemptKind,
    AttemptResult,
    DecisionKind,
    LongStayOption,
    NameKind,
    PlacementKind,
)
from station.domain.clock import local_date
from station.domain.deadlines import FOLLOW_UP, Deadline, Status
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.services.deadlines import DeadlineService
from station.services.departures import DepartureService
from station.services.family_search import FamilySearchService
from station.services.identification import IdentificationService
from station.services.identities import IdentityService, NameRecord
from station.services.placements import PlacementService
from station.store.case_models import PlacementPublic, SearchAttemptPublic
from station.store.models import StaffPublic
from station.ui.casework_dialogs import (
    AttemptDialog,
    CostDialog,
    DecisionDialog,
    EndPlacementDialog,
    NameDialog,
    PlacementDialog,
)
from station.ui.departure_dialog import DepartureDialog
from station.ui.identify_dialog import identify
from station.ui.modal import run_modal
from station.ui.tables import record_table
from station.ui.texts import day, vocab, when

STATUS_COLOURS = {
    Status.OVERDUE: "#ffcdd2",
    Status.SOON: "#ffe0b2",
    Status.OPEN: "#fff9c4",
    Status.DONE: "#c8e6c9",
    Status.LATE: "#ffe0b2",
    Status.ENDED: "#eeeeee",
}


@dataclass(frozen=True)
class CaseworkServices:
    placements: PlacementService
    family_search: FamilySearchService
    deadlines: DeadlineService
    departures: DepartureService
    identities: IdentityService
    identification: IdentificationService


def fill(t: QTableWidget, rows: list[list[str]], colours: list[str | None] | None = None) -> None:
    t.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if colours and colours[r]:
                item.setBackground(QBrush(QColor(colours[r])))
            t.setItem(r, c, item)


DUE_TEXTS = {
    "days": QT_TRANSLATE_NOOP("Deadlines", "{n} 天"),
    "hours": QT_TRANSLATE_NOOP("Deadlines", "{n} 小时"),
    "late": QT_TRANSLATE_NOOP("Deadlines", "{due}（逾期 {amount}）"),
    "left": QT_TRANSLATE_NOOP("Deadlines", "{due}（还剩 {amount}）"),
    "done_late": QT_TRANSLATE_NOOP("Deadlines", "{due}（晚了 {amount}）"),
    "missed": QT_TRANSLATE_NOOP("Deadlines", "{due}（未完成）"),
}


def due_text(d: Deadline, now: dt.datetime) -> str:
    """The due time with how long is left ("还剩 5 小时"), how late it is ("逾期 2 天"), how late
    it was met ("晚了 6 小时") or that it was missed before the rule stopped applying."""

    def text(key: str) -> str:
        return QCoreApplication.translate("Deadlines", DUE_TEXTS[key])

    if d.status in (Status.DONE, Status.ENDED):
        return when(d.due_at)
    if d.ended_at is not None:
        return text("missed").format(due=when(d.due_at))
    left = ((d.done_at or now) - d.due_at).total_seconds() * -1
    hours = abs(left) / 3600
    amount = (
        text("days").format(n=int(hours // 24))
        if hours >= 48
        else text("hours").format(n=max(1, int(hours)))
    )
    key = "done_late" if d.status is Status.LATE else "late" if left < 0 else "left"
    return text(key).format(due=when(d.due_at), amount=amount)


FOLLOW_UP_TITLE = QT_TRANSLATE_NOOP("Deadlines", "跟进：{kind}")


def rule_title(d: Deadline) -> str:
    """A default rule's title in the interface language; an administrator's own words as written."""
    if d.rule.code.startswith(FOLLOW_UP + ":"):
        kind = vocab(AttemptKind(d.rule.title).label)
        return QCoreApplication.translate("Deadlines", FOLLOW_UP_TITLE).format(kind=kind)
    return QCoreApplication.translate("DeadlineRule", d.rule.title)


def record_step(
    parent: QWidget,
    services: CaseworkServices,
    person_id: int,
    staff: StaffPublic,
    deadline: Deadline,
) -> bool:
    """Open the dialog that records what clears ``deadline``; True when something was saved."""
    now = services.deadlines.now()
    decisions = [
        DecisionKind(k) for k in deadline.rule.clears if k in DecisionKind._value2member_map_
    ]
    if decisions:
        return DecisionFlow(parent, services, person_id, staff).run(decisions[0])
    kinds = sorted(
        AttemptKind(k) for k in deadline.rule.clears if k in AttemptKind._value2member_map_
    )
    if deadline.rule.code.startswith(FOLLOW_UP + ":"):
        # A follow-up is the attempt it was set on, taken further: update it in place.
        asked = next(
            (
                a
                for a in services.family_search.attempts(person_id)
                if a.kind in deadline.rule.clears and a.at == deadline.opens_at
            ),
            None,
        )
        if asked is not None:
            return update_attempt(parent, services, staff, asked)
    dialog = AttemptDialog(
        now,
        lambda data: services.family_search.log_attempt(person_id, data, staff),
        parent,
        kind=kinds[0] if kinds else None,
        calendar=services.deadlines.calendar(),
    )
    return bool(run_modal(dialog))


def update_attempt(
    parent: QWidget, services: CaseworkServices, staff: StaffPublic, attempt: SearchAttemptPublic
) -> bool:
    """更新寻亲记录: the attempt's result, reference, notes and next follow-up, in place."""
    dialog = AttemptDialog(
        services.family_search.now(),
        lambda data: services.family_search.update_attempt(attempt.id, data, staff),
        parent,
        attempt=attempt,
        calendar=services.deadlines.calendar(),
    )
    return bool(run_modal(dialog))


class DecisionFlow:
    def __init__(
        self, parent: QWidget, services: CaseworkServices, person_id: int, staff: StaffPublic
    ) -> None:
        self.parent, self.services, self.person_id, self.staff = parent, services, person_id, staff

    def run(self, kind: DecisionKind) -> bool:
        today = local_date(self.services.deadlines.now())

        def save(values: dict[str, object]) -> object:
            return self.services.family_search.decide(
                self.person_id,
                kind,
                self.staff,
                option=values["option"],  # type: ignore[arg-type]
                until_on=values["until_on"],  # type: ignore[arg-type]
                notes=values["notes"],  # type: ignore[arg-type]
            )

        return bool(run_modal(DecisionDialog(kind, today, save, self.parent)))


class CaseworkTabs(QObject):
    """Three widgets for the case file's tabs, kept in step; ``changed`` after anything is saved."""

    changed = Signal()

    def __init__(
        self,
        person_id: int,
        services: CaseworkServices,
        staff: StaffPublic,
        staff_names: dict[int, str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.services = services
        self.staff = staff
        self.staff_names = staff_names
        self.host = parent
        self.deadlines: list[Deadline] = []
        self.attempts: list[SearchAttemptPublic] = []
        self.names: list[NameRecord] = []
        self.placements: list[PlacementPublic] = []

        # 期限
        self.deadlines_tab = QWidget()
        self.flags = QLabel()
        self.flags.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.deadline_table = record_table(
            [self.tr("状态"), self.tr("事项"), self.tr("期限"), self.tr("完成于")]
        )
        self.record_button = QPushButton(self.tr("记录所选事项…"))
        self.record_button.clicked.connect(self.record_selected)
        self.deadline_table.doubleClicked.connect(lambda _i: self.record_selected())
        layout = QVBoxLayout(self.deadlines_tab)
        layout.addWidget(self.flags)
        layout.addWidget(self.deadline_table)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)

        # 安置
        self.placements_tab = QWidget()
        self.placement_table = record_table(
            [self.tr("去向"), self.tr("医院 / 机构"), self.tr("开始"), self.tr("结束"),
             self.tr("天数"), self.tr("原因 / 诊断"), self.tr("费用（元）"), self.tr("护送"),
             self.tr("结果")]
        )  # fmt: skip
        self.place_button = QPushButton(self.tr("送医 / 安置…"))
        self.end_button = QPushButton(self.tr("结束当前安置…"))
        self.cost_button = QPushButton(self.tr("补记费用…"))
        self.cost_button.setToolTip(self.tr("为所选的送医或安置补记一笔费用（结束后也可以）"))
        self.place_button.clicked.connect(self.place)
        self.end_button.clicked.connect(self.end_current)
        self.cost_button.clicked.connect(self.add_cost)
        buttons = QHBoxLayout()
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.cost_button)
        buttons.addStretch()
        layout = QVBoxLayout(self.placements_tab)
        layout.addWidget(self.placement_table)
        layout.addLayout(buttons)

        # 寻亲
        self.attempts_tab = QWidget()
        self.attempt_table = record_table(
            [self.tr("时间"), self.tr("方式"), self.tr("渠道 / 单位"), self.tr("编号"),
             self.tr("结果"), self.tr("下次跟进"), self.tr("经办人"), self.tr("情况说明")]
        )  # fmt: skip
        self.decision_table = record_table(
            [self.tr("时间"), self.tr("决定"), self.tr("内容"), self.tr("经办人"), self.tr("说明")]
        )
        self.attempt_button = QPushButton(self.tr("记录寻亲…"))
        self.attempt_button.clicked.connect(self.log_attempt)
        self.update_button = QPushButton(self.tr("更新所选记录…"))
        self.update_button.setToolTip(
            self.tr("等待的结果来了、有了线索或需要再跟进：在原记录上更新，不另记一次")
        )
        self.update_button.clicked.connect(self.update_selected)
        self.attempt_table.doubleClicked.connect(lambda _i: self.update_selected())
        self.decision_buttons = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.attempt_button)
        buttons.addWidget(self.update_button)
        for kind in DecisionKind:
            button = QPushButton(vocab(kind.label) + "…")
            button.clicked.connect(lambda _c=False, k=kind: self.decide(k))
            self.decision_buttons[kind] = button
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self.attempts_tab)
        layout.addWidget(self.attempt_table, 2)
        layout.addWidget(QLabel(self.tr("救助期限与安置决定")))
        layout.addWidget(self.decision_table, 1)
        layout.addLayout(buttons)

    # --- display ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.names = self.services.identities.names(self.person_id)  # read once per reload
        now = self.services.deadlines.now()
        self.deadlines, flags = self.services.deadlines.for_person(self.person_id)
        self.flags.setText(
            self.tr("需从严处理：{flags}").format(flags="、".join(vocab(f.label) for f in flags))
            if flags
            else ""
        )
        self.flags.setVisible(bool(flags))
        fill(
            self.deadline_table,
            [
                [vocab(d.status.label), rule_title(d), due_text(d, now), when(d.done_at)]
                for d in self.deadlines
            ],
            [STATUS_COLOURS[d.status] for d in self.deadlines],
        )
        self.record_button.setEnabled(any(d.ended_at is None for d in self.deadlines))

        today = local_date(now)
        placements = self.services.placements.history(self.person_id)
        fill(
            self.placement_table,
            [
                [
                    vocab(PlacementKind(p.kind).label),
                    p.facility or "",
                    day(p.started_on),
                    day(p.ended_on) if p.ended_on else self.tr("（当前）"),
                    str(((p.ended_on or today) - p.started_on).days),
                    p.reason or "",
                    f"{p.cost_fen / 100:.2f}" if p.cost_fen is not None else "",
                    p.escort or "",
                    p.outcome or "",
                ]
                for p in placements
            ],
        )
        self._current = next((p for p in placements if p.ended_on is None), None)
        self.end_button.setEnabled(self._current is not None)
        self.placements = placements
        self.cost_button.setEnabled(bool(placements))

        attempts = self.services.family_search.attempts(self.person_id)
        self.attempts = attempts
        self.update_button.setEnabled(bool(attempts))
        fill(
            self.attempt_table,
            [
                [
                    when(a.at),
                    vocab(AttemptKind(a.kind).label),
                    a.channel or "",
                    a.reference or "",
                    vocab(AttemptResult(a.result).label),
                    day(a.follow_up_on),
                    self.staff_names.get(a.staff_id, ""),
                    a.notes or "",
                ]
                for a in attempts
            ],
        )
        decisions = self.services.family_search.decisions(self.person_id)
        fill(
            self.decision_table,
            [
                [
                    when(d.at),
                    vocab(DecisionKind(d.kind).label),
                    vocab(LongStayOption(d.option).label)
                    if d.option
                    else (self.tr("至 {day}").format(day=day(d.until_on)) if d.until_on else ""),
                    self.staff_names.get(d.staff_id, ""),
                    d.notes or "",
                ]
                for d in decisions
            ],
        )

    # --- actions ----------------------------------------------------------------------------
    def _saved(self, did: bool) -> None:
        if did:
            self.reload()
            self.changed.emit()

    def update_selected(self) -> bool:
        """The selected attempt (else the latest) followed up in place."""
        if not self.attempts:
            return False
        row = self.attempt_table.currentRow()
        attempt = self.attempts[row if 0 <= row < len(self.attempts) else 0]
        saved = update_attempt(self.host, self.services, self.staff, attempt)
        self._saved(saved)
        return saved

    def add_cost(self) -> bool:
        """补记费用 for the selected placement (else the latest)."""
        if not self.placements:
            return False
        row = self.placement_table.currentRow()
        placement = self.placements[row if 0 <= row < len(self.placements) else 0]
        what = self.tr("{kind}：{facility}，{start} 起；已记费用 {cost} 元").format(
            kind=vocab(PlacementKind(placement.kind).label),
            facility=placement.facility or "",
            start=day(placement.started_on),
            cost=f"{(placement.cost_fen or 0) / 100:.2f}",
        )
        dialog = CostDialog(
            what,
            lambda v: self.services.placements.add_cost(placement.id, v[0], self.staff, note=v[1]),
            self.host,
        )
        saved = bool(run_modal(dialog))
        self._saved(saved)
        return saved

    def record_selected(self) -> None:
        rows = self.deadline_table.selectionModel().selectedRows()
        if not rows or not self.deadlines:
            return
        deadline = self.deadlines[rows[0].row()]
        if deadline.ended_at is not None:  # the compliance record of a finished part of the stay
            return
        self._saved(record_step(self.host, self.services, self.person_id, self.staff, deadline))

    def place(self) -> None:
        today = local_date(self.services.deadlines.now())
        dialog = PlacementDialog(
            today, lambda data: self.services.placements.place(self.person_id, data, self.staff),
            self.host,
        )  # fmt: skip
        self._saved(bool(run_modal(dialog)))

    def end_current(self) -> None:
        if self._current is None:
            return
        current = self._current
        today = local_date(self.services.deadlines.now())
        dialog = EndPlacementDialog(
            today,
            lambda v: self.services.placements.end(current.id, v["ended_on"], self.staff,
                                                   outcome=v["outcome"], cost_fen=v["cost_fen"]),
            self.host,
        )  # fmt: skip
        self._saved(bool(run_modal(dialog)))

    def log_attempt(self) -> None:
        dialog = AttemptDialog(
            self.services.deadlines.now(),
            lambda data: self.services.family_search.log_attempt(self.person_id, data, self.staff),
            self.host,
            calendar=self.services.deadlines.calendar(),
        )
        self._saved(bool(run_modal(dialog)))

    def depart(self, in_custody: list[str]) -> bool:
        """办理离站; True when the stay was closed."""
        flags = [
            f for f in self.services.deadlines.for_person(self.person_id)[1] if f.cannot_decide
        ]
        warning = (
            self.tr(
                "此人需从严处理（{flags}）：只能交给核实过身份的亲属或移交机构，并须站长批准。"
            ).format(flags="、".join(vocab(f.label) for f in flags))
            if flags
            else ""
        )
        dialog = DepartureDialog(
            self.services.departures.now(),
            self.services.departures.directors(),
            in_custody,
            lambda data: self.services.departures.depart(self.person_id, data, self.staff),
            self.host,
            warning=warning,
        )
        saved = bool(run_modal(dialog))
        self._saved(saved)
        return saved

    def add_name(self) -> bool:
        # The name before a new true or official one becomes 曾用名, unless it was a 代称.
        current = next(
            (
                (n.name, n.kind if n.kind is NameKind.PLACEHOLDER else NameKind.FORMER)
                for n in self.services.identities.names(self.person_id)
                if n.current
            ),
            None,
        )
        dialog = NameDialog(
            lambda v: self.services.identities.add_name(
                self.person_id, v[0], v[1], self.staff, keep_old_as=v[2]
            ),
            self.host,
            current=current,
        )
        saved = bool(run_modal(dialog))
        self._saved(saved)
        return saved

    def identify(self, candidate_id: int | None = None) -> bool:
        """身份查明: the identity found, with the facts the worker takes over."""
        saved = identify(
            self.host, self.services.identification, self.person_id, self.staff, candidate_id
        )
        self._saved(saved)
        return saved

    def current_is_placeholder(self) -> bool:
        return any(n.current and n.kind is NameKind.PLACEHOLDER for n in self.names)

    def names_text(self) -> str:
        """Every name with how it is known: 张三（自述姓名）、张山（谐音（音））…"""
        return "、".join(f"{n.name}（{vocab(n.kind.label)}）" for n in self.names if not n.current)

    def decide(self, kind: DecisionKind) -> None:
        flow = DecisionFlow(self.host, self.services, self.person_id, self.staff)
        self._saved(flow.run(kind))
