# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1200, 760)
        self.outer = QVBoxLayout(DashboardPage)
        self.outer.setObjectName(u"outer")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.title = QLabel(DashboardPage)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.summary = QLabel(DashboardPage)
        self.summary.setObjectName(u"summary")

        self.header.addWidget(self.summary)


        self.outer.addLayout(self.header)

        self.intro = QLabel(DashboardPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.items = QTreeWidget(DashboardPage)
        self.items.setObjectName(u"items")
        self.items.setAlternatingRowColors(True)
        self.items.setUniformRowHeights(True)

        self.outer.addWidget(self.items)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.status = QLabel(DashboardPage)
        self.status.setObjectName(u"status")

        self.buttons.addWidget(self.status)

        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bSpacer)

        self.refreshButton = QPushButton(DashboardPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttons.addWidget(self.refreshButton)

        self.notifyButton = QPushButton(DashboardPage)
        self.notifyButton.setObjectName(u"notifyButton")

        self.buttons.addWidget(self.notifyButton)

        self.openButton = QPushButton(DashboardPage)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)


        self.outer.addLayout(self.buttons)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.title.setText(QCoreApplication.translate("DashboardPage", u"Today", None))
        self.summary.setText("")
        self.intro.setText(QCoreApplication.translate("DashboardPage", u"What needs doing for your caseload: deadlines overdue or due in the next 14 days, arrangements no partner or no health partner has been told of, children below full time, and children with no lead professional. Enter or double-click opens the child at the right place.", None))
#if QT_CONFIG(accessibility)
        self.items.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Things that need doing", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        self.refreshButton.setText(QCoreApplication.translate("DashboardPage", u"&Refresh", None))
        self.notifyButton.setText(QCoreApplication.translate("DashboardPage", u"Record that the partner was &told\u2026", None))
        self.openButton.setText(QCoreApplication.translate("DashboardPage", u"&Open", None))
        pass
    # retranslateUi

