"""关于 Station: version, licence, and the libraries this copy ships with and their licences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import about
from station.config import resources_dir


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "station.png"))


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于 Station"))
        self.resize(640, 560)

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        kind = QCoreApplication.translate("About", about.kind())
        title = QLabel(
            "<h2>{}</h2><p>{}</p><p>{}</p><p>{}</p>".format(
                self.tr("救助寻亲工作站 Station {version}").format(version=about.version()),
                self.tr("为救助管理站的入站登记、安置、寻亲与照片比对而作。"),
                self.tr("数据只保存在本机或本站配置的数据库中，不会发送到别处。"),
                self.tr("许可证：{licence}（自由软件）。运行环境：{runtime}，{kind}。").format(
                    licence=about.LICENCE, runtime=about.runtime(), kind=kind
                ),
            )
        )
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addWidget(title, 1)

        libraries = about.libraries()
        self.table = QTableWidget(len(libraries), 3)
        self.table.setHorizontalHeaderLabels([self.tr("组件"), self.tr("版本"), self.tr("许可证")])
        for row, library in enumerate(libraries):
            for column, value in enumerate((library.name, library.version, library.licence)):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)

        note = QLabel(QCoreApplication.translate("About", about.MODEL_NOTE))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("本程序包含的组件：")))
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
