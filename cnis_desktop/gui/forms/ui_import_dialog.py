# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 560)
        self.outer = QVBoxLayout(ImportDialog)
        self.outer.setObjectName(u"outer")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.filePath = QLineEdit(ImportDialog)
        self.filePath.setObjectName(u"filePath")
        self.filePath.setReadOnly(True)

        self.fileRow.addWidget(self.filePath)

        self.chooseButton = QPushButton(ImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)

        self.formatLabel = QLabel(ImportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.fileRow.addWidget(self.formatLabel)

        self.format = QComboBox(ImportDialog)
        self.format.setObjectName(u"format")

        self.fileRow.addWidget(self.format)


        self.outer.addLayout(self.fileRow)

        self.summary = QLabel(ImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outer.addWidget(self.summary)

        self.steps = QTabWidget(ImportDialog)
        self.steps.setObjectName(u"steps")
        self.rowsTab = QWidget()
        self.rowsTab.setObjectName(u"rowsTab")
        self.rowsLayout = QVBoxLayout(self.rowsTab)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.preview = QTableWidget(self.rowsTab)
        self.preview.setObjectName(u"preview")
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.preview.setMinimumSize(QSize(0, 200))

        self.rowsLayout.addWidget(self.preview)

        self.doubtfulHint = QLabel(self.rowsTab)
        self.doubtfulHint.setObjectName(u"doubtfulHint")
        self.doubtfulHint.setWordWrap(True)

        self.rowsLayout.addWidget(self.doubtfulHint)

        self.steps.addTab(self.rowsTab, "")
        self.mappingTab = QWidget()
        self.mappingTab.setObjectName(u"mappingTab")
        self.mappingLayout = QVBoxLayout(self.mappingTab)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingIntro = QLabel(self.mappingTab)
        self.mappingIntro.setObjectName(u"mappingIntro")
        self.mappingIntro.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingIntro)

        self.mappingTable = QTableWidget(self.mappingTab)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.mappingTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.mappingTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mappingTable.setTabKeyNavigation(False)

        self.mappingLayout.addWidget(self.mappingTable)

        self.mapToRow = QHBoxLayout()
        self.mapToRow.setObjectName(u"mapToRow")
        self.mapToLabel = QLabel(self.mappingTab)
        self.mapToLabel.setObjectName(u"mapToLabel")

        self.mapToRow.addWidget(self.mapToLabel)

        self.mapTo = QComboBox(self.mappingTab)
        self.mapTo.setObjectName(u"mapTo")

        self.mapToRow.addWidget(self.mapTo)


        self.mappingLayout.addLayout(self.mapToRow)

        self.steps.addTab(self.mappingTab, "")
        self.differencesTab = QWidget()
        self.differencesTab.setObjectName(u"differencesTab")
        self.differencesLayout = QVBoxLayout(self.differencesTab)
        self.differencesLayout.setObjectName(u"differencesLayout")
        self.differencesIntro = QLabel(self.differencesTab)
        self.differencesIntro.setObjectName(u"differencesIntro")
        self.differencesIntro.setWordWrap(True)

        self.differencesLayout.addWidget(self.differencesIntro)

        self.differencesTable = QTableWidget(self.differencesTab)
        self.differencesTable.setObjectName(u"differencesTable")
        self.differencesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.differencesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.differencesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.differencesTable.setTabKeyNavigation(False)

        self.differencesLayout.addWidget(self.differencesTable)

        self.keepRow = QHBoxLayout()
        self.keepRow.setObjectName(u"keepRow")
        self.keepLabel = QLabel(self.differencesTab)
        self.keepLabel.setObjectName(u"keepLabel")

        self.keepRow.addWidget(self.keepLabel)

        self.keepFrom = QComboBox(self.differencesTab)
        self.keepFrom.setObjectName(u"keepFrom")

        self.keepRow.addWidget(self.keepFrom)


        self.differencesLayout.addLayout(self.keepRow)

        self.steps.addTab(self.differencesTab, "")

        self.outer.addWidget(self.steps)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bSpacer)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttons.addWidget(self.importButton)


        self.outer.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.mapToLabel.setBuddy(self.mapTo)
        self.keepLabel.setBuddy(self.keepFrom)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        self.steps.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"File", None))
#if QT_CONFIG(accessibility)
        self.filePath.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Spreadsheet file", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("ImportDialog", u"&Choose\u2026", None))
        self.formatLabel.setText(QCoreApplication.translate("ImportDialog", u"&Format", None))
#if QT_CONFIG(accessibility)
        self.format.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Spreadsheet format", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText(QCoreApplication.translate("ImportDialog", u"Choose a CSV file exported from the spreadsheet.", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What the import will do, row by row", None))
#endif // QT_CONFIG(accessibility)
        self.doubtfulHint.setText(QCoreApplication.translate("ImportDialog", u"Tick a doubtful row only if it is the same child as the one named; unticked doubtful rows are left out.", None))
        self.steps.setTabText(self.steps.indexOf(self.rowsTab), QCoreApplication.translate("ImportDialog", u"Ro&ws", None))
        self.mappingIntro.setText(QCoreApplication.translate("ImportDialog", u"Wordings the app does not know, each listed once with the lines it is on. Choose what each is recorded as; the sheet's words are kept on the child and flagged for tidy-up, and your choices are remembered for the next import.", None))
#if QT_CONFIG(accessibility)
        self.mappingTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Values to map", None))
#endif // QT_CONFIG(accessibility)
        self.mapToLabel.setText(QCoreApplication.translate("ImportDialog", u"&Record as", None))
#if QT_CONFIG(accessibility)
        self.mapTo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Record the selected value as", None))
#endif // QT_CONFIG(accessibility)
        self.steps.setTabText(self.steps.indexOf(self.mappingTab), QCoreApplication.translate("ImportDialog", u"Values to &map", None))
        self.differencesIntro.setText(QCoreApplication.translate("ImportDialog", u"The same child on several lines that say different things. Until you choose, the first line's value is used and the difference is flagged on the child.", None))
#if QT_CONFIG(accessibility)
        self.differencesTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Differences between lines about one child", None))
#endif // QT_CONFIG(accessibility)
        self.keepLabel.setText(QCoreApplication.translate("ImportDialog", u"&Keep the value from", None))
#if QT_CONFIG(accessibility)
        self.keepFrom.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Keep the value from", None))
#endif // QT_CONFIG(accessibility)
        self.steps.setTabText(self.steps.indexOf(self.differencesTab), QCoreApplication.translate("ImportDialog", u"&Differences", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        pass
    # retranslateUi

