# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'providers_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_ProvidersPage(object):
    def setupUi(self, ProvidersPage):
        if not ProvidersPage.objectName():
            ProvidersPage.setObjectName(u"ProvidersPage")
        ProvidersPage.resize(1200, 760)
        self.outer = QVBoxLayout(ProvidersPage)
        self.outer.setObjectName(u"outer")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.backButton = QPushButton(ProvidersPage)
        self.backButton.setObjectName(u"backButton")

        self.header.addWidget(self.backButton)

        self.title = QLabel(ProvidersPage)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)


        self.outer.addLayout(self.header)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.providersLeft = QVBoxLayout()
        self.providersLeft.setObjectName(u"providersLeft")
        self.providersTable = QTableWidget(ProvidersPage)
        self.providersTable.setObjectName(u"providersTable")
        self.providersTable.setTabKeyNavigation(False)
        self.providersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.providersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.providersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.providersLeft.addWidget(self.providersTable)

        self.providerListButtons = QHBoxLayout()
        self.providerListButtons.setObjectName(u"providerListButtons")
        self.plSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.providerListButtons.addItem(self.plSpacer)

        self.newProviderButton = QPushButton(ProvidersPage)
        self.newProviderButton.setObjectName(u"newProviderButton")

        self.providerListButtons.addWidget(self.newProviderButton)


        self.providersLeft.addLayout(self.providerListButtons)


        self.columns.addLayout(self.providersLeft)

        self.providersRight = QVBoxLayout()
        self.providersRight.setObjectName(u"providersRight")
        self.providerGroup = QGroupBox(ProvidersPage)
        self.providerGroup.setObjectName(u"providerGroup")
        self.providerGroupLayout = QVBoxLayout(self.providerGroup)
        self.providerGroupLayout.setObjectName(u"providerGroupLayout")
        self.providerForm = QFormLayout()
        self.providerForm.setObjectName(u"providerForm")
        self.providerForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.providerGroup)
        self.name_label.setObjectName(u"name_label")

        self.providerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.providerGroup)
        self.name.setObjectName(u"name")

        self.providerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.registered = QCheckBox(self.providerGroup)
        self.registered.setObjectName(u"registered")

        self.providerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.registered)

        self.address_label = QLabel(self.providerGroup)
        self.address_label.setObjectName(u"address_label")

        self.providerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QPlainTextEdit(self.providerGroup)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)
        self.address.setMinimumSize(QSize(0, 48))
        self.address.setMaximumSize(QSize(16777215, 110))

        self.providerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.contact_label = QLabel(self.providerGroup)
        self.contact_label.setObjectName(u"contact_label")

        self.providerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact = QLineEdit(self.providerGroup)
        self.contact.setObjectName(u"contact")

        self.providerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contact)

        self.dbs_seen_date_label = QLabel(self.providerGroup)
        self.dbs_seen_date_label.setObjectName(u"dbs_seen_date_label")

        self.providerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dbs_seen_date_label)

        self.dbs_seen_date = QLineEdit(self.providerGroup)
        self.dbs_seen_date.setObjectName(u"dbs_seen_date")
        self.dbs_seen_date.setMaximumSize(QSize(140, 16777215))

        self.providerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dbs_seen_date)

        self.dbs_expiry_label = QLabel(self.providerGroup)
        self.dbs_expiry_label.setObjectName(u"dbs_expiry_label")

        self.providerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dbs_expiry_label)

        self.dbs_expiry = QLineEdit(self.providerGroup)
        self.dbs_expiry.setObjectName(u"dbs_expiry")
        self.dbs_expiry.setMaximumSize(QSize(140, 16777215))

        self.providerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dbs_expiry)

        self.safeguarding_policy_expiry_label = QLabel(self.providerGroup)
        self.safeguarding_policy_expiry_label.setObjectName(u"safeguarding_policy_expiry_label")

        self.providerForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.safeguarding_policy_expiry_label)

        self.safeguarding_policy_expiry = QLineEdit(self.providerGroup)
        self.safeguarding_policy_expiry.setObjectName(u"safeguarding_policy_expiry")
        self.safeguarding_policy_expiry.setMaximumSize(QSize(140, 16777215))

        self.providerForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.safeguarding_policy_expiry)

        self.insurance_expiry_label = QLabel(self.providerGroup)
        self.insurance_expiry_label.setObjectName(u"insurance_expiry_label")

        self.providerForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.insurance_expiry_label)

        self.insurance_expiry = QLineEdit(self.providerGroup)
        self.insurance_expiry.setObjectName(u"insurance_expiry")
        self.insurance_expiry.setMaximumSize(QSize(140, 16777215))

        self.providerForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.insurance_expiry)

        self.qualifications_label = QLabel(self.providerGroup)
        self.qualifications_label.setObjectName(u"qualifications_label")

        self.providerForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.qualifications_label)

        self.qualifications = QLineEdit(self.providerGroup)
        self.qualifications.setObjectName(u"qualifications")

        self.providerForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.qualifications)

        self.qualifications_expiry_label = QLabel(self.providerGroup)
        self.qualifications_expiry_label.setObjectName(u"qualifications_expiry_label")

        self.providerForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.qualifications_expiry_label)

        self.qualifications_expiry = QLineEdit(self.providerGroup)
        self.qualifications_expiry.setObjectName(u"qualifications_expiry")
        self.qualifications_expiry.setMaximumSize(QSize(140, 16777215))

        self.providerForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.qualifications_expiry)


        self.providerGroupLayout.addLayout(self.providerForm)

        self.alerts = QLabel(self.providerGroup)
        self.alerts.setObjectName(u"alerts")
        self.alerts.setWordWrap(True)

        self.providerGroupLayout.addWidget(self.alerts)

        self.providerButtons = QHBoxLayout()
        self.providerButtons.setObjectName(u"providerButtons")
        self.providerStatus = QLabel(self.providerGroup)
        self.providerStatus.setObjectName(u"providerStatus")

        self.providerButtons.addWidget(self.providerStatus)

        self.pbSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.providerButtons.addItem(self.pbSpacer)

        self.saveProviderButton = QPushButton(self.providerGroup)
        self.saveProviderButton.setObjectName(u"saveProviderButton")

        self.providerButtons.addWidget(self.saveProviderButton)


        self.providerGroupLayout.addLayout(self.providerButtons)


        self.providersRight.addWidget(self.providerGroup)

        self.qaButtons = QHBoxLayout()
        self.qaButtons.setObjectName(u"qaButtons")
        self.qaTitle = QLabel(ProvidersPage)
        self.qaTitle.setObjectName(u"qaTitle")

        self.qaButtons.addWidget(self.qaTitle)

        self.qaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.qaButtons.addItem(self.qaSpacer)

        self.qaAttachmentsButton = QPushButton(ProvidersPage)
        self.qaAttachmentsButton.setObjectName(u"qaAttachmentsButton")

        self.qaButtons.addWidget(self.qaAttachmentsButton)

        self.recordQaButton = QPushButton(ProvidersPage)
        self.recordQaButton.setObjectName(u"recordQaButton")

        self.qaButtons.addWidget(self.recordQaButton)


        self.providersRight.addLayout(self.qaButtons)

        self.qaTable = QTableWidget(ProvidersPage)
        self.qaTable.setObjectName(u"qaTable")
        self.qaTable.setTabKeyNavigation(False)
        self.qaTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.qaTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.qaTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.qaTable.setMinimumSize(QSize(0, 70))

        self.providersRight.addWidget(self.qaTable)


        self.columns.addLayout(self.providersRight)


        self.outer.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.address_label.setBuddy(self.address)
        self.contact_label.setBuddy(self.contact)
        self.dbs_seen_date_label.setBuddy(self.dbs_seen_date)
        self.dbs_expiry_label.setBuddy(self.dbs_expiry)
        self.safeguarding_policy_expiry_label.setBuddy(self.safeguarding_policy_expiry)
        self.insurance_expiry_label.setBuddy(self.insurance_expiry)
        self.qualifications_label.setBuddy(self.qualifications)
        self.qualifications_expiry_label.setBuddy(self.qualifications_expiry)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProvidersPage)

        QMetaObject.connectSlotsByName(ProvidersPage)
    # setupUi

    def retranslateUi(self, ProvidersPage):
        self.backButton.setText(QCoreApplication.translate("ProvidersPage", u"\u2190 Caseload", None))
        self.title.setText(QCoreApplication.translate("ProvidersPage", u"Providers", None))
