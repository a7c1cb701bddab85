# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'qa_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_QaDialog(object):
    def setupUi(self, QaDialog):
        if not QaDialog.objectName():
            QaDialog.setObjectName(u"QaDialog")
        QaDialog.resize(640, 640)
        self.outer = QVBoxLayout(QaDialog)
        self.outer.setObjectName(u"outer")
        self.qaForm = QFormLayout()
        self.qaForm.setObjectName(u"qaForm")
        self.qaForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.provider_id_label = QLabel(QaDialog)
        self.provider_id_label.setObjectName(u"provider_id_label")

        self.qaForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.provider_id_label)

        self.provider_id = QComboBox(QaDialog)
        self.provider_id.setObjectName(u"provider_id")

        self.qaForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.provider_id)

        self.child_id_label = QLabel(QaDialog)
        self.child_id_label.setObjectName(u"child_id_label")

        self.qaForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.child_id_label)

        self.child_id = QComboBox(QaDialog)
        self.child_id.setObjectName(u"child_id")

        self.qaForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.child_id)

        self.visit_date_label = QLabel(QaDialog)
        self.visit_date_label.setObjectName(u"visit_date_label")

        self.qaForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.visit_date_label)

        self.visit_date = QLineEdit(QaDialog)
        self.visit_date.setObjectName(u"visit_date")
        self.visit_date.setMaximumSize(QSize(140, 16777215))

        self.qaForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.visit_date)

        self.checks_met_label = QLabel(QaDialog)
        self.checks_met_label.setObjectName(u"checks_met_label")

        self.qaForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.checks_met_label)

        self.checks_met = QListWidget(QaDialog)
        self.checks_met.setObjectName(u"checks_met")
        self.checks_met.setTabKeyNavigation(False)
        self.checks_met.setMaximumSize(QSize(16777215, 120))

        self.qaForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.checks_met)

        self.rating_label = QLabel(QaDialog)
        self.rating_label.setObjectName(u"rating_label")

        self.qaForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rating_label)

        self.rating = QComboBox(QaDialog)
        self.rating.setObjectName(u"rating")

        self.qaForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rating)

        self.findings_label = QLabel(QaDialog)
        self.findings_label.setObjectName(u"findings_label")

        self.qaForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.findings_label)

        self.findings = QPlainTextEdit(QaDialog)
        self.findings.setObjectName(u"findings")
        self.findings.setTabChangesFocus(True)
        self.findings.setMinimumSize(QSize(0, 60))
        self.findings.setMaximumSize(QSize(16777215, 110))

        self.qaForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.findings)


        self.outer.addLayout(self.qaForm)

        self.qaActionsLayout = QVBoxLayout()
        self.qaActionsLayout.setObjectName(u"qaActionsLayout")
        self.actionsLabel = QLabel(QaDialog)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.qaActionsLayout.addWidget(self.actionsLabel)

        self.actions = QTableWidget(QaDialog)
        self.actions.setObjectName(u"actions")
        self.actions.setTabKeyNavigation(False)
        self.actions.setMinimumSize(QSize(0, 100))

        self.qaActionsLayout.addWidget(self.actions)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.aSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.aSpacer)

        self.addActionButton = QPushButton(QaDialog)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionButtons.addWidget(self.addActionButton)


        self.qaActionsLayout.addLayout(self.actionButtons)


        self.outer.addLayout(self.qaActionsLayout)

        self.message = QLabel(QaDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bSpacer)

        self.cancelButton = QPushButton(QaDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(QaDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.outer.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.provider_id_label.setBuddy(self.provider_id)
        self.child_id_label.setBuddy(self.child_id)
        self.visit_date_label.setBuddy(self.visit_date)
        self.checks_met_label.setBuddy(self.checks_met)
        self.rating_label.setBuddy(self.rating)
        self.findings_label.setBuddy(self.findings)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QaDialog)

        QMetaObject.connectSlotsByName(QaDialog)
    # setupUi

    def retranslateUi(self, QaDialog):
        self.provider_id_label.setText(QCoreApplication.translate("QaDialog", u"&Provider", None))
#if QT_CONFIG(accessibility)
        self.provider_id.setAccessibleName(QCoreApplication.translate("QaDialog", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.child_id_label.setText(QCoreApplication.translate("QaDialog", u"Child (&optional)", None))
#if QT_CONFIG(accessibility)
        self.child_id.setAccessibleName(QCoreApplication.translate("QaDialog", u"Child (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.visit_date_label.setText(QCoreApplication.translate("QaDialog", u"&Date of visit", None))
        self.visit_date.setPlaceholderText(QCoreApplication.translate("QaDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.visit_date.setAccessibleName(QCoreApplication.translate("QaDialog", u"Date of visit", None))
#endif // QT_CONFIG(accessibility)
        self.checks_met_label.setText(QCoreApplication.translate("QaDialog", u"Checks &met", None))
#if QT_CONFIG(accessibility)
        self.checks_met.setAccessibleName(QCoreApplication.translate("QaDialog", u"Checks met", None))
#endif // QT_CONFIG(accessibility)
        self.rating_label.setText(QCoreApplication.translate("QaDialog", u"&Rating", None))
#if QT_CONFIG(accessibility)
        self.rating.setAccessibleName(QCoreApplication.translate("QaDialog", u"Rating", None))
#endif // QT_CONFIG(accessibility)
        self.findings_label.setText(QCoreApplication.translate("QaDialog", u"F&indings", None))
#if QT_CONFIG(accessibility)
        self.findings.setAccessibleName(QCoreApplication.translate("QaDialog", u"Findings", None))
#endif // QT_CONFIG(accessibility)
        self.actionsLabel.setText(QCoreApplication.translate("QaDialog", u"Actions (what, who, by when)", None))
#if QT_CONFIG(accessibility)
        self.actions.setAccessibleName(QCoreApplication.translate("QaDialog", u"Actions: what, who, by when", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("QaDialog", u"&Add action", None))
        self.message.setText("")
        self.cancelButton.setText(QCoreApplication.translate("QaDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("QaDialog", u"&Save QA visit", None))
        pass
    # retranslateUi

