"""The main window: the resident list as the home tab; intake forms and case files open as tabs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from station.config import Config
from station.domain.clock import local_date
from station.domain.enums import Role
from station.domain.errors import UserError
from station.domain.permissions import Action, allowed
from station.services.changes import ChangeWatch
from station.services.container import Services
from station.services.cross_match import CrossMatchReport
from station.services.intake import IntakeResult
from station.services.persons import PersonDetail
from station.store.models import StaffPublic
from station.ui.about_dialog import AboutDialog
from station.ui.accounts import IDLE_MINUTES, AccountsDialog, ChangePasswordDialog, IdleLock
from station.ui.audit_dialog import AuditDialog
from station.ui.background import (
    BackgroundCrossMatch,
    BackgroundEncode,
    CrossMatchStatus,
    EncodeStatus,
)
from station.ui.backup_dialog import AutoBackup, BackupDialog
from station.ui.bands_dialog import BandsDialog
from station.ui.board_page import BoardPage
from station.ui.casework_dialogs import StationInfoDialog
from station.ui.casework_tabs import CaseworkServices
from station.ui.database_dialog import DatabaseDialog
from station.ui.inbox_page import InboxPage
from station.ui.intake_page import IntakePage
from station.ui.lists_page import ListsPage
from station.ui.merge_dialog import MergeDialog
from station.ui.modal import run_modal
from station.ui.person_page import PersonPage
from station.ui.print_dialog import PrintDialog, forget_viewer_copies, open_in_viewer
from station.ui.refresher import Refresher
from station.ui.resident_page import ResidentPage
from station.ui.rules_dialog import RulesDialog
from station.ui.search_page import SearchPage
from station.ui.stats_page import StatsPage
from station.ui.texts import error_text, vocab
from station.ui.todo_page import TodoPage


class MainWindow(QMainWindow):
    language_chosen = Signal(str)
    AUTO_MATCH = True  # compare residents with the lists by themselves (tests switch it off)
    AUTO_MATCH_MINUTES = 10

    def __init__(
        self, services: Services, staff: StaffPublic, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.staff = staff
        self._data_dir = data_dir
        self._exports = data_dir / "exports"  # copies handed to the system's PDF viewer
        self.setWindowTitle(self.tr("救助寻亲工作站"))
        self._fit_screen()

        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)

        self.residents = ResidentPage(services.residents, services.photos.thumbnail_path)
        self.tabs.addTab(self.residents, self.tr("在站人员"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.residents.open_person.connect(self.open_person)
        self.residents.new_intake.connect(lambda: self.open_intake())
        self.casework = CaseworkServices(
            services.placements,
            services.family_search,
            services.deadlines,
            services.departures,
            services.identities,
            services.identification,
        )
        self.todo = TodoPage(self.casework, staff)
        self.tabs.addTab(self.todo, self.tr("待办事项"))
        self.tabs.tabBar().setTabButton(1, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.todo.open_person.connect(self.open_person)
        self.todo.changed.connect(self.residents.refresh)  # the to-do list refreshed itself
        self.inbox = InboxPage(
            services.cross_match, services.matching, staff, services.auth.staff_names()
        )
        self.tabs.addTab(self.inbox, self.tr("比对待审"))
        self.tabs.tabBar().setTabButton(2, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.inbox.identify.connect(self.identify)
        self.inbox.open_person.connect(self.open_person)
        self.inbox.counted.connect(self._inbox_counted)
        self.tabs.currentChanged.connect(self._tab_shown)

        self._closing = False  # the station is closed (restored): no more questions
        self.idle_lock = IdleLock(self, services.auth, staff, IDLE_MINUTES)
        # Other workstations' changes appear without a click (and a lost server is said so).
        self.refresher = Refresher(ChangeWatch(services.db), self)
        self.refresher.changed.connect(self._records_changed)
        self.refresher.unreachable.connect(self._database_lost)
        self.refresher.reachable.connect(self._database_back)
        self.refresher.start()
        self.auto_backup = AutoBackup(services.backup)
        self.auto_backup.done.connect(self._backed_up)
        self.auto_backup.failed.connect(self._backup_failed)
        self.auto_backup.start()
        forget_viewer_copies(self._exports)  # documents handed to a PDF viewer on earlier days
        self.background_encode: BackgroundEncode | None = None
        if allowed(staff.role, Action.LISTS) and services.lists.pending_photos():
            self.start_background_encode()
        # Residents are compared with every list by themselves: soon after start, after an intake,
        # a new photo or list, and every few minutes (nothing is done when nothing changed).
        self.cross_match_job: BackgroundCrossMatch | None = None
        self.auto_match = QTimer(self)
        self.auto_match.setInterval(self.AUTO_MATCH_MINUTES * 60_000)
        self.auto_match.timeout.connect(self._auto_cross_match)
        if self.AUTO_MATCH and allowed(staff.role, Action.MATCH):
            self.auto_match.start()
            QTimer.singleShot(3000, self._auto_cross_match)
        self._build_menus()
        role = vocab(Role(staff.role).label)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("当前用户：{name}（{role}）").format(name=staff.display_name, role=role))
        )
        self.residents.refresh()
        self.inbox.refresh()

    def _fit_screen(self) -> None:
        """1280×800, or the whole screen where it is smaller (station PCs often have 1366×768:
        a taller window would hide its status bar below the screen's edge)."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        room = screen.availableGeometry()
        if room.width() < 1280 or room.height() < 800:
            self.setGeometry(room)
            self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self.resize(1280, 800)

    def _build_menus(self) -> None:
        case_menu = self.menuBar().addMenu(self.tr("案件(&C)"))
        intake = QAction(self.tr("入站登记(&N)"), self)
        intake.setShortcut(QKeySequence.StandardKey.New)
        intake.triggered.connect(lambda: self.open_intake())
        case_menu.addAction(intake)
        find = QAction(self.tr("查找人员(&F)"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        case_menu.addAction(find)
        close_tab = QAction(self.tr("关闭当前页(&W)"), self)
        close_tab.setShortcut(QKeySequence.StandardKey.Close)
        close_tab.triggered.connect(lambda: self.close_tab(self.tabs.currentIndex()))
        case_menu.addAction(close_tab)
        case_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        case_menu.addAction(quit_action)

        settings = self.menuBar().addMenu(self.tr("设置(&S)"))
        station = QAction(self.tr("本站信息…"), self)
        station.triggered.connect(self.edit_station)
        settings.addAction(station)
        rules = QAction(self.tr("期限规则与工作日历…"), self)
        rules.triggered.connect(self.edit_rules)
        settings.addAction(rules)
        bands = QAction(self.tr("比对阈值…"), self)
        bands.triggered.connect(self.edit_bands)
        settings.addAction(bands)
        self.backup_action = QAction(self.tr("备份与恢复…"), self)
        self.backup_action.triggered.connect(self.open_backups)
        self.backup_action.setEnabled(allowed(self.staff.role, Action.CONFIGURE))
        settings.addAction(self.backup_action)
        self.database_action = QAction(self.tr("数据库连接…"), self)
        self.database_action.triggered.connect(self.edit_database)
        self.database_action.setEnabled(allowed(self.staff.role, Action.CONFIGURE))
        settings.addAction(self.database_action)
        language = settings.addMenu(self.tr("界面语言"))
        for code, label in (("zh_CN", "简体中文"), ("en", "English")):
            action = QAction(label, self)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            language.addAction(action)

        work_menu = self.menuBar().addMenu(self.tr("工作(&W)"))
        todo = QAction(self.tr("待办事项(&T)"), self)
        todo.setShortcut(QKeySequence("Ctrl+T"))
        todo.triggered.connect(self.open_todo)
        work_menu.addAction(todo)
        board = QAction(self.tr("在站情况(&B)"), self)
        board.setShortcut(QKeySequence("Ctrl+B"))
        board.triggered.connect(self.open_board)
        work_menu.addAction(board)
        stats = QAction(self.tr("统计报表(&R)"), self)
        stats.setShortcut(QKeySequence("Ctrl+R"))
        stats.triggered.connect(self.open_stats)
        work_menu.addAction(stats)
        self.audit_action = QAction(self.tr("审计记录…"), self)
        self.audit_action.triggered.connect(self.open_audit)
        self.audit_action.setEnabled(allowed(self.staff.role, Action.AUDIT))
        work_menu.addAction(self.audit_action)

        match_menu = self.menuBar().addMenu(self.tr("比对(&M)"))
        search = QAction(self.tr("照片比对(&P)"), self)
        search.setShortcut(QKeySequence("Ctrl+M"))
        search.triggered.connect(lambda: self.open_search())
        match_menu.addAction(search)
        lists = QAction(self.tr("走失人员名单(&L)"), self)
        lists.setShortcut(QKeySequence("Ctrl+L"))
        lists.triggered.connect(self.open_lists)
        match_menu.addAction(lists)

        account_menu = self.menuBar().addMenu(self.tr("账号(&A)"))
        password = QAction(self.tr("修改密码…"), self)
        password.triggered.connect(self.change_password)
        account_menu.addAction(password)
        lock = QAction(self.tr("锁定屏幕"), self)
        lock.setShortcut(QKeySequence("Ctrl+Shift+L"))
        lock.triggered.connect(self.idle_lock.lock)
        account_menu.addAction(lock)
        self.accounts_action = QAction(self.tr("账号管理…"), self)
        self.accounts_action.triggered.connect(self.manage_accounts)
        self.accounts_action.setEnabled(allowed(self.staff.role, Action.ACCOUNTS))
        account_menu.addAction(self.accounts_action)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于 Station"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- other workstations -----------------------------------------------------------------
    def _records_changed(self) -> None:
        self.residents.refresh()
        if self.tabs.currentWidget() is self.todo:
            self.todo.refresh()

    def _database_lost(self, reason: str) -> None:
        self.statusBar().showMessage(
            self.tr(
                "数据库暂时无法连接（{reason}）。恢复后会自动继续；这期间的保存不会成功。"
            ).format(reason=reason)
        )

    def _database_back(self) -> None:
        self.statusBar().showMessage(self.tr("数据库已恢复连接。"), 10_000)
        self._records_changed()

    # --- background work ------------------------------------------------------------------------
    def start_background_encode(self) -> BackgroundEncode:
        """Encode the lists' pending photos (e.g. after an encoder change) while work goes on."""
        job = BackgroundEncode(self.services.lists)
        status = EncodeStatus(job, self)
        self.statusBar().addPermanentWidget(status)
        job.finished_with.connect(lambda _result: self._background_done(status))
        self.background_encode = job
        job.start()
        return job

    def _background_done(self, status: EncodeStatus) -> None:
        QTimer.singleShot(30_000, status.deleteLater)  # the result stays readable for a while
        self.background_encode = None
        self._auto_cross_match()  # the photos just encoded are worth comparing

    def _auto_cross_match(self) -> None:
        if self.AUTO_MATCH:
            self.start_cross_match()

    def start_cross_match(self) -> BackgroundCrossMatch | None:
        """Compare what is pending in the background (one run at a time; the lists' photos first)."""
        if self._closing or not allowed(self.staff.role, Action.MATCH):
            return None
        if self.cross_match_job is not None or self.background_encode is not None:
            return None
        job = BackgroundCrossMatch(self.services.cross_match, self.staff)
        status = CrossMatchStatus(job, self)
        self.statusBar().addPermanentWidget(status)
        job.finished_with.connect(lambda result: self._cross_match_done(status, result))
        self.cross_match_job = job
        job.start()
        return job

    def _cross_match_done(self, status: CrossMatchStatus, result: object) -> None:
        status.deleteLater()
        job, self.cross_match_job = self.cross_match_job, None
        if job is not None:
            job.wait()
        if isinstance(result, CrossMatchReport) and result.new:
            self.statusBar().showMessage(
                self.tr("自动比对发现 {n} 名新的候选人，请在“比对待审”中核对。").format(
                    n=result.new
                ),
                15_000,
            )
        if isinstance(result, CrossMatchReport) and (result.candidates or result.new):
            self.inbox.refresh()

    def _inbox_counted(self, waiting: int) -> None:
        index = self.tabs.indexOf(self.inbox)
        self.tabs.setTabText(
            index, self.tr("比对待审（{n}）").format(n=waiting) if waiting else self.tr("比对待审")
        )
        self.todo.set_waiting_candidates(waiting)

    def edit_database(self) -> None:
        if (
            run_modal(DatabaseDialog(Config.load(self._data_dir), self))
            == QDialog.DialogCode.Accepted
        ):
            QMessageBox.information(
                self, self.tr("数据库连接"), self.tr("已保存。重新打开 Station 后使用新的数据库。")
            )

    # --- backups --------------------------------------------------------------------------------
    def _backed_up(self, path: str) -> None:
        if path:
            self.statusBar().showMessage(self.tr("已自动备份到 {path}").format(path=path), 15_000)

    def _backup_failed(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("自动备份未完成：{reason}").format(reason=reason))

    def open_backups(self) -> BackupDialog:
        dialog = BackupDialog(self.services.backup, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.open()
        return dialog

    def restore_backup(self, path: Path) -> None:
        """Close the station, replace its data by the backup, and end the program."""
        if not self._unsaved_settled():
            return
        self._closing = True
        self._end_background_work()
        backup = self.services.backup
        self.services.close()
        try:
            aside = backup.restore(path)
        except UserError as exc:
            QMessageBox.critical(self, self.tr("恢复未完成"), error_text(exc))
        else:
            QMessageBox.information(
                self, self.tr("已恢复"),
                self.tr("已用备份恢复。恢复前的数据保存在 {path}。请重新打开 Station。").format(
                    path=str(aside)
                ),
            )  # fmt: skip
        self.close()

    # --- account --------------------------------------------------------------------------------
    def change_password(self) -> None:
        run_modal(ChangePasswordDialog(self.services.auth, self.staff, forced=False, parent=self))

    def open_audit(self) -> AuditDialog | None:
        try:
            dialog = AuditDialog(
                self.services.audit_trail, self.services.auth.staff_names(), self.staff, self
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法完成操作"), error_text(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def manage_accounts(self) -> None:
        try:
            run_modal(AccountsDialog(self.services.auth, self.staff, self))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法完成操作"), error_text(exc))

    # --- tabs -----------------------------------------------------------------------------------
    def open_intake(self, returning: PersonDetail | None = None) -> IntakePage:
        page = IntakePage(
            self.services.intake,
            self.staff,
            self._data_dir / "captures",
            returning=returning,
            matching=self.services.matching,
        )
        page.saved.connect(lambda result, p=page: self._intake_saved(p, result))
        self.tabs.setCurrentIndex(self.tabs.addTab(page, self.tr("入站登记")))
        (page.found_place if returning else page.person.name).setFocus()
        return page

    def open_person(self, person_id: int) -> PersonPage:
        person_id = self.services.merge.current_id(person_id)  # a merged record: the one kept
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, PersonPage) and widget.person_id == person_id:
                self.tabs.setCurrentIndex(index)
                widget.reload()
                self.tabs.setTabText(index, widget.title.text())
                return widget
        page = PersonPage(
            person_id,
            self.services.persons,
            self.services.belongings,
            self.staff,
            self.services.auth.staff_names(),
            casework=self.casework,
        )
        page.changed.connect(lambda _pid, p=page: self._person_changed(p))
        page.readmit.connect(self.open_intake)
        page.search_photo.connect(self.open_search)
        page.print_documents.connect(self.print_documents)
        page.merge_records.connect(self.merge_records)
        self.tabs.setCurrentIndex(self.tabs.addTab(page, page.title.text()))
        return page

    def identify(self, person_id: int, candidate_id: int) -> bool:
        """确认 led here: 身份查明 from the confirmed record, then the case file shows it."""
        back = self.tabs.currentWidget()
        page = self.open_person(person_id)
        saved = page.identify(candidate_id)
        if back is not None and not saved:
            self.tabs.setCurrentWidget(back)  # nothing changed: back to the candidates
        return saved

    def _reuse(self, kind: type) -> QWidget | None:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, kind):
                self.tabs.setCurrentIndex(index)
                return widget
        return None

    def open_search(self, person_id: int | None = None) -> SearchPage:
        page = self._reuse(SearchPage)
        if not isinstance(page, SearchPage):
            page = SearchPage(
                self.services.matching,
                self.services.lists,
                self.staff,
                self.services.auth.staff_names(),
            )
            page.identify.connect(self.identify)
            self.tabs.setCurrentIndex(self.tabs.addTab(page, self.tr("照片比对")))
        page.refresh_scope()
        if person_id is not None and page.set_person(person_id):
            page.search()
        return page

    def open_lists(self) -> ListsPage:
        page = self._reuse(ListsPage)
        if not isinstance(page, ListsPage):
            page = ListsPage(self.services.lists, self.staff)
            page.changed.connect(self._auto_cross_match)  # a list imported, updated or deleted
            self.tabs.setCurrentIndex(self.tabs.addTab(page, self.tr("走失人员名单")))
        page.follow(self.background_encode)
        page.refresh()
        return page

    def open_todo(self) -> TodoPage:
        self.tabs.setCurrentWidget(self.todo)
        return self.todo

    def open_board(self) -> BoardPage:
        page = self._reuse(BoardPage)
        if not isinstance(page, BoardPage):
            page = BoardPage(self.services.placements)
            page.open_person.connect(self.open_person)
            page.print_sheet.connect(self.print_announcement_sheet)
            self.tabs.setCurrentIndex(self.tabs.addTab(page, self.tr("在站情况")))
        page.refresh()
        return page

    def open_stats(self) -> StatsPage:
        page = self._reuse(StatsPage)
        if not isinstance(page, StatsPage):
            page = StatsPage(self.services.statistics)
            self.tabs.setCurrentIndex(self.tabs.addTab(page, self.tr("统计")))
        else:
            page.run()
        return page

    def print_documents(self, person_id: int) -> PrintDialog:
        dialog = PrintDialog(self.services.documents, person_id, self.staff, self._exports, self)
        run_modal(dialog)
        self.open_person(person_id)  # its timeline shows what was printed
        return dialog

    def merge_records(self, person_id: int) -> MergeDialog:
        """合并重复档案 into this person's record; the merged record's case file tab closes."""
        dialog = MergeDialog(
            person_id, self.services.persons, self.services.merge, self.staff, self
        )
        run_modal(dialog)
        if dialog.merged:
            for index in reversed(range(self.tabs.count())):
                widget = self.tabs.widget(index)
                if isinstance(widget, PersonPage) and widget.person_id == dialog.other_id:
                    self.tabs.removeTab(index)
                    widget.deleteLater()
            self.open_person(person_id)
            self._casework_changed()
            self.statusBar().showMessage(self.tr("已合并两份档案"), 5000)
        return dialog

    def print_announcement_sheet(self) -> Path | None:
        """寻亲公告（汇总）of everyone unidentified in care, opened in the PDF viewer."""
        today = local_date(self.services.now())
        try:
            printed = self.services.documents.announcement_sheet(
                dt.date(2000, 1, 1), today, self.staff
            )
        except UserError as exc:
            QMessageBox.information(self, self.tr("寻亲公告"), error_text(exc))
            return None
        return open_in_viewer(self._exports, printed)

    def edit_station(self) -> bool:
        dialog = StationInfoDialog(
            self.services.station.get(),
            lambda info: self.services.station.save(info, self.staff),
            self,
        )
        return bool(run_modal(dialog))

    def edit_bands(self) -> None:
        run_modal(BandsDialog(self.services.bands, self.staff, self))

    def edit_rules(self) -> None:
        run_modal(RulesDialog(self.services.deadlines, self.staff, self))
        self._casework_changed()

    def _person_changed(self, page: PersonPage) -> None:
        """A case file saved a change: its tab shows the name it has now."""
        index = self.tabs.indexOf(page)
        if index >= 0:
            self.tabs.setTabText(index, page.title.text())
        self._casework_changed()
        self._auto_cross_match()  # a new photo, or an identity found: the inbox follows

    def _casework_changed(self) -> None:
        """Something about a case changed: the resident list shows it now; the to-do list and the
        status board, costly on a big station, when they are next shown (or now, if in front)."""
        self.residents.refresh()
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, TodoPage | BoardPage):
            widget.refresh()  # deadlines move with the clock; cases move with other tabs

    def close_tab(self, index: int) -> bool:
        widget = self.tabs.widget(index)
        if widget is None or widget in (self.residents, self.todo, self.inbox):
            return False
        if isinstance(widget, IntakePage) and not widget.confirm_close():
            return False
        self.tabs.removeTab(index)
        widget.deleteLater()
        return True

    def _intake_saved(self, page: IntakePage, result: IntakeResult) -> None:
        self._casework_changed()
        self._auto_cross_match()  # the new resident against every list
        index = self.tabs.indexOf(page)
        person_page = self.open_person(result.person_id)
        if index >= 0:
            self.tabs.removeTab(index)
            page.deleteLater()
        self.tabs.setCurrentWidget(person_page)
        if result.repeat:
            text = self.tr("此人此前已有登记记录，已作为再次入站登记到同一人。案件编号：{case}")
        else:
            text = self.tr("已登记，案件编号：{case}")
        self.statusBar().showMessage(text.format(case=result.case_number), 15000)

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.residents)
        self.residents.search.setFocus()
        self.residents.search.selectAll()

    def _choose_language(self, code: str) -> None:
        self.language_chosen.emit(code)
        QMessageBox.information(
            self, self.tr("界面语言"), self.tr("界面语言将在下次启动 Station 时生效。")
        )

    def _about(self) -> None:
        run_modal(AboutDialog(self))

    def _unsaved_settled(self) -> bool:
        """Each intake form with unsaved input saved or given up by the user (False: kept open)."""
        for index in range(self.tabs.count() - 1, 0, -1):
            widget = self.tabs.widget(index)
            if isinstance(widget, IntakePage) and widget.is_dirty():
                self.tabs.setCurrentIndex(index)
                if not widget.confirm_close():
                    return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and not self._unsaved_settled():
            event.ignore()
            return
        self._end_background_work()
        event.accept()

    def _end_background_work(self) -> None:
        """Stop what runs beside the window before the station closes (what was encoded is
        kept; the rest waits for the next start)."""
        self.idle_lock.stop()
        self.refresher.stop()
        self.auto_backup.wait()
        self.auto_match.stop()
        if self.background_encode is not None:
            self.background_encode.stop_flag.set()
            self.background_encode.wait()
        if self.cross_match_job is not None:
            self.cross_match_job.stop_flag.set()
            self.cross_match_job.wait()
