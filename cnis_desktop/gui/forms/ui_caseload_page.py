# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'caseload_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_CaseloadPage(object):
    def setupUi(self, CaseloadPage):
        if not CaseloadPage.objectName():
            CaseloadPage.setObjectName(u"CaseloadPage")
        CaseloadPage.resize(1000, 640)
        self.outer = QVBoxLayout(CaseloadPage)
        self.outer.setObjectName(u"outer")
        self.title = QLabel(CaseloadPage)
        self.title.setObjectName(u"title")

        self.outer.addWidget(self.title)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.searchLabel = QLabel(CaseloadPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filters.addWidget(self.searchLabel)

        self.search = QLineEdit(CaseloadPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filters.addWidget(self.search)

        self.arrangementLabel = QLabel(CaseloadPage)
        self.arrangementLabel.setObjectName(u"arrangementLabel")

        self.filters.addWidget(self.arrangementLabel)

        self.arrangementFilter = QComboBox(CaseloadPage)
        self.arrangementFilter.setObjectName(u"arrangementFilter")

        self.filters.addWidget(self.arrangementFilter)

        self.sendLabel = QLabel(CaseloadPage)
        self.sendLabel.setObjectName(u"sendLabel")

        self.filters.addWidget(self.sendLabel)

        self.sendFilter = QComboBox(CaseloadPage)
        self.sendFilter.setObjectName(u"sendFilter")

        self.filters.addWidget(self.sendFilter)


        self.outer.addLayout(self.filters)

        self.table = QTableView(CaseloadPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.outer.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.count = QLabel(CaseloadPage)
        self.count.setObjectName(u"count")

        self.buttons.addWidget(self.count)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.addButton = QPushButton(CaseloadPage)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.openButton = QPushButton(CaseloadPage)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)


        self.outer.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
        self.arrangementLabel.setBuddy(self.arrangementFilter)
        self.sendLabel.setBuddy(self.sendFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseloadPage)

        QMetaObject.connectSlotsByName(CaseloadPage)
    # setupUi

    def retranslateUi(self, CaseloadPage):
        self.title.setText(QCoreApplication.translate("CaseloadPage", u"My caseload", None))
        self.searchLabel.setText(QCoreApplication.translate("CaseloadPage", u"&Search", None))
        self.search.setPlaceholderText(QCoreApplication.translate("CaseloadPage", u"Name, date of birth or UPN", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Search the caseload", None))
#endif // QT_CONFIG(accessibility)
        self.arrangementLabel.setText(QCoreApplication.translate("CaseloadPage", u"&Arrangement", None))
#if QT_CONFIG(accessibility)
        self.arrangementFilter.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Filter by arrangement", None))
#endif // QT_CONFIG(accessibility)
        self.sendLabel.setText(QCoreApplication.translate("CaseloadPage", u"S&END", None))
#if QT_CONFIG(accessibility)
        self.sendFilter.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Filter by SEND status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Children on the caseload", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
        self.addButton.setText(QCoreApplication.translate("CaseloadPage", u"Add &child", None))
        self.openButton.setText(QCoreApplication.translate("CaseloadPage", u"&Open", None))
        pass
    # retranslateUi

