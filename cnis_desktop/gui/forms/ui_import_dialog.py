# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

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

        self.preview = QTableWidget(ImportDialog)
        self.preview.setObjectName(u"preview")
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.setMinimumSize(QSize(0, 260))

        self.outer.addWidget(self.preview)

        self.doubtfulHint = QLabel(ImportDialog)
        self.doubtfulHint.setObjectName(u"doubtfulHint")
        self.doubtfulHint.setWordWrap(True)

        self.outer.addWidget(self.doubtfulHint)

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


        self.retranslateUi(ImportDialog)

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
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        pass
    # retranslateUi

