# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_RegisterTab(object):
    def setupUi(self, RegisterTab):
        if not RegisterTab.objectName():
            RegisterTab.setObjectName(u"RegisterTab")
        RegisterTab.resize(900, 560)
        self.registerLayout = QVBoxLayout(RegisterTab)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerIntro = QLabel(RegisterTab)
        self.registerIntro.setObjectName(u"registerIntro")
        self.registerIntro.setWordWrap(True)

        self.registerLayout.addWidget(self.registerIntro)

        self.registerForm = QFormLayout()
        self.registerForm.setObjectName(u"registerForm")
        self.registerForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.previous_addresses_label = QLabel(RegisterTab)
        self.previous_addresses_label.setObjectName(u"previous_addresses_label")

        self.registerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.previous_addresses_label)

        self.previous_addresses = QPlainTextEdit(RegisterTab)
        self.previous_addresses.setObjectName(u"previous_addresses")
        self.previous_addresses.setTabChangesFocus(True)
        self.previous_addresses.setMinimumSize(QSize(0, 40))
        self.previous_addresses.setMaximumSize(QSize(16777215, 50))

        self.registerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.previous_addresses)


        self.registerLayout.addLayout(self.registerForm)

        self.parentsLabel = QLabel(RegisterTab)
        self.parentsLabel.setObjectName(u"parentsLabel")

        self.registerLayout.addWidget(self.parentsLabel)

        self.parentsTable = QTableWidget(RegisterTab)
        self.parentsTable.setObjectName(u"parentsTable")
        self.parentsTable.setTabKeyNavigation(False)
        self.parentsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.parentsTable.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.parentsTable.setTabKeyNavigation(False)
        self.parentsTable.setMaximumSize(QSize(16777215, 110))

        self.registerLayout.addWidget(self.parentsTable)

        self.parentButtons = QHBoxLayout()
        self.parentButtons.setObjectName(u"parentButtons")
        self.parentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.parentButtons.addItem(self.parentSpacer)

        self.addParentButton = QPushButton(RegisterTab)
        self.addParentButton.setObjectName(u"addParentButton")

        self.parentButtons.addWidget(self.addParentButton)

        self.removeParentButton = QPushButton(RegisterTab)
        self.removeParentButton.setObjectName(u"removeParentButton")

        self.parentButtons.addWidget(self.removeParentButton)


        self.registerLayout.addLayout(self.parentButtons)

        self.providersLabel = QLabel(RegisterTab)
        self.providersLabel.setObjectName(u"providersLabel")

        self.registerLayout.addWidget(self.providersLabel)

        self.providersTable = QTableWidget(RegisterTab)
        self.providersTable.setObjectName(u"providersTable")
        self.providersTable.setTabKeyNavigation(False)
        self.providersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.providersTable.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.providersTable.setTabKeyNavigation(False)
        self.providersTable.setMaximumSize(QSize(16777215, 110))

        self.registerLayout.addWidget(self.providersTable)

        self.providerButtons = QHBoxLayout()
        self.providerButtons.setObjectName(u"providerButtons")
        self.providerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.providerButtons.addItem(self.providerSpacer)

        self.addProviderButton = QPushButton(RegisterTab)
        self.addProviderButton.setObjectName(u"addProviderButton")

        self.providerButtons.addWidget(self.addProviderButton)

        self.removeProviderButton = QPushButton(RegisterTab)
        self.removeProviderButton.setObjectName(u"removeProviderButton")

        self.providerButtons.addWidget(self.removeProviderButton)


        self.registerLayout.addLayout(self.providerButtons)

        self.registerProblems = QLabel(RegisterTab)
        self.registerProblems.setObjectName(u"registerProblems")
        self.registerProblems.setWordWrap(True)

        self.registerLayout.addWidget(self.registerProblems)

        self.changeForm = QFormLayout()
        self.changeForm.setObjectName(u"changeForm")
        self.changeForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.change_on_label = QLabel(RegisterTab)
        self.change_on_label.setObjectName(u"change_on_label")

        self.changeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.change_on_label)

        self.change_on = QLineEdit(RegisterTab)
        self.change_on.setObjectName(u"change_on")
        self.change_on.setMaximumSize(QSize(140, 16777215))

        self.changeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.change_on)

        self.change_reported_on_label = QLabel(RegisterTab)
        self.change_reported_on_label.setObjectName(u"change_reported_on_label")

        self.changeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.change_reported_on_label)

        self.change_reported_on = QLineEdit(RegisterTab)
        self.change_reported_on.setObjectName(u"change_reported_on")
        self.change_reported_on.setMaximumSize(QSize(140, 16777215))

        self.changeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.change_reported_on)

        self.change_details_label = QLabel(RegisterTab)
        self.change_details_label.setObjectName(u"change_details_label")

        self.changeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.change_details_label)

        self.change_details = QLineEdit(RegisterTab)
        self.change_details.setObjectName(u"change_details")

        self.changeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.change_details)


        self.registerLayout.addLayout(self.changeForm)

        self.changeDue = QLabel(RegisterTab)
        self.changeDue.setObjectName(u"changeDue")
        self.changeDue.setWordWrap(True)

        self.registerLayout.addWidget(self.changeDue)

        self.registerButtons = QHBoxLayout()
        self.registerButtons.setObjectName(u"registerButtons")
        self.registerStatus = QLabel(RegisterTab)
        self.registerStatus.setObjectName(u"registerStatus")

        self.registerButtons.addWidget(self.registerStatus)

        self.registerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registerButtons.addItem(self.registerSpacer)

        self.saveRegisterButton = QPushButton(RegisterTab)
        self.saveRegisterButton.setObjectName(u"saveRegisterButton")

        self.registerButtons.addWidget(self.saveRegisterButton)


        self.registerLayout.addLayout(self.registerButtons)

