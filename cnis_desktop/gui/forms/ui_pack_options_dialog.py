# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pack_options_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_PackOptionsDialog(object):
    def setupUi(self, PackOptionsDialog):
        if not PackOptionsDialog.objectName():
            PackOptionsDialog.setObjectName(u"PackOptionsDialog")
        PackOptionsDialog.resize(520, 480)
        self.outer = QVBoxLayout(PackOptionsDialog)
        self.outer.setObjectName(u"outer")
        self.periodForm = QFormLayout()
        self.periodForm.setObjectName(u"periodForm")
        self.periodForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.periodFrom_label = QLabel(PackOptionsDialog)
        self.periodFrom_label.setObjectName(u"periodFrom_label")

        self.periodForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodFrom_label)

        self.periodFrom = QLineEdit(PackOptionsDialog)
        self.periodFrom.setObjectName(u"periodFrom")
        self.periodFrom.setMaximumSize(QSize(140, 16777215))

        self.periodForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodFrom)

        self.periodTo_label = QLabel(PackOptionsDialog)
        self.periodTo_label.setObjectName(u"periodTo_label")

        self.periodForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodTo_label)

        self.periodTo = QLineEdit(PackOptionsDialog)
        self.periodTo.setObjectName(u"periodTo")
        self.periodTo.setMaximumSize(QSize(140, 16777215))

        self.periodForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodTo)


        self.outer.addLayout(self.periodForm)

        self.sectionsLabel = QLabel(PackOptionsDialog)
        self.sectionsLabel.setObjectName(u"sectionsLabel")

        self.outer.addWidget(self.sectionsLabel)

        self.sections = QListWidget(PackOptionsDialog)
        self.sections.setObjectName(u"sections")
        self.sections.setTabKeyNavigation(False)

        self.outer.addWidget(self.sections)

        self.leftOutReason_label = QLabel(PackOptionsDialog)
        self.leftOutReason_label.setObjectName(u"leftOutReason_label")

        self.outer.addWidget(self.leftOutReason_label)

        self.leftOutReason = QLineEdit(PackOptionsDialog)
        self.leftOutReason.setObjectName(u"leftOutReason")

        self.outer.addWidget(self.leftOutReason)

        self.copyForm = QFormLayout()
        self.copyForm.setObjectName(u"copyForm")
        self.copy_label = QLabel(PackOptionsDialog)
        self.copy_label.setObjectName(u"copy_label")

        self.copyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.copy_label)

        self.copy = QComboBox(PackOptionsDialog)
        self.copy.setObjectName(u"copy")

        self.copyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.copy)


        self.outer.addLayout(self.copyForm)

        self.thirdParty = QCheckBox(PackOptionsDialog)
        self.thirdParty.setObjectName(u"thirdParty")
        self.thirdParty.setChecked(False)

        self.outer.addWidget(self.thirdParty)

        self.message = QLabel(PackOptionsDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bSpacer)

        self.cancelButton = QPushButton(PackOptionsDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.okButton = QPushButton(PackOptionsDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)


        self.outer.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.periodFrom_label.setBuddy(self.periodFrom)
        self.periodTo_label.setBuddy(self.periodTo)
        self.leftOutReason_label.setBuddy(self.leftOutReason)
        self.copy_label.setBuddy(self.copy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PackOptionsDialog)

        QMetaObject.connectSlotsByName(PackOptionsDialog)
    # setupUi

    def retranslateUi(self, PackOptionsDialog):
        self.periodFrom_label.setText(QCoreApplication.translate("PackOptionsDialog", u"&From", None))
        self.periodFrom.setPlaceholderText(QCoreApplication.translate("PackOptionsDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.periodFrom.setAccessibleName(QCoreApplication.translate("PackOptionsDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.periodTo_label.setText(QCoreApplication.translate("PackOptionsDialog", u"&To", None))
        self.periodTo.setPlaceholderText(QCoreApplication.translate("PackOptionsDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.periodTo.setAccessibleName(QCoreApplication.translate("PackOptionsDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.sectionsLabel.setText(QCoreApplication.translate("PackOptionsDialog", u"Sections to include", None))
#if QT_CONFIG(accessibility)
        self.sections.setAccessibleName(QCoreApplication.translate("PackOptionsDialog", u"Sections to include", None))
#endif // QT_CONFIG(accessibility)
        self.leftOutReason_label.setText(QCoreApplication.translate("PackOptionsDialog", u"&Why the unticked sections are left out (shown on the contents page)", None))
#if QT_CONFIG(accessibility)
        self.leftOutReason.setAccessibleName(QCoreApplication.translate("PackOptionsDialog", u"Why the unticked sections are left out", None))
#endif // QT_CONFIG(accessibility)
        self.copy_label.setText(QCoreApplication.translate("PackOptionsDialog", u"&Copy", None))
#if QT_CONFIG(accessibility)
        self.copy.setAccessibleName(QCoreApplication.translate("PackOptionsDialog", u"Which copy", None))
#endif // QT_CONFIG(accessibility)
        self.thirdParty.setText(QCoreApplication.translate("PackOptionsDialog", u"Include third-party information in a family copy (parents' views, others present, provider names)", None))
        self.message.setText("")
        self.cancelButton.setText(QCoreApplication.translate("PackOptionsDialog", u"Cancel", None))
        self.okButton.setText(QCoreApplication.translate("PackOptionsDialog", u"&Preview", None))
        pass
    # retranslateUi

