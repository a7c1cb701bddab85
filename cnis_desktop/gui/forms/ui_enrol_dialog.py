# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrol_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_EnrolDialog(object):
    def setupUi(self, EnrolDialog):
        if not EnrolDialog.objectName():
            EnrolDialog.setObjectName(u"EnrolDialog")
        EnrolDialog.resize(520, 260)
        self.outer = QVBoxLayout(EnrolDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(EnrolDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.enrolForm = QFormLayout()
        self.enrolForm.setObjectName(u"enrolForm")
        self.enrolForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.hubUrl_label = QLabel(EnrolDialog)
        self.hubUrl_label.setObjectName(u"hubUrl_label")

        self.enrolForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hubUrl_label)

        self.hubUrl = QLineEdit(EnrolDialog)
        self.hubUrl.setObjectName(u"hubUrl")

        self.enrolForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hubUrl)

        self.code_label = QLabel(EnrolDialog)
        self.code_label.setObjectName(u"code_label")

        self.enrolForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code = QLineEdit(EnrolDialog)
        self.code.setObjectName(u"code")

        self.enrolForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code)


        self.outer.addLayout(self.enrolForm)

        self.message = QLabel(EnrolDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.progress = QProgressBar(EnrolDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.outer.addWidget(self.progress)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bSpacer)

        self.cancelButton = QPushButton(EnrolDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.enrolButton = QPushButton(EnrolDialog)
        self.enrolButton.setObjectName(u"enrolButton")

        self.buttons.addWidget(self.enrolButton)


        self.outer.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.hubUrl_label.setBuddy(self.hubUrl)
        self.code_label.setBuddy(self.code)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EnrolDialog)

        QMetaObject.connectSlotsByName(EnrolDialog)
    # setupUi

    def retranslateUi(self, EnrolDialog):
        self.intro.setText(QCoreApplication.translate("EnrolDialog", u"Enrol this laptop with your authority's hub. Records then sync when a connection is available; until then everything works offline.", None))
        self.hubUrl_label.setText(QCoreApplication.translate("EnrolDialog", u"&Hub address", None))
        self.hubUrl.setPlaceholderText(QCoreApplication.translate("EnrolDialog", u"https://hub.your-authority.example", None))
#if QT_CONFIG(accessibility)
        self.hubUrl.setAccessibleName(QCoreApplication.translate("EnrolDialog", u"Hub address", None))
#endif // QT_CONFIG(accessibility)
        self.code_label.setText(QCoreApplication.translate("EnrolDialog", u"One-time &code", None))
        self.code.setPlaceholderText(QCoreApplication.translate("EnrolDialog", u"8 characters from your administrator", None))
#if QT_CONFIG(accessibility)
        self.code.setAccessibleName(QCoreApplication.translate("EnrolDialog", u"One-time code", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.cancelButton.setText(QCoreApplication.translate("EnrolDialog", u"Cancel", None))
        self.enrolButton.setText(QCoreApplication.translate("EnrolDialog", u"&Enrol", None))
        pass
    # retranslateUi

