# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(760, 420)
        self.outer = QVBoxLayout(ConflictsDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(ConflictsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.conflicts = QTableWidget(ConflictsDialog)
        self.conflicts.setObjectName(u"conflicts")
        self.conflicts.setTabKeyNavigation(False)
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.conflicts.setSelectionMode(QAbstractItemView.SingleSelection)
        self.conflicts.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.outer.addWidget(self.conflicts)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.message = QLabel(ConflictsDialog)
        self.message.setObjectName(u"message")

        self.buttons.addWidget(self.message)

        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bSpacer)

        self.keepMineButton = QPushButton(ConflictsDialog)
        self.keepMineButton.setObjectName(u"keepMineButton")

        self.buttons.addWidget(self.keepMineButton)

        self.useTheirsButton = QPushButton(ConflictsDialog)
        self.useTheirsButton.setObjectName(u"useTheirsButton")

        self.buttons.addWidget(self.useTheirsButton)

        self.closeButton = QPushButton(ConflictsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.outer.addLayout(self.buttons)


        self.retranslateUi(ConflictsDialog)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        self.intro.setText(QCoreApplication.translate("ConflictsDialog", u"The same field was changed here and on another device before they synced. Choose which value to keep; your choice is sent to the hub.", None))
#if QT_CONFIG(accessibility)
        self.conflicts.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Conflicts to resolve", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.keepMineButton.setText(QCoreApplication.translate("ConflictsDialog", u"Keep &mine", None))
        self.useTheirsButton.setText(QCoreApplication.translate("ConflictsDialog", u"Use &theirs", None))
        self.closeButton.setText(QCoreApplication.translate("ConflictsDialog", u"&Close", None))
        pass
    # retranslateUi

