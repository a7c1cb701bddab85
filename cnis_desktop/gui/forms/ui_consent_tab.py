# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_ConsentTab(object):
    def setupUi(self, ConsentTab):
        if not ConsentTab.objectName():
            ConsentTab.setObjectName(u"ConsentTab")
        ConsentTab.resize(900, 560)
        self.consentLayout = QVBoxLayout(ConsentTab)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentIntro = QLabel(ConsentTab)
        self.consentIntro.setObjectName(u"consentIntro")
        self.consentIntro.setWordWrap(True)

        self.consentLayout.addWidget(self.consentIntro)

        self.consentTable = QTableWidget(ConsentTab)
        self.consentTable.setObjectName(u"consentTable")
        self.consentTable.setTabKeyNavigation(False)
        self.consentTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.consentTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.consentTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.consentTable.setTabKeyNavigation(False)
        self.consentTable.setMaximumSize(QSize(16777215, 110))

        self.consentLayout.addWidget(self.consentTable)

        self.consentGroup = QGroupBox(ConsentTab)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentForm = QFormLayout(self.consentGroup)
        self.consentForm.setObjectName(u"consentForm")
        self.consentForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.grounds_label = QLabel(self.consentGroup)
        self.grounds_label.setObjectName(u"grounds_label")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.grounds_label)

        self.grounds = QListWidget(self.consentGroup)
        self.grounds.setObjectName(u"grounds")
        self.grounds.setTabKeyNavigation(False)
        self.grounds.setMaximumSize(QSize(16777215, 74))

        self.consentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.grounds)

        self.school_label = QLabel(self.consentGroup)
        self.school_label.setObjectName(u"school_label")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.school_label)

        self.school = QLineEdit(self.consentGroup)
        self.school.setObjectName(u"school")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.school)

        self.requested_on_label = QLabel(self.consentGroup)
        self.requested_on_label.setObjectName(u"requested_on_label")

        self.consentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requested_on_label)

        self.requested_on = QLineEdit(self.consentGroup)
        self.requested_on.setObjectName(u"requested_on")
        self.requested_on.setMaximumSize(QSize(140, 16777215))

        self.consentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requested_on)

        self.requested_by_label = QLabel(self.consentGroup)
        self.requested_by_label.setObjectName(u"requested_by_label")

        self.consentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requested_by_label)

        self.requested_by = QLineEdit(self.consentGroup)
        self.requested_by.setObjectName(u"requested_by")

        self.consentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requested_by)

        self.decision_label = QLabel(self.consentGroup)
        self.decision_label.setObjectName(u"decision_label")

        self.consentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision = QComboBox(self.consentGroup)
        self.decision.setObjectName(u"decision")

        self.consentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decision)

        self.decided_on_label = QLabel(self.consentGroup)
        self.decided_on_label.setObjectName(u"decided_on_label")

        self.consentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decided_on_label)

        self.decided_on = QLineEdit(self.consentGroup)
        self.decided_on.setObjectName(u"decided_on")
        self.decided_on.setMaximumSize(QSize(140, 16777215))

        self.consentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decided_on)

        self.decided_by_label = QLabel(self.consentGroup)
        self.decided_by_label.setObjectName(u"decided_by_label")

        self.consentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.decided_by_label)

        self.decided_by = QLineEdit(self.consentGroup)
        self.decided_by.setObjectName(u"decided_by")

        self.consentForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decided_by)

        self.reasons_label = QLabel(self.consentGroup)
        self.reasons_label.setObjectName(u"reasons_label")

        self.consentForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reasons_label)

        self.reasons = QPlainTextEdit(self.consentGroup)
        self.reasons.setObjectName(u"reasons")
        self.reasons.setTabChangesFocus(True)
        self.reasons.setMinimumSize(QSize(0, 40))
        self.reasons.setMaximumSize(QSize(16777215, 70))

        self.consentForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasons)

        self.notified_on_label = QLabel(self.consentGroup)
        self.notified_on_label.setObjectName(u"notified_on_label")

        self.consentForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notified_on_label)

        self.notified_on = QLineEdit(self.consentGroup)
        self.notified_on.setObjectName(u"notified_on")
        self.notified_on.setMaximumSize(QSize(140, 16777215))

        self.consentForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notified_on)

        self.notes_label = QLabel(self.consentGroup)
        self.notes_label.setObjectName(u"notes_label")

        self.consentForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QLineEdit(self.consentGroup)
        self.notes.setObjectName(u"notes")

        self.consentForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes)


        self.consentLayout.addWidget(self.consentGroup)

        self.consentDue = QLabel(ConsentTab)
        self.consentDue.setObjectName(u"consentDue")
        self.consentDue.setWordWrap(True)

        self.consentLayout.addWidget(self.consentDue)

        self.consentButtons = QHBoxLayout()
        self.consentButtons.setObjectName(u"consentButtons")
        self.consentStatus = QLabel(ConsentTab)
        self.consentStatus.setObjectName(u"consentStatus")

        self.consentButtons.addWidget(self.consentStatus)

        self.consentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentButtons.addItem(self.consentSpacer)

        self.newConsentButton = QPushButton(ConsentTab)
        self.newConsentButton.setObjectName(u"newConsentButton")

        self.consentButtons.addWidget(self.newConsentButton)

        self.saveConsentButton = QPushButton(ConsentTab)
        self.saveConsentButton.setObjectName(u"saveConsentButton")

        self.consentButtons.addWidget(self.saveConsentButton)


        self.consentLayout.addLayout(self.consentButtons)