#if QT_CONFIG(shortcut)
        self.previous_addresses_label.setBuddy(self.previous_addresses)
        self.parentsLabel.setBuddy(self.parentsTable)
        self.providersLabel.setBuddy(self.providersTable)
        self.change_on_label.setBuddy(self.change_on)
        self.change_reported_on_label.setBuddy(self.change_reported_on)
        self.change_details_label.setBuddy(self.change_details)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterTab)

        QMetaObject.connectSlotsByName(RegisterTab)
    # setupUi

    def retranslateUi(self, RegisterTab):
        self.registerIntro.setText(QCoreApplication.translate("RegisterTab", u"Children not in school register (s436C Education Act 1996, inserted by the Children's Wellbeing and Schools Act 2026; not yet in force). The child's name, date of birth and home address are on Details. A parent tells the authority of any change within 15 days (s436D).", None))
        self.previous_addresses_label.setText(QCoreApplication.translate("RegisterTab", u"Previous addresses", None))
#if QT_CONFIG(accessibility)
        self.previous_addresses.setAccessibleName(QCoreApplication.translate("RegisterTab", u"Previous addresses", None))
#endif // QT_CONFIG(accessibility)
        self.parentsLabel.setText(QCoreApplication.translate("RegisterTab", u"Parents: who provides education, and for how many hours a week", None))
#if QT_CONFIG(accessibility)
        self.parentsTable.setAccessibleName(QCoreApplication.translate("RegisterTab", u"Parents", None))
#endif // QT_CONFIG(accessibility)
        self.addParentButton.setText(QCoreApplication.translate("RegisterTab", u"Add &parent", None))
        self.removeParentButton.setText(QCoreApplication.translate("RegisterTab", u"Remove parent", None))
        self.providersLabel.setText(QCoreApplication.translate("RegisterTab", u"Other providers of the child's education", None))
#if QT_CONFIG(accessibility)
        self.providersTable.setAccessibleName(QCoreApplication.translate("RegisterTab", u"Other providers", None))
#endif // QT_CONFIG(accessibility)
        self.addProviderButton.setText(QCoreApplication.translate("RegisterTab", u"&Add provider", None))
        self.removeProviderButton.setText(QCoreApplication.translate("RegisterTab", u"Remove provider", None))
        self.registerProblems.setText("")
        self.change_on_label.setText(QCoreApplication.translate("RegisterTab", u"Date of the &last change", None))
        self.change_on.setPlaceholderText(QCoreApplication.translate("RegisterTab", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.change_on.setAccessibleName(QCoreApplication.translate("RegisterTab", u"Date of the last change", None))
#endif // QT_CONFIG(accessibility)
        self.change_reported_on_label.setText(QCoreApplication.translate("RegisterTab", u"Reported by the parent o&n", None))
        self.change_reported_on.setPlaceholderText(QCoreApplication.translate("RegisterTab", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.change_reported_on.setAccessibleName(QCoreApplication.translate("RegisterTab", u"Reported by the parent on", None))
#endif // QT_CONFIG(accessibility)
        self.change_details_label.setText(QCoreApplication.translate("RegisterTab", u"W&hat changed", None))
#if QT_CONFIG(accessibility)
        self.change_details.setAccessibleName(QCoreApplication.translate("RegisterTab", u"What changed", None))
#endif // QT_CONFIG(accessibility)
        self.changeDue.setText("")
        self.registerStatus.setText("")
        self.saveRegisterButton.setText(QCoreApplication.translate("RegisterTab", u"Save register", None))
        pass
    # retranslateUi

