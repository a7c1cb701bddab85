# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeView, QVBoxLayout, QWidget

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1200, 760)
        self.outer = QVBoxLayout(DashboardPage)
        self.outer.setObjectName(u"outer")
        self.title = QLabel(DashboardPage)
        self.title.setObjectName(u"title")

        self.outer.addWidget(self.title)

        self.summary = QLabel(DashboardPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outer.addWidget(self.summary)

        self.intro = QLabel(DashboardPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.whenLabel = QLabel(DashboardPage)
        self.whenLabel.setObjectName(u"whenLabel")

        self.filters.addWidget(self.whenLabel)

        self.whenFilter = QComboBox(DashboardPage)
        self.whenFilter.setObjectName(u"whenFilter")

        self.filters.addWidget(self.whenFilter)

        self.kindLabel = QLabel(DashboardPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filters.addWidget(self.kindLabel)

        self.kindFilter = QComboBox(DashboardPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.filters.addWidget(self.kindFilter)

        self.workerLabel = QLabel(DashboardPage)
        self.workerLabel.setObjectName(u"workerLabel")

        self.filters.addWidget(self.workerLabel)

        self.workerFilter = QComboBox(DashboardPage)
        self.workerFilter.setObjectName(u"workerFilter")

        self.filters.addWidget(self.workerFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)

        self.shown = QLabel(DashboardPage)
        self.shown.setObjectName(u"shown")

        self.filters.addWidget(self.shown)


        self.outer.addLayout(self.filters)

        self.items = QTreeView(DashboardPage)
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

#if QT_CONFIG(shortcut)
        self.whenLabel.setBuddy(self.whenFilter)
        self.kindLabel.setBuddy(self.kindFilter)
        self.workerLabel.setBuddy(self.workerFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whenFilter, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.workerFilter)
        QWidget.setTabOrder(self.workerFilter, self.items)
        QWidget.setTabOrder(self.items, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.notifyButton)
        QWidget.setTabOrder(self.notifyButton, self.openButton)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.title.setText(QCoreApplication.translate("DashboardPage", u"Today", None))
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("DashboardPage", u"One line per child, the most urgent thing first: safeguarding, then statutory deadlines, then practice, each by how late it is. Enter opens the child at the right place; Right shows every item for the child.", None))
        self.whenLabel.setText(QCoreApplication.translate("DashboardPage", u"S&how:", None))
#if QT_CONFIG(accessibility)
        self.whenFilter.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Show", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("DashboardPage", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Kind of item", None))
#endif // QT_CONFIG(accessibility)
        self.workerLabel.setText(QCoreApplication.translate("DashboardPage", u"&Worker:", None))
#if QT_CONFIG(accessibility)
        self.workerFilter.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Worker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workerFilter.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Show one worker's list: the children whose lead professional they are", None))
#endif // QT_CONFIG(accessibility)
        self.shown.setText("")
#if QT_CONFIG(accessibility)
        self.items.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Things that need doing, one line per child", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.items.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Enter opens the most urgent item; Right shows all the child's items and Left hides them; Tab leaves the list.", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        self.refreshButton.setText(QCoreApplication.translate("DashboardPage", u"&Refresh", None))
        self.notifyButton.setText(QCoreApplication.translate("DashboardPage", u"Record that the &partner was told\u2026", None))
        self.openButton.setText(QCoreApplication.translate("DashboardPage", u"&Open", None))
        pass
    # retranslateUi

