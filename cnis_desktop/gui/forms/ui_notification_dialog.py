# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notification_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_NotificationDialog(object):
    def setupUi(self, NotificationDialog):
        if not NotificationDialog.objectName():
            NotificationDialog.setObjectName(u"NotificationDialog")
        NotificationDialog.resize(480, 360)
        self.outer = QVBoxLayout(NotificationDialog)
        self.outer.setObjectName(u"outer")
        self.about = QLabel(NotificationDialog)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)

        self.outer.addWidget(self.about)

        self.notificationForm = QFormLayout()
        self.notificationForm.setObjectName(u"notificationForm")
        self.notificationForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.partner_label = QLabel(NotificationDialog)
        self.partner_label.setObjectName(u"partner_label")

        self.notificationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partner_label)

        self.partner = QComboBox(NotificationDialog)
        self.partner.setObjectName(u"partner")

        self.notificationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner)

        self.shared_on_label = QLabel(NotificationDialog)
        self.shared_on_label.setObjectName(u"shared_on_label")

        self.notificationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shared_on_label)

        self.shared_on = QLineEdit(NotificationDialog)
        self.shared_on.setObjectName(u"shared_on")
        self.shared_on.setMaximumSize(QSize(140, 16777215))

        self.notificationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shared_on)

        self.method_label = QLabel(NotificationDialog)
        self.method_label.setObjectName(u"method_label")

        self.notificationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method = QComboBox(NotificationDialog)
        self.method.setObjectName(u"method")

        self.notificationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.method)

        self.shared_by_label = QLabel(NotificationDialog)
        self.shared_by_label.setObjectName(u"shared_by_label")

        self.notificationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.shared_by_label)

        self.shared_by = QLineEdit(NotificationDialog)
        self.shared_by.setObjectName(u"shared_by")

        self.notificationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shared_by)

        self.acknowledged = QCheckBox(NotificationDialog)
        self.acknowledged.setObjectName(u"acknowledged")

        self.notificationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.acknowledged)

        self.acknowledged_on_label = QLabel(NotificationDialog)
        self.acknowledged_on_label.setObjectName(u"acknowledged_on_label")

        self.notificationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.acknowledged_on_label)

        self.acknowledged_on = QLineEdit(NotificationDialog)
        self.acknowledged_on.setObjectName(u"acknowledged_on")
        self.acknowledged_on.setMaximumSize(QSize(140, 16777215))

        self.notificationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.acknowledged_on)

        self.notes_label = QLabel(NotificationDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.notificationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QLineEdit(NotificationDialog)
        self.notes.setObjectName(u"notes")

        self.notificationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer.addLayout(self.notificationForm)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bSpacer)

        self.cancelButton = QPushButton(NotificationDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(NotificationDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.outer.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.partner_label.setBuddy(self.partner)
        self.shared_on_label.setBuddy(self.shared_on)
        self.method_label.setBuddy(self.method)
        self.shared_by_label.setBuddy(self.shared_by)
        self.acknowledged_on_label.setBuddy(self.acknowledged_on)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NotificationDialog)

        QMetaObject.connectSlotsByName(NotificationDialog)
    # setupUi

    def retranslateUi(self, NotificationDialog):
        self.about.setText("")
        self.partner_label.setText(QCoreApplication.translate("NotificationDialog", u"&Partner", None))
#if QT_CONFIG(accessibility)
        self.partner.setAccessibleName(QCoreApplication.translate("NotificationDialog", u"Partner", None))
#endif // QT_CONFIG(accessibility)
        self.shared_on_label.setText(QCoreApplication.translate("NotificationDialog", u"&Date told", None))
        self.shared_on.setPlaceholderText(QCoreApplication.translate("NotificationDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.shared_on.setAccessibleName(QCoreApplication.translate("NotificationDialog", u"Date told", None))
#endif // QT_CONFIG(accessibility)
        self.method_label.setText(QCoreApplication.translate("NotificationDialog", u"&How", None))
#if QT_CONFIG(accessibility)
        self.method.setAccessibleName(QCoreApplication.translate("NotificationDialog", u"How", None))
#endif // QT_CONFIG(accessibility)
        self.shared_by_label.setText(QCoreApplication.translate("NotificationDialog", u"&By", None))
#if QT_CONFIG(accessibility)
        self.shared_by.setAccessibleName(QCoreApplication.translate("NotificationDialog", u"By", None))
#endif // QT_CONFIG(accessibility)
        self.acknowledged.setText(QCoreApplication.translate("NotificationDialog", u"They acknowledged it", None))
#if QT_CONFIG(accessibility)
        self.acknowledged.setAccessibleName(QCoreApplication.translate("NotificationDialog", u"They acknowledged it", None))
#endif // QT_CONFIG(accessibility)
        self.acknowledged_on_label.setText(QCoreApplication.translate("NotificationDialog", u"Acknowledged on", None))
        self.acknowledged_on.setPlaceholderText(QCoreApplication.translate("NotificationDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.acknowledged_on.setAccessibleName(QCoreApplication.translate("NotificationDialog", u"Acknowledged on", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("NotificationDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("NotificationDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("NotificationDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("NotificationDialog", u"&Save", None))
        pass
    # retranslateUi

