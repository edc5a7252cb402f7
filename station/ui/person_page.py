"""A person's case file: photos, facts, stays, belongings in custody and the audit timeline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from station.domain import id_number, person_rules
from station.domain.age import AgeRange, age_on
from station.domain.clock import local_date, utcnow
from station.domain.enums import BroughtBy, Build, Sex, StayStatus
from station.domain.errors import InvalidInput, UserError
from station.domain.permissions import Action, allowed
from station.services.belongings import BelongingService
from station.services.forms import merge_edits, money_text, person_fields
from station.services.persons import FIELD_NAMES, EditConflict, PersonDetail, PersonService
from station.store.models import StaffPublic
from station.ui.audit_words import action_label, describe
from station.ui.casework_dialogs import BelongingDialog
from station.ui.casework_tabs import CaseworkServices, CaseworkTabs
from station.ui.errors import show_user_error
from station.ui.field_errors import FieldErrors
from station.ui.modal import run_modal
from station.ui.person_form import PersonForm
from station.ui.photo_strip import IMAGE_FILTER, read_stored
from station.ui.tables import fill_texts, record_table
from station.ui.texts import day, vocab, when

PHOTO = 280


class PersonPage(QWidget):
    changed = Signal(int)
    readmit = Signal(object)  # PersonDetail
    search_photo = Signal(int)  # person id
    print_documents = Signal(int)  # person id
    merge_records = Signal(int)  # person id: merge another record of this person into it

    def __init__(
        self,
        person_id: int,
        persons: PersonService,
        belongings: BelongingService,
        staff: StaffPublic,
        staff_names: dict[int, str],
        parent: QWidget | None = None,
        *,
        casework: CaseworkServices | None = None,
    ) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self._persons = persons
        self._belongings = belongings
        self._staff = staff
        self._staff_names = staff_names
        self.detail: PersonDetail | None = None

        self.title = QLabel()
        self.title.setObjectName("personTitle")
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.subtitle = QLabel()
        self.edit_button = QPushButton(self.tr("编辑资料"))
        self.add_photo_button = QPushButton(self.tr("添加照片…"))
        self.readmit_button = QPushButton(self.tr("再次入站登记…"))
        self.search_button = QPushButton(self.tr("照片比对…"))
        self.depart_button = QPushButton(self.tr("办理离站…"))
        self.name_button = QPushButton(self.tr("添加名字…"))
        self.identify_button = QPushButton(self.tr("身份查明…"))
        self.identify_button.setToolTip(
            self.tr("公安、家属或其他途径查明了此人的身份：登记查明情况，写入真实姓名等信息")
        )
        self.print_button = QPushButton(self.tr("打印文书…"))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("更多"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.merge_action = more.addAction(self.tr("合并重复档案…"))
        self.merge_action.triggered.connect(lambda: self.merge_records.emit(self.person_id))
        self.more_button.setMenu(more)
        self.more_button.setVisible(allowed(staff.role, Action.MERGE))
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.search_button)
        header.addWidget(self.identify_button)
        header.addWidget(self.depart_button)
        header.addWidget(self.name_button)
        header.addWidget(self.print_button)
        header.addWidget(self.readmit_button)
        header.addWidget(self.add_photo_button)
        header.addWidget(self.edit_button)
        header.addWidget(self.more_button)

        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO, PHOTO)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("background: #eceff1; border: 1px solid #cfd8dc;")
        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(64, 64))
        self.photo_list.setFixedWidth(PHOTO)
        self.photo_list.setFixedHeight(96)
        self.photo_list.setFlow(QListWidget.Flow.LeftToRight)
        self.photo_list.setWrapping(False)
        left = QVBoxLayout()
        left.addWidget(self.photo)
        left.addWidget(self.photo_list)
        left.addStretch()

        self.facts = QFormLayout()
        facts_box = QGroupBox(self.tr("基本情况"))
        facts_box.setLayout(self.facts)

        self.stays = record_table(
            [
                self.tr("案件编号"),
                self.tr("入站时间"),
                self.tr("发现时间"),
                self.tr("发现地点"),
                self.tr("送站人"),
                self.tr("状态"),
                self.tr("离站时间"),
            ]
        )
        self.items = record_table(
            [
                self.tr("案件编号"),
                self.tr("物品"),
                self.tr("数量 / 金额"),
                self.tr("状况"),
                self.tr("备注"),
                self.tr("接收"),
                self.tr("归还"),
            ]
        )
        self.return_button = QPushButton(self.tr("归还所选物品…"))
        self.receive_button = QPushButton(self.tr("接收保管物品…"))
        self.receive_button.setToolTip(
            self.tr("入站后才交来或发现的物品、现金，记入本次入站的保管清单")
        )
        items_box = QWidget()
        items_layout = QVBoxLayout(items_box)
        items_layout.addWidget(self.items)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.receive_button)
        item_buttons.addWidget(self.return_button)
        item_buttons.addStretch()
        items_layout.addLayout(item_buttons)
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.stays, self.tr("入站记录"))
        self.casework: CaseworkTabs | None = None
        if casework is not None:
            self.casework = CaseworkTabs(person_id, casework, staff, staff_names, self)
            self.tabs.addTab(self.casework.deadlines_tab, self.tr("期限"))
            self.tabs.addTab(self.casework.placements_tab, self.tr("安置"))
            self.tabs.addTab(self.casework.attempts_tab, self.tr("寻亲"))
            self.casework.changed.connect(self._casework_changed)
        self.tabs.addTab(items_box, self.tr("随身物品"))
        self.tabs.addTab(self.timeline, self.tr("操作记录"))

        right = QVBoxLayout()
        right.addWidget(facts_box)
        right.addWidget(self.tabs, 1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(header)
        content_layout.addLayout(body, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.photo_list.currentRowChanged.connect(self._show_photo)
        self.edit_button.clicked.connect(self.edit)
        self.readmit_button.clicked.connect(lambda: self.readmit.emit(self.detail))
        self.depart_button.clicked.connect(self.depart)
        self.print_button.clicked.connect(lambda: self.print_documents.emit(self.person_id))
        self.name_button.clicked.connect(
            lambda: self.casework.add_name() if self.casework is not None else None
        )
        self.search_button.clicked.connect(lambda: self.search_photo.emit(self.person_id))
        self.identify_button.clicked.connect(lambda: self.identify())
        self.add_photo_button.clicked.connect(self._add_photo)
        self.return_button.clicked.connect(self._return_selected)
        self.receive_button.clicked.connect(lambda: self.receive_belonging())
        self.reload()

    def depart(self) -> bool:
        if self.casework is None or self.detail is None:
            return False
        stay = self.detail.latest_stay
        kept = [
            b.item
            for b in (self.detail.belongings.get(stay.id, []) if stay else [])
            if b.returned_at is None
        ]
        return self.casework.depart(kept)

    def identify(self, candidate_id: int | None = None) -> bool:
        """身份查明 (from a confirmed candidate, if given); the page shows the identity after."""
        if self.casework is None:
            return False
        return self.casework.identify(candidate_id)

    def _casework_changed(self) -> None:
        self.reload()
        self.changed.emit(self.person_id)

    # --- display --------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.casework is not None:
            self.casework.reload()
        detail = self._persons.detail(self.person_id)
        self.detail = detail
        person, stay = detail.person, detail.latest_stay
        case = stay.case_number if stay else ""
        name = person.name or (vocab(person_rules.UNNAMED) + case)
        if person.name and self.casework is not None and self.casework.current_is_placeholder():
            name = self.tr("{name}（代称）").format(name=name)  # a name the staff gave him
        self.title.setText(name)
        status = vocab(StayStatus(stay.status).label) if stay else ""
        in_station = stay is not None and stay.departed_at is None
        self.readmit_button.setEnabled(not in_station)
        self.depart_button.setVisible(self.casework is not None)
        self.name_button.setVisible(self.casework is not None)
        self.identify_button.setVisible(self.casework is not None and person.identified_at is None)
        self.depart_button.setEnabled(in_station)
        self.readmit_button.setToolTip(
            self.tr("此人目前在站，离站后才能再次入站登记")
            if in_station
            else self.tr("此人又来到救助站时，登记一次新的入站，记在同一人名下")
        )
        self.subtitle.setText(
            self.tr("案件编号 {case} · {status} · 共入站 {n} 次").format(
                case=case, status=status, n=len(detail.stays)
            )
        )

        while self.facts.rowCount():
            self.facts.removeRow(0)
        estimate = (
            AgeRange(person.age_low, person.age_high)
            if person.age_low is not None and person.age_high is not None
            else None
        )
        age = age_on(
            local_date(utcnow()),
            birth_date=person.birth_date,
            estimated=estimate,
            estimated_on=person.age_estimated_on,
        )
        rows = [
            (
                self.tr("别名 / 曾用名"),
                self.casework.names_text() if self.casework else "，".join(detail.aliases),
            ),
            (self.tr("性别"), vocab(Sex(person.sex).label)),
            (self.tr("出生日期"), day(person.birth_date)),
            (self.tr("年龄"), (str(age) + self.tr(" 岁")) if age else vocab("不详")),
            (self.tr("身份证号"), self._shown_id(person.id_number)),
            (self.tr("籍贯 / 来源地"), person.origin or ""),
            (self.tr("户籍地"), person.household_place or ""),
            (self.tr("家属联系方式"), person.family_contact or ""),
            (self.tr("方言口音"), person.dialect or ""),
            (
                self.tr("身高"),
                self.tr("{n} 厘米").format(n=person.height_cm) if person.height_cm else "",
            ),
            (self.tr("体型"), vocab(Build(person.build).label) if person.build else ""),
            (self.tr("特征描述"), person.features or ""),
        ]
        if stay is not None:
            rows += [
                (self.tr("衣着"), stay.clothing or ""),
                (self.tr("入站健康状况"), stay.health_on_arrival or ""),
                (
                    self.tr("送站单位 / 姓名"),
                    " ".join(
                        filter(
                            None,
                            [
                                vocab(BroughtBy(stay.brought_by).label),
                                stay.brought_by_name,
                                stay.brought_by_contact,
                            ],
                        )
                    ),
                ),
            ]
        for label, value in rows:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, text)

        fill_texts(
            self.stays,
            [
                [
                    s.case_number,
                    when(s.admitted_at),
                    when(s.found_at),
                    s.found_place or "",
                    vocab(BroughtBy(s.brought_by).label),
                    vocab(StayStatus(s.status).label),
                    when(s.departed_at),
                ]
                for s in detail.stays
            ],
        )
        case_of = {s.id: s.case_number for s in detail.stays}
        self._item_ids: list[int] = []
        item_rows = []
        for stay_id, items in detail.belongings.items():
            for b in items:
                self._item_ids.append(b.id)
                received = f"{when(b.received_at)} {self._staff_names.get(b.received_by, '')}"
                returned = (
                    f"{when(b.returned_at)} → {b.returned_to}"
                    if b.returned_at
                    else self.tr("保管中")
                )
                item_rows.append(
                    [
                        case_of[stay_id],
                        b.item,
                        money_text(b.amount_fen) if b.amount_fen is not None else str(b.quantity),
                        b.condition or "",
                        b.notes or "",
                        received,
                        returned,
                    ]
                )
        fill_texts(self.items, item_rows)

        self.timeline.clear()
        for event in detail.events:
            who = self._staff_names.get(event.staff_id or -1, self.tr("系统"))
            text = f"{when(event.at)}  {who}  {self._action_label(event.action)}"
            summary = describe(event.before_json, event.after_json, self._staff_names)
            if summary:
                text += "\n" + summary
            self.timeline.addItem(text)

        self.photo_list.clear()
        for photo in detail.photos:
            item = QListWidgetItem(QIcon(str(self._persons.thumbnail_path(photo.sha256))), "")
            item.setData(Qt.ItemDataRole.UserRole, str(self._persons.photo_path(photo)))
            item.setToolTip(f"{photo.original_name or ''}\n{when(photo.added_at)}")
            self.photo_list.addItem(item)
        if detail.photos:
            self.photo_list.setCurrentRow(0)
        else:
            self.photo.setText(self.tr("暂无照片"))

    def _action_label(self, action: str) -> str:
        return action_label(action)

    def _show_photo(self, row: int) -> None:
        item = self.photo_list.item(row)
        if item is None:
            return
        image = read_stored(item.data(Qt.ItemDataRole.UserRole), PHOTO)
        if image.isNull():
            self.photo.setText(
                self.tr("照片文件缺失、损坏或与登记时不符；\n请运行 station check 并从备份恢复")
            )
        else:
            self.photo.setPixmap(QPixmap.fromImage(image))

    def _shown_id(self, number: str | None) -> str:
        """The ID number in full only for roles that may see it (not medical staff, read-only)."""
        if not number:
            return ""
        if allowed(self._staff.role, Action.SEE_IDENTIFIERS):
            return number
        return id_number.mask(number)

    # --- actions --------------------------------------------------------------------------------
    def edit(self) -> None:
        assert self.detail is not None
        dialog = EditPersonDialog(self.detail, self)
        version = self.detail.person.version
        base = person_fields(self.detail.person, self.detail.aliases)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            mine = dialog.form.fields()
            try:
                self._persons.update(self.person_id, mine, self._staff, expected_version=version)
            except InvalidInput as exc:
                dialog.errors.show(exc.errors)
                continue
            except EditConflict as exc:
                # Someone else saved first. Nothing was saved; the form now holds their changes
                # and this user's together (this user's where both changed a field), and it
                # comes back to be checked and saved again.
                saved = self._persons.detail(self.person_id)
                theirs = person_fields(saved.person, saved.aliases)
                merged, clashes = merge_edits(base, mine, theirs)
                dialog.form.set_person(merged, merged.aliases)
                base, version = theirs, exc.version
                show_user_error(self, exc)
                if clashes:
                    names = [vocab(FIELD_NAMES[c]) for c in clashes if c in FIELD_NAMES]
                    QMessageBox.information(
                        self,
                        self.tr("请核对"),
                        self.tr("这些内容双方都改了，表单中保留的是您填写的：{fields}").format(
                            fields=self.tr("、").join(names)
                        ),
                    )
                continue
            except UserError as exc:
                show_user_error(self, exc)
            break
        self.reload()
        self.changed.emit(self.person_id)

    def _add_photo(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择照片"), "", self.tr("图片") + f" ({IMAGE_FILTER})"
        )
        for name in files:
            try:
                self._persons.add_photo(self.person_id, Path(name), self._staff)
            except UserError as exc:
                show_user_error(self, exc)
        self.reload()
        self.changed.emit(self.person_id)

    def receive_belonging(self) -> bool:
        """接收保管物品 after intake, into the current stay's custody list."""
        stay = self.detail.latest_stay if self.detail else None
        if stay is None or stay.departed_at is not None:
            QMessageBox.information(
                self, self.tr("接收保管物品"), self.tr("此人目前不在站，无法接收保管物品。")
            )
            return False
        dialog = BelongingDialog(
            lambda data: self._belongings.receive(stay.id, data, self._staff), self
        )
        saved = bool(run_modal(dialog))
        if saved:
            self.reload()
            self.changed.emit(self.person_id)
        return saved

    def _return_selected(self) -> None:
        rows = sorted({i.row() for i in self.items.selectedIndexes()})
        if not rows:
            QMessageBox.information(
                self, self.tr("归还物品"), self.tr("请先在表中选择要归还的物品。")
            )
            return
        to, ok = QInputDialog.getText(
            self, self.tr("归还物品"), self.tr("领回人（本人或亲属姓名）：")
        )
        if not ok:
            return
        for row in rows:
            try:
                self._belongings.give_back(self._item_ids[row], to, self._staff)
            except UserError as exc:
                show_user_error(self, exc)
                break
        self.reload()


class EditPersonDialog(QDialog):
    def __init__(self, detail: PersonDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑资料"))
        self.errors = FieldErrors()
        self.form = PersonForm(self.errors)
        self.form.set_person(detail.person, detail.aliases)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