#if QT_CONFIG(shortcut)
        self.grounds_label.setBuddy(self.grounds)
        self.school_label.setBuddy(self.school)
        self.requested_on_label.setBuddy(self.requested_on)
        self.requested_by_label.setBuddy(self.requested_by)
        self.decision_label.setBuddy(self.decision)
        self.decided_on_label.setBuddy(self.decided_on)
        self.decided_by_label.setBuddy(self.decided_by)
        self.reasons_label.setBuddy(self.reasons)
        self.notified_on_label.setBuddy(self.notified_on)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentTab)

        QMetaObject.connectSlotsByName(ConsentTab)
    # setupUi

    def retranslateUi(self, ConsentTab):
        self.consentIntro.setText(QCoreApplication.translate("ConsentTab", u"A child at a special school under arrangements the authority made, or subject to s47 enquiries or a child protection plan, may leave the school roll for education at home only with the authority's consent (s434A, Children's Wellbeing and Schools Act 2026). Record each request, the decision, the reasons and the dates.", None))
#if QT_CONFIG(accessibility)
        self.consentTable.setAccessibleName(QCoreApplication.translate("ConsentTab", u"Requests for consent to home educate", None))
#endif // QT_CONFIG(accessibility)
        self.consentGroup.setTitle(QCoreApplication.translate("ConsentTab", u"Request", None))
        self.grounds_label.setText(QCoreApplication.translate("ConsentTab", u"W&hy consent is needed", None))
#if QT_CONFIG(accessibility)
        self.grounds.setAccessibleName(QCoreApplication.translate("ConsentTab", u"Why consent is needed", None))
#endif // QT_CONFIG(accessibility)
        self.school_label.setText(QCoreApplication.translate("ConsentTab", u"School the child would &leave", None))
#if QT_CONFIG(accessibility)
        self.school.setAccessibleName(QCoreApplication.translate("ConsentTab", u"School the child would leave", None))
#endif // QT_CONFIG(accessibility)
        self.requested_on_label.setText(QCoreApplication.translate("ConsentTab", u"Request &received", None))
        self.requested_on.setPlaceholderText(QCoreApplication.translate("ConsentTab", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.requested_on.setAccessibleName(QCoreApplication.translate("ConsentTab", u"Request received", None))
#endif // QT_CONFIG(accessibility)
        self.requested_by_label.setText(QCoreApplication.translate("ConsentTab", u"Requested &by (parent)", None))
#if QT_CONFIG(accessibility)
        self.requested_by.setAccessibleName(QCoreApplication.translate("ConsentTab", u"Requested by (parent)", None))
#endif // QT_CONFIG(accessibility)
        self.decision_label.setText(QCoreApplication.translate("ConsentTab", u"Decision", None))
#if QT_CONFIG(accessibility)
        self.decision.setAccessibleName(QCoreApplication.translate("ConsentTab", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.decided_on_label.setText(QCoreApplication.translate("ConsentTab", u"Decided o&n", None))
        self.decided_on.setPlaceholderText(QCoreApplication.translate("ConsentTab", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.decided_on.setAccessibleName(QCoreApplication.translate("ConsentTab", u"Decided on", None))
#endif // QT_CONFIG(accessibility)
        self.decided_by_label.setText(QCoreApplication.translate("ConsentTab", u"Decided b&y", None))
#if QT_CONFIG(accessibility)
        self.decided_by.setAccessibleName(QCoreApplication.translate("ConsentTab", u"Decided by", None))
#endif // QT_CONFIG(accessibility)
        self.reasons_label.setText(QCoreApplication.translate("ConsentTab", u"Re&asons for the decision", None))
#if QT_CONFIG(accessibility)
        self.reasons.setAccessibleName(QCoreApplication.translate("ConsentTab", u"Reasons for the decision", None))
#endif // QT_CONFIG(accessibility)
        self.notified_on_label.setText(QCoreApplication.translate("ConsentTab", u"&Parent and school told on", None))
        self.notified_on.setPlaceholderText(QCoreApplication.translate("ConsentTab", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.notified_on.setAccessibleName(QCoreApplication.translate("ConsentTab", u"Parent and school told on", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("ConsentTab", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("ConsentTab", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.consentDue.setText("")
        self.consentStatus.setText("")
        self.newConsentButton.setText(QCoreApplication.translate("ConsentTab", u"New req&uest", None))
        self.saveConsentButton.setText(QCoreApplication.translate("ConsentTab", u"Save re&quest", None))
        pass
    # retranslateUi