#if QT_CONFIG(accessibility)
        self.providersTable.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"Providers and their check alerts", None))
#endif // QT_CONFIG(accessibility)
        self.newProviderButton.setText(QCoreApplication.translate("ProvidersPage", u"&New provider", None))
        self.providerGroup.setTitle(QCoreApplication.translate("ProvidersPage", u"Provider", None))
        self.name_label.setText(QCoreApplication.translate("ProvidersPage", u"N&ame", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.registered.setText(QCoreApplication.translate("ProvidersPage", u"Registered (e.g. with Ofsted or the DfE)", None))
#if QT_CONFIG(accessibility)
        self.registered.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"Registered (e.g. with Ofsted or the DfE)", None))
#endif // QT_CONFIG(accessibility)
        self.address_label.setText(QCoreApplication.translate("ProvidersPage", u"A&ddress", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.contact_label.setText(QCoreApplication.translate("ProvidersPage", u"C&ontact", None))
#if QT_CONFIG(accessibility)
        self.contact.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"Contact", None))
#endif // QT_CONFIG(accessibility)
        self.dbs_seen_date_label.setText(QCoreApplication.translate("ProvidersPage", u"DBS seen on", None))
        self.dbs_seen_date.setPlaceholderText(QCoreApplication.translate("ProvidersPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dbs_seen_date.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"DBS seen on", None))
#endif // QT_CONFIG(accessibility)
        self.dbs_expiry_label.setText(QCoreApplication.translate("ProvidersPage", u"DBS e&xpiry / recheck", None))
        self.dbs_expiry.setPlaceholderText(QCoreApplication.translate("ProvidersPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dbs_expiry.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"DBS expiry / recheck", None))
#endif // QT_CONFIG(accessibility)
        self.safeguarding_policy_expiry_label.setText(QCoreApplication.translate("ProvidersPage", u"Safeguarding policy review", None))
        self.safeguarding_policy_expiry.setPlaceholderText(QCoreApplication.translate("ProvidersPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.safeguarding_policy_expiry.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"Safeguarding policy review", None))
#endif // QT_CONFIG(accessibility)
        self.insurance_expiry_label.setText(QCoreApplication.translate("ProvidersPage", u"&Insurance expiry", None))
        self.insurance_expiry.setPlaceholderText(QCoreApplication.translate("ProvidersPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.insurance_expiry.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"Insurance expiry", None))
#endif // QT_CONFIG(accessibility)
        self.qualifications_label.setText(QCoreApplication.translate("ProvidersPage", u"&Qualifications", None))
#if QT_CONFIG(accessibility)
        self.qualifications.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"Qualifications", None))
#endif // QT_CONFIG(accessibility)
        self.qualifications_expiry_label.setText(QCoreApplication.translate("ProvidersPage", u"Qualifications expiry", None))
        self.qualifications_expiry.setPlaceholderText(QCoreApplication.translate("ProvidersPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.qualifications_expiry.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"Qualifications expiry", None))
#endif // QT_CONFIG(accessibility)
        self.alerts.setText("")
        self.providerStatus.setText("")
        self.saveProviderButton.setText(QCoreApplication.translate("ProvidersPage", u"&Save provider", None))
        self.qaTitle.setText(QCoreApplication.translate("ProvidersPage", u"Quality-assurance visits", None))
        self.qaAttachmentsButton.setText(QCoreApplication.translate("ProvidersPage", u"A&ttachments\u2026", None))
#if QT_CONFIG(accessibility)
        self.qaAttachmentsButton.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"Attachments of the chosen QA visit", None))
#endif // QT_CONFIG(accessibility)
        self.recordQaButton.setText(QCoreApplication.translate("ProvidersPage", u"&Record QA visit\u2026", None))
#if QT_CONFIG(accessibility)
        self.qaTable.setAccessibleName(QCoreApplication.translate("ProvidersPage", u"Quality-assurance visits to this provider", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

