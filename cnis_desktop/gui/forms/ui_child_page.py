# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'child_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_ChildPage(object):
    def setupUi(self, ChildPage):
        if not ChildPage.objectName():
            ChildPage.setObjectName(u"ChildPage")
        ChildPage.resize(1000, 700)
        self.outer = QVBoxLayout(ChildPage)
        self.outer.setObjectName(u"outer")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.backButton = QPushButton(ChildPage)
        self.backButton.setObjectName(u"backButton")

        self.header.addWidget(self.backButton)

        self.childName = QLabel(ChildPage)
        self.childName.setObjectName(u"childName")

        self.header.addWidget(self.childName)

        self.schoolAge = QLabel(ChildPage)
        self.schoolAge.setObjectName(u"schoolAge")

        self.header.addWidget(self.schoolAge)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.saveStatus = QLabel(ChildPage)
        self.saveStatus.setObjectName(u"saveStatus")

        self.header.addWidget(self.saveStatus)

        self.ehcButton = QPushButton(ChildPage)
        self.ehcButton.setObjectName(u"ehcButton")

        self.header.addWidget(self.ehcButton)

        self.eotasButton = QPushButton(ChildPage)
        self.eotasButton.setObjectName(u"eotasButton")

        self.header.addWidget(self.eotasButton)


        self.outer.addLayout(self.header)

        self.tabs = QTabWidget(ChildPage)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsTabLayout = QVBoxLayout(self.detailsTab)
        self.detailsTabLayout.setObjectName(u"detailsTabLayout")
        self.detailsScroll = QScrollArea(self.detailsTab)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setWidgetResizable(True)
        self.detailsScroll.setFrameShape(QFrame.NoFrame)
        self.detailsBody = QWidget()
        self.detailsBody.setObjectName(u"detailsBody")
        self.detailsColumns = QHBoxLayout(self.detailsBody)
        self.detailsColumns.setObjectName(u"detailsColumns")
        self.identityGroup = QGroupBox(self.detailsBody)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.legal_first_name_label = QLabel(self.identityGroup)
        self.legal_first_name_label.setObjectName(u"legal_first_name_label")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legal_first_name_label)

        self.legal_first_name = QLineEdit(self.identityGroup)
        self.legal_first_name.setObjectName(u"legal_first_name")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legal_first_name)

        self.legal_last_name_label = QLabel(self.identityGroup)
        self.legal_last_name_label.setObjectName(u"legal_last_name_label")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legal_last_name_label)

        self.legal_last_name = QLineEdit(self.identityGroup)
        self.legal_last_name.setObjectName(u"legal_last_name")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legal_last_name)

        self.preferred_name_label = QLabel(self.identityGroup)
        self.preferred_name_label.setObjectName(u"preferred_name_label")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.preferred_name_label)

        self.preferred_name = QLineEdit(self.identityGroup)
        self.preferred_name.setObjectName(u"preferred_name")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.preferred_name)

        self.date_of_birth_label = QLabel(self.identityGroup)
        self.date_of_birth_label.setObjectName(u"date_of_birth_label")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.date_of_birth_label)

        self.date_of_birth = QLineEdit(self.identityGroup)
        self.date_of_birth.setObjectName(u"date_of_birth")
        self.date_of_birth.setMaximumSize(QSize(140, 16777215))

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.date_of_birth)

        self.gender_label = QLabel(self.identityGroup)
        self.gender_label.setObjectName(u"gender_label")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender = QComboBox(self.identityGroup)
        self.gender.setObjectName(u"gender")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gender)

        self.ethnicity_label = QLabel(self.identityGroup)
        self.ethnicity_label.setObjectName(u"ethnicity_label")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ethnicity_label)

        self.ethnicity = QLineEdit(self.identityGroup)
        self.ethnicity.setObjectName(u"ethnicity")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ethnicity)

        self.home_address_label = QLabel(self.identityGroup)
        self.home_address_label.setObjectName(u"home_address_label")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.home_address_label)

        self.home_address = QPlainTextEdit(self.identityGroup)
        self.home_address.setObjectName(u"home_address")
        self.home_address.setTabChangesFocus(True)
        self.home_address.setMinimumSize(QSize(0, 60))
        self.home_address.setMaximumSize(QSize(16777215, 110))

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.home_address)

        self.parents_label = QLabel(self.identityGroup)
        self.parents_label.setObjectName(u"parents_label")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.parents_label)

        self.parents = QPlainTextEdit(self.identityGroup)
        self.parents.setObjectName(u"parents")
        self.parents.setTabChangesFocus(True)
        self.parents.setMinimumSize(QSize(0, 60))
        self.parents.setMaximumSize(QSize(16777215, 110))

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.parents)

        self.first_language_label = QLabel(self.identityGroup)
        self.first_language_label.setObjectName(u"first_language_label")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.first_language_label)

        self.first_language = QLineEdit(self.identityGroup)
        self.first_language.setObjectName(u"first_language")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.first_language)

        self.interpreter_needed = QCheckBox(self.identityGroup)
        self.interpreter_needed.setObjectName(u"interpreter_needed")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.interpreter_needed)

        self.upn_label = QLabel(self.identityGroup)
        self.upn_label.setObjectName(u"upn_label")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.upn_label)

        self.upn = QLineEdit(self.identityGroup)
        self.upn.setObjectName(u"upn")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.upn)

        self.nhs_number_label = QLabel(self.identityGroup)
        self.nhs_number_label.setObjectName(u"nhs_number_label")

        self.identityForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.nhs_number_label)

        self.nhs_number = QLineEdit(self.identityGroup)
        self.nhs_number.setObjectName(u"nhs_number")

        self.identityForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.nhs_number)


        self.detailsColumns.addWidget(self.identityGroup)

        self.supportGroup = QGroupBox(self.detailsBody)
        self.supportGroup.setObjectName(u"supportGroup")
        self.supportForm = QFormLayout(self.supportGroup)
        self.supportForm.setObjectName(u"supportForm")
        self.supportForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.send_status_label = QLabel(self.supportGroup)
        self.send_status_label.setObjectName(u"send_status_label")

        self.supportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.send_status_label)

        self.send_status = QComboBox(self.supportGroup)
        self.send_status.setObjectName(u"send_status")

        self.supportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.send_status)

        self.primary_need_label = QLabel(self.supportGroup)
        self.primary_need_label.setObjectName(u"primary_need_label")

        self.supportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.primary_need_label)

        self.primary_need = QComboBox(self.supportGroup)
        self.primary_need.setObjectName(u"primary_need")

        self.supportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.primary_need)

        self.social_care_status_label = QLabel(self.supportGroup)
        self.social_care_status_label.setObjectName(u"social_care_status_label")

        self.supportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.social_care_status_label)

        self.social_care_status = QComboBox(self.supportGroup)
        self.social_care_status.setObjectName(u"social_care_status")

        self.supportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.social_care_status)

        self.safeguarding_flag = QCheckBox(self.supportGroup)
        self.safeguarding_flag.setObjectName(u"safeguarding_flag")

        self.supportForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.safeguarding_flag)

        self.original_school_label = QLabel(self.supportGroup)
        self.original_school_label.setObjectName(u"original_school_label")

        self.supportForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.original_school_label)

        self.original_school = QLineEdit(self.supportGroup)
        self.original_school.setObjectName(u"original_school")

        self.supportForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.original_school)

        self.original_school_urn_label = QLabel(self.supportGroup)
        self.original_school_urn_label.setObjectName(u"original_school_urn_label")

        self.supportForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.original_school_urn_label)

        self.original_school_urn = QLineEdit(self.supportGroup)
        self.original_school_urn.setObjectName(u"original_school_urn")

        self.supportForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.original_school_urn)

        self.current_school_label = QLabel(self.supportGroup)
        self.current_school_label.setObjectName(u"current_school_label")

        self.supportForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.current_school_label)

        self.current_school = QLineEdit(self.supportGroup)
        self.current_school.setObjectName(u"current_school")

        self.supportForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.current_school)

        self.locality_team_label = QLabel(self.supportGroup)
        self.locality_team_label.setObjectName(u"locality_team_label")

        self.supportForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.locality_team_label)

        self.locality_team = QLineEdit(self.supportGroup)
        self.locality_team.setObjectName(u"locality_team")

        self.supportForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.locality_team)

        self.lead_professional_label = QLabel(self.supportGroup)
        self.lead_professional_label.setObjectName(u"lead_professional_label")

        self.supportForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lead_professional_label)

        self.lead_professional = QLineEdit(self.supportGroup)
        self.lead_professional.setObjectName(u"lead_professional")

        self.supportForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.lead_professional)

        self.health_services_label = QLabel(self.supportGroup)
        self.health_services_label.setObjectName(u"health_services_label")

        self.supportForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.health_services_label)

        self.health_services = QPlainTextEdit(self.supportGroup)
        self.health_services.setObjectName(u"health_services")
        self.health_services.setTabChangesFocus(True)
        self.health_services.setMinimumSize(QSize(0, 60))
        self.health_services.setMaximumSize(QSize(16777215, 110))

        self.supportForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.health_services)


        self.detailsColumns.addWidget(self.supportGroup)

        self.detailsScroll.setWidget(self.detailsBody)

        self.detailsTabLayout.addWidget(self.detailsScroll)

        self.tabs.addTab(self.detailsTab, "")
        self.arrangementsTab = QWidget()
        self.arrangementsTab.setObjectName(u"arrangementsTab")
        self.arrangementsLayout = QVBoxLayout(self.arrangementsTab)
        self.arrangementsLayout.setObjectName(u"arrangementsLayout")
        self.arrangementsTable = QTableWidget(self.arrangementsTab)
        self.arrangementsTable.setObjectName(u"arrangementsTable")
        self.arrangementsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.arrangementsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.arrangementsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.arrangementsTable.setMaximumSize(QSize(16777215, 160))

        self.arrangementsLayout.addWidget(self.arrangementsTable)

        self.arrangementEditor = QGroupBox(self.arrangementsTab)
        self.arrangementEditor.setObjectName(u"arrangementEditor")
        self.arrangementForm = QFormLayout(self.arrangementEditor)
        self.arrangementForm.setObjectName(u"arrangementForm")
        self.arrangementForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.type_label = QLabel(self.arrangementEditor)
        self.type_label.setObjectName(u"type_label")

        self.arrangementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type = QComboBox(self.arrangementEditor)
        self.type.setObjectName(u"type")

        self.arrangementForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.type)

        self.start_date_label = QLabel(self.arrangementEditor)
        self.start_date_label.setObjectName(u"start_date_label")

        self.arrangementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = QLineEdit(self.arrangementEditor)
        self.start_date.setObjectName(u"start_date")
        self.start_date.setMaximumSize(QSize(140, 16777215))

        self.arrangementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(self.arrangementEditor)
        self.end_date_label.setObjectName(u"end_date_label")

        self.arrangementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = QLineEdit(self.arrangementEditor)
        self.end_date.setObjectName(u"end_date")
        self.end_date.setMaximumSize(QSize(140, 16777215))

        self.arrangementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.review_date_label = QLabel(self.arrangementEditor)
        self.review_date_label.setObjectName(u"review_date_label")

        self.arrangementForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.review_date_label)

        self.review_date = QLineEdit(self.arrangementEditor)
        self.review_date.setObjectName(u"review_date")
        self.review_date.setMaximumSize(QSize(140, 16777215))

        self.arrangementForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.review_date)

        self.hours_per_week_label = QLabel(self.arrangementEditor)
        self.hours_per_week_label.setObjectName(u"hours_per_week_label")

        self.arrangementForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hours_per_week_label)

        self.hours_per_week = QLineEdit(self.arrangementEditor)
        self.hours_per_week.setObjectName(u"hours_per_week")
        self.hours_per_week.setMaximumSize(QSize(100, 16777215))

        self.arrangementForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hours_per_week)

        self.provider_label = QLabel(self.arrangementEditor)
        self.provider_label.setObjectName(u"provider_label")

        self.arrangementForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.provider_label)

        self.provider = QLineEdit(self.arrangementEditor)
        self.provider.setObjectName(u"provider")

        self.arrangementForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.provider)

        self.reasons_label = QLabel(self.arrangementEditor)
        self.reasons_label.setObjectName(u"reasons_label")

        self.arrangementForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasons_label)

        self.reasons = QListWidget(self.arrangementEditor)
        self.reasons.setObjectName(u"reasons")
        self.reasons.setMaximumSize(QSize(16777215, 120))

        self.arrangementForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasons)

        self.notes_label = QLabel(self.arrangementEditor)
        self.notes_label.setObjectName(u"notes_label")

        self.arrangementForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.arrangementEditor)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))
        self.notes.setMaximumSize(QSize(16777215, 110))

        self.arrangementForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)

        self.reasons_text_label = QLabel(self.arrangementEditor)
        self.reasons_text_label.setObjectName(u"reasons_text_label")

        self.arrangementForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reasons_text_label)

        self.reasons_text = QLineEdit(self.arrangementEditor)
        self.reasons_text.setObjectName(u"reasons_text")

        self.arrangementForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reasons_text)

        self.action_text_label = QLabel(self.arrangementEditor)
        self.action_text_label.setObjectName(u"action_text_label")

        self.arrangementForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.action_text_label)

        self.action_text = QLineEdit(self.arrangementEditor)
        self.action_text.setObjectName(u"action_text")

        self.arrangementForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.action_text)

        self.sessions_possible_label = QLabel(self.arrangementEditor)
        self.sessions_possible_label.setObjectName(u"sessions_possible_label")

        self.arrangementForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sessions_possible_label)

        self.sessions_possible = QLineEdit(self.arrangementEditor)
        self.sessions_possible.setObjectName(u"sessions_possible")
        self.sessions_possible.setMaximumSize(QSize(140, 16777215))

        self.arrangementForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.sessions_possible)

        self.sessions_missed_label = QLabel(self.arrangementEditor)
        self.sessions_missed_label.setObjectName(u"sessions_missed_label")

        self.arrangementForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.sessions_missed_label)

        self.sessions_missed = QLineEdit(self.arrangementEditor)
        self.sessions_missed.setObjectName(u"sessions_missed")
        self.sessions_missed.setMaximumSize(QSize(140, 16777215))

        self.arrangementForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.sessions_missed)


        self.arrangementsLayout.addWidget(self.arrangementEditor)

        self.arrangementButtons = QHBoxLayout()
        self.arrangementButtons.setObjectName(u"arrangementButtons")
        self.arrangementStatus = QLabel(self.arrangementsTab)
        self.arrangementStatus.setObjectName(u"arrangementStatus")

        self.arrangementButtons.addWidget(self.arrangementStatus)

        self.arrSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.arrangementButtons.addItem(self.arrSpacer)

        self.newArrangementButton = QPushButton(self.arrangementsTab)
        self.newArrangementButton.setObjectName(u"newArrangementButton")

        self.arrangementButtons.addWidget(self.newArrangementButton)

        self.saveArrangementButton = QPushButton(self.arrangementsTab)
        self.saveArrangementButton.setObjectName(u"saveArrangementButton")

        self.arrangementButtons.addWidget(self.saveArrangementButton)


        self.arrangementsLayout.addLayout(self.arrangementButtons)

        self.tabs.addTab(self.arrangementsTab, "")
        self.visitsTab = QWidget()
        self.visitsTab.setObjectName(u"visitsTab")
        self.visitsLayout = QVBoxLayout(self.visitsTab)
        self.visitsLayout.setObjectName(u"visitsLayout")
        self.visitsTable = QTableWidget(self.visitsTab)
        self.visitsTable.setObjectName(u"visitsTable")
        self.visitsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.visitsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.visitsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.visitsLayout.addWidget(self.visitsTable)

        self.visitButtons = QHBoxLayout()
        self.visitButtons.setObjectName(u"visitButtons")
        self.visitSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.visitButtons.addItem(self.visitSpacer)

        self.newVisitButton = QPushButton(self.visitsTab)
        self.newVisitButton.setObjectName(u"newVisitButton")

        self.visitButtons.addWidget(self.newVisitButton)

        self.openVisitButton = QPushButton(self.visitsTab)
        self.openVisitButton.setObjectName(u"openVisitButton")

        self.visitButtons.addWidget(self.openVisitButton)


        self.visitsLayout.addLayout(self.visitButtons)

        self.tabs.addTab(self.visitsTab, "")
        self.sharingTab = QWidget()
        self.sharingTab.setObjectName(u"sharingTab")
        self.sharingLayout = QVBoxLayout(self.sharingTab)
        self.sharingLayout.setObjectName(u"sharingLayout")
        self.sharingIntro = QLabel(self.sharingTab)
        self.sharingIntro.setObjectName(u"sharingIntro")
        self.sharingIntro.setWordWrap(True)

        self.sharingLayout.addWidget(self.sharingIntro)

        self.sharingTable = QTableWidget(self.sharingTab)
        self.sharingTable.setObjectName(u"sharingTable")
        self.sharingTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.sharingTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.sharingTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.sharingLayout.addWidget(self.sharingTable)

        self.sharingButtons = QHBoxLayout()
        self.sharingButtons.setObjectName(u"sharingButtons")
        self.sharingStatus = QLabel(self.sharingTab)
        self.sharingStatus.setObjectName(u"sharingStatus")

        self.sharingButtons.addWidget(self.sharingStatus)

        self.shSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sharingButtons.addItem(self.shSpacer)

        self.acknowledgeButton = QPushButton(self.sharingTab)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")

        self.sharingButtons.addWidget(self.acknowledgeButton)

        self.notifyButton = QPushButton(self.sharingTab)
        self.notifyButton.setObjectName(u"notifyButton")

        self.sharingButtons.addWidget(self.notifyButton)


        self.sharingLayout.addLayout(self.sharingButtons)

        self.tabs.addTab(self.sharingTab, "")
        self.saoTab = QWidget()
        self.saoTab.setObjectName(u"saoTab")
        self.saoLayout = QVBoxLayout(self.saoTab)
        self.saoLayout.setObjectName(u"saoLayout")
        self.saoIntro = QLabel(self.saoTab)
        self.saoIntro.setObjectName(u"saoIntro")
        self.saoIntro.setWordWrap(True)

        self.saoLayout.addWidget(self.saoIntro)

        self.saoGroup = QGroupBox(self.saoTab)
        self.saoGroup.setObjectName(u"saoGroup")
        self.saoForm = QFormLayout(self.saoGroup)
        self.saoForm.setObjectName(u"saoForm")
        self.saoForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.notice_served_label = QLabel(self.saoGroup)
        self.notice_served_label.setObjectName(u"notice_served_label")

        self.saoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notice_served_label)

        self.notice_served = QLineEdit(self.saoGroup)
        self.notice_served.setObjectName(u"notice_served")
        self.notice_served.setMaximumSize(QSize(140, 16777215))

        self.saoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notice_served)

        self.response_received_label = QLabel(self.saoGroup)
        self.response_received_label.setObjectName(u"response_received_label")

        self.saoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.response_received_label)

        self.response_received = QLineEdit(self.saoGroup)
        self.response_received.setObjectName(u"response_received")
        self.response_received.setMaximumSize(QSize(140, 16777215))

        self.saoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.response_received)

        self.notice_of_intention_label = QLabel(self.saoGroup)
        self.notice_of_intention_label.setObjectName(u"notice_of_intention_label")

        self.saoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notice_of_intention_label)

        self.notice_of_intention = QLineEdit(self.saoGroup)
        self.notice_of_intention.setObjectName(u"notice_of_intention")
        self.notice_of_intention.setMaximumSize(QSize(140, 16777215))

        self.saoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notice_of_intention)

        self.schools_named_label = QLabel(self.saoGroup)
        self.schools_named_label.setObjectName(u"schools_named_label")

        self.saoForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.schools_named_label)

        self.schools_named = QLineEdit(self.saoGroup)
        self.schools_named.setObjectName(u"schools_named")

        self.saoForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.schools_named)

        self.order_served_label = QLabel(self.saoGroup)
        self.order_served_label.setObjectName(u"order_served_label")

        self.saoForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.order_served_label)

        self.order_served = QLineEdit(self.saoGroup)
        self.order_served.setObjectName(u"order_served")
        self.order_served.setMaximumSize(QSize(140, 16777215))

        self.saoForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.order_served)

        self.outcome_label = QLabel(self.saoGroup)
        self.outcome_label.setObjectName(u"outcome_label")

        self.saoForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome = QComboBox(self.saoGroup)
        self.outcome.setObjectName(u"outcome")

        self.saoForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.outcome_date_label = QLabel(self.saoGroup)
        self.outcome_date_label.setObjectName(u"outcome_date_label")

        self.saoForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.outcome_date_label)

        self.outcome_date = QLineEdit(self.saoGroup)
        self.outcome_date.setObjectName(u"outcome_date")
        self.outcome_date.setMaximumSize(QSize(140, 16777215))

        self.saoForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.outcome_date)


        self.saoLayout.addWidget(self.saoGroup)

        self.saoDue = QLabel(self.saoTab)
        self.saoDue.setObjectName(u"saoDue")
        self.saoDue.setWordWrap(True)

        self.saoLayout.addWidget(self.saoDue)

        self.saoButtons = QHBoxLayout()
        self.saoButtons.setObjectName(u"saoButtons")
        self.saoStatus = QLabel(self.saoTab)
        self.saoStatus.setObjectName(u"saoStatus")

        self.saoButtons.addWidget(self.saoStatus)

        self.saoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saoButtons.addItem(self.saoSpacer)

        self.saveSaoButton = QPushButton(self.saoTab)
        self.saveSaoButton.setObjectName(u"saveSaoButton")

        self.saoButtons.addWidget(self.saveSaoButton)


        self.saoLayout.addLayout(self.saoButtons)

        self.saoVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.saoLayout.addItem(self.saoVSpacer)

        self.tabs.addTab(self.saoTab, "")

        self.outer.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.legal_first_name_label.setBuddy(self.legal_first_name)
        self.legal_last_name_label.setBuddy(self.legal_last_name)
        self.preferred_name_label.setBuddy(self.preferred_name)
        self.date_of_birth_label.setBuddy(self.date_of_birth)
        self.gender_label.setBuddy(self.gender)
        self.ethnicity_label.setBuddy(self.ethnicity)
        self.home_address_label.setBuddy(self.home_address)
        self.parents_label.setBuddy(self.parents)
        self.first_language_label.setBuddy(self.first_language)
        self.upn_label.setBuddy(self.upn)
        self.nhs_number_label.setBuddy(self.nhs_number)
        self.send_status_label.setBuddy(self.send_status)
        self.primary_need_label.setBuddy(self.primary_need)
        self.social_care_status_label.setBuddy(self.social_care_status)
        self.original_school_label.setBuddy(self.original_school)
        self.original_school_urn_label.setBuddy(self.original_school_urn)
        self.current_school_label.setBuddy(self.current_school)
        self.locality_team_label.setBuddy(self.locality_team)
        self.lead_professional_label.setBuddy(self.lead_professional)
        self.health_services_label.setBuddy(self.health_services)
        self.type_label.setBuddy(self.type)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.review_date_label.setBuddy(self.review_date)
        self.hours_per_week_label.setBuddy(self.hours_per_week)
        self.provider_label.setBuddy(self.provider)
        self.reasons_label.setBuddy(self.reasons)
        self.notes_label.setBuddy(self.notes)
        self.reasons_text_label.setBuddy(self.reasons_text)
        self.action_text_label.setBuddy(self.action_text)
        self.sessions_possible_label.setBuddy(self.sessions_possible)
        self.sessions_missed_label.setBuddy(self.sessions_missed)
        self.notice_served_label.setBuddy(self.notice_served)
        self.response_received_label.setBuddy(self.response_received)
        self.notice_of_intention_label.setBuddy(self.notice_of_intention)
        self.schools_named_label.setBuddy(self.schools_named)
        self.order_served_label.setBuddy(self.order_served)
        self.outcome_label.setBuddy(self.outcome)
        self.outcome_date_label.setBuddy(self.outcome_date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChildPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ChildPage)
    # setupUi

    def retranslateUi(self, ChildPage):
        self.backButton.setText(QCoreApplication.translate("ChildPage", u"\u2190 Caseload", None))
        self.childName.setText(QCoreApplication.translate("ChildPage", u"Child", None))
        self.schoolAge.setText("")
#if QT_CONFIG(accessibility)
        self.schoolAge.setAccessibleName(QCoreApplication.translate("ChildPage", u"School age", None))
#endif // QT_CONFIG(accessibility)
        self.saveStatus.setText("")
        self.ehcButton.setText(QCoreApplication.translate("ChildPage", u"EHC plan and &views\u2026", None))
        self.eotasButton.setText(QCoreApplication.translate("ChildPage", u"&EOTAS package\u2026", None))
        self.identityGroup.setTitle(QCoreApplication.translate("ChildPage", u"Identity and family", None))
        self.legal_first_name_label.setText(QCoreApplication.translate("ChildPage", u"Legal &first name", None))
#if QT_CONFIG(accessibility)
        self.legal_first_name.setAccessibleName(QCoreApplication.translate("ChildPage", u"Legal first name", None))
#endif // QT_CONFIG(accessibility)
        self.legal_last_name_label.setText(QCoreApplication.translate("ChildPage", u"Legal &last name", None))
#if QT_CONFIG(accessibility)
        self.legal_last_name.setAccessibleName(QCoreApplication.translate("ChildPage", u"Legal last name", None))
#endif // QT_CONFIG(accessibility)
        self.preferred_name_label.setText(QCoreApplication.translate("ChildPage", u"&Preferred name", None))
        self.preferred_name.setPlaceholderText(QCoreApplication.translate("ChildPage", u"What the child likes to be called", None))
#if QT_CONFIG(accessibility)
        self.preferred_name.setAccessibleName(QCoreApplication.translate("ChildPage", u"Preferred name", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth_label.setText(QCoreApplication.translate("ChildPage", u"Date of &birth", None))
        self.date_of_birth.setPlaceholderText(QCoreApplication.translate("ChildPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.date_of_birth.setAccessibleName(QCoreApplication.translate("ChildPage", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.gender_label.setText(QCoreApplication.translate("ChildPage", u"Gender", None))
#if QT_CONFIG(accessibility)
        self.gender.setAccessibleName(QCoreApplication.translate("ChildPage", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.ethnicity_label.setText(QCoreApplication.translate("ChildPage", u"Ethnicity", None))
        self.ethnicity.setPlaceholderText(QCoreApplication.translate("ChildPage", u"Optional", None))
#if QT_CONFIG(accessibility)
        self.ethnicity.setAccessibleName(QCoreApplication.translate("ChildPage", u"Ethnicity", None))
#endif // QT_CONFIG(accessibility)
        self.home_address_label.setText(QCoreApplication.translate("ChildPage", u"Home &address", None))
#if QT_CONFIG(accessibility)
        self.home_address.setAccessibleName(QCoreApplication.translate("ChildPage", u"Home address", None))
#endif // QT_CONFIG(accessibility)
        self.parents_label.setText(QCoreApplication.translate("ChildPage", u"Parents and &carers", None))
        self.parents.setPlaceholderText(QCoreApplication.translate("ChildPage", u"Names, relationship, addresses, contact", None))
#if QT_CONFIG(accessibility)
        self.parents.setAccessibleName(QCoreApplication.translate("ChildPage", u"Parents and carers", None))
#endif // QT_CONFIG(accessibility)
        self.first_language_label.setText(QCoreApplication.translate("ChildPage", u"First language", None))
#if QT_CONFIG(accessibility)
        self.first_language.setAccessibleName(QCoreApplication.translate("ChildPage", u"First language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_needed.setText(QCoreApplication.translate("ChildPage", u"Interpreter needed", None))
#if QT_CONFIG(accessibility)
        self.interpreter_needed.setAccessibleName(QCoreApplication.translate("ChildPage", u"Interpreter needed", None))
#endif // QT_CONFIG(accessibility)
        self.upn_label.setText(QCoreApplication.translate("ChildPage", u"&UPN", None))
        self.upn.setPlaceholderText(QCoreApplication.translate("ChildPage", u"13 characters, e.g. A123456789012", None))
#if QT_CONFIG(accessibility)
        self.upn.setAccessibleName(QCoreApplication.translate("ChildPage", u"UPN", None))
#endif // QT_CONFIG(accessibility)
        self.nhs_number_label.setText(QCoreApplication.translate("ChildPage", u"&NHS number", None))
        self.nhs_number.setPlaceholderText(QCoreApplication.translate("ChildPage", u"10 digits", None))
#if QT_CONFIG(accessibility)
        self.nhs_number.setAccessibleName(QCoreApplication.translate("ChildPage", u"NHS number", None))
#endif // QT_CONFIG(accessibility)
        self.supportGroup.setTitle(QCoreApplication.translate("ChildPage", u"SEND, care and school", None))
        self.send_status_label.setText(QCoreApplication.translate("ChildPage", u"SEND s&tatus", None))
#if QT_CONFIG(accessibility)
        self.send_status.setAccessibleName(QCoreApplication.translate("ChildPage", u"SEND status", None))
#endif // QT_CONFIG(accessibility)
        self.primary_need_label.setText(QCoreApplication.translate("ChildPage", u"Primary need", None))
#if QT_CONFIG(accessibility)
        self.primary_need.setAccessibleName(QCoreApplication.translate("ChildPage", u"Primary need", None))
#endif // QT_CONFIG(accessibility)
        self.social_care_status_label.setText(QCoreApplication.translate("ChildPage", u"Social care", None))
#if QT_CONFIG(accessibility)
        self.social_care_status.setAccessibleName(QCoreApplication.translate("ChildPage", u"Social care", None))
#endif // QT_CONFIG(accessibility)
        self.safeguarding_flag.setText(QCoreApplication.translate("ChildPage", u"Safeguarding flag", None))
#if QT_CONFIG(accessibility)
        self.safeguarding_flag.setAccessibleName(QCoreApplication.translate("ChildPage", u"Safeguarding flag", None))
#endif // QT_CONFIG(accessibility)
        self.original_school_label.setText(QCoreApplication.translate("ChildPage", u"Original school", None))
#if QT_CONFIG(accessibility)
        self.original_school.setAccessibleName(QCoreApplication.translate("ChildPage", u"Original school", None))
#endif // QT_CONFIG(accessibility)
        self.original_school_urn_label.setText(QCoreApplication.translate("ChildPage", u"Original school URN", None))
#if QT_CONFIG(accessibility)
        self.original_school_urn.setAccessibleName(QCoreApplication.translate("ChildPage", u"Original school URN", None))
#endif // QT_CONFIG(accessibility)
        self.current_school_label.setText(QCoreApplication.translate("ChildPage", u"Current school &roll", None))
        self.current_school.setPlaceholderText(QCoreApplication.translate("ChildPage", u"Blank if not on a roll", None))
#if QT_CONFIG(accessibility)
        self.current_school.setAccessibleName(QCoreApplication.translate("ChildPage", u"Current school roll", None))
#endif // QT_CONFIG(accessibility)
        self.locality_team_label.setText(QCoreApplication.translate("ChildPage", u"Localit&y team", None))
#if QT_CONFIG(accessibility)
        self.locality_team.setAccessibleName(QCoreApplication.translate("ChildPage", u"Locality team", None))
#endif // QT_CONFIG(accessibility)
        self.lead_professional_label.setText(QCoreApplication.translate("ChildPage", u"Lead professional", None))
        self.lead_professional.setPlaceholderText(QCoreApplication.translate("ChildPage", u"Name, role, organisation, contact", None))
#if QT_CONFIG(accessibility)
        self.lead_professional.setAccessibleName(QCoreApplication.translate("ChildPage", u"Lead professional", None))
#endif // QT_CONFIG(accessibility)
        self.health_services_label.setText(QCoreApplication.translate("ChildPage", u"&Health services involved", None))
#if QT_CONFIG(accessibility)
        self.health_services.setAccessibleName(QCoreApplication.translate("ChildPage", u"Health services involved", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("ChildPage", u"&Details", None))
#if QT_CONFIG(accessibility)
        self.arrangementsTable.setAccessibleName(QCoreApplication.translate("ChildPage", u"Not-in-school arrangements", None))
#endif // QT_CONFIG(accessibility)
        self.arrangementEditor.setTitle(QCoreApplication.translate("ChildPage", u"This arrangement", None))
        self.type_label.setText(QCoreApplication.translate("ChildPage", u"Arrangement t&ype", None))
#if QT_CONFIG(accessibility)
        self.type.setAccessibleName(QCoreApplication.translate("ChildPage", u"Arrangement type", None))
#endif // QT_CONFIG(accessibility)
        self.start_date_label.setText(QCoreApplication.translate("ChildPage", u"S&tart date", None))
        self.start_date.setPlaceholderText(QCoreApplication.translate("ChildPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.start_date.setAccessibleName(QCoreApplication.translate("ChildPage", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.end_date_label.setText(QCoreApplication.translate("ChildPage", u"End date", None))
        self.end_date.setPlaceholderText(QCoreApplication.translate("ChildPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.end_date.setAccessibleName(QCoreApplication.translate("ChildPage", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.review_date_label.setText(QCoreApplication.translate("ChildPage", u"Review date", None))
        self.review_date.setPlaceholderText(QCoreApplication.translate("ChildPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_date.setAccessibleName(QCoreApplication.translate("ChildPage", u"Review date", None))
#endif // QT_CONFIG(accessibility)
        self.hours_per_week_label.setText(QCoreApplication.translate("ChildPage", u"&Hours a week", None))
        self.hours_per_week.setPlaceholderText(QCoreApplication.translate("ChildPage", u"0\u201340", None))
#if QT_CONFIG(accessibility)
        self.hours_per_week.setAccessibleName(QCoreApplication.translate("ChildPage", u"Hours a week", None))
#endif // QT_CONFIG(accessibility)
        self.provider_label.setText(QCoreApplication.translate("ChildPage", u"Provide&r", None))
        self.provider.setPlaceholderText(QCoreApplication.translate("ChildPage", u"Who provides the education", None))
#if QT_CONFIG(accessibility)
        self.provider.setAccessibleName(QCoreApplication.translate("ChildPage", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.reasons_label.setText(QCoreApplication.translate("ChildPage", u"Reasons (home ed&ucation)", None))
#if QT_CONFIG(accessibility)
        self.reasons.setAccessibleName(QCoreApplication.translate("ChildPage", u"Reasons (home education)", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("ChildPage", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("ChildPage", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.reasons_text_label.setText(QCoreApplication.translate("ChildPage", u"Reasons as described", None))
        self.reasons_text.setPlaceholderText(QCoreApplication.translate("ChildPage", u"The reasons behind the provision, in the family's or referrer's words", None))
#if QT_CONFIG(accessibility)
        self.reasons_text.setAccessibleName(QCoreApplication.translate("ChildPage", u"Reasons as described", None))
#endif // QT_CONFIG(accessibility)
        self.action_text_label.setText(QCoreApplication.translate("ChildPage", u"Action and by whom", None))
#if QT_CONFIG(accessibility)
        self.action_text.setAccessibleName(QCoreApplication.translate("ChildPage", u"Action to be taken and by whom", None))
#endif // QT_CONFIG(accessibility)
        self.sessions_possible_label.setText(QCoreApplication.translate("ChildPage", u"Sessions &possible", None))
#if QT_CONFIG(accessibility)
        self.sessions_possible.setAccessibleName(QCoreApplication.translate("ChildPage", u"Sessions possible (half days) so far", None))
#endif // QT_CONFIG(accessibility)
        self.sessions_possible.setPlaceholderText(QCoreApplication.translate("ChildPage", u"half days", None))
        self.sessions_missed_label.setText(QCoreApplication.translate("ChildPage", u"Sessions missed", None))
#if QT_CONFIG(accessibility)
        self.sessions_missed.setAccessibleName(QCoreApplication.translate("ChildPage", u"Sessions missed so far", None))
#endif // QT_CONFIG(accessibility)
        self.sessions_missed.setPlaceholderText(QCoreApplication.translate("ChildPage", u"half days", None))
        self.arrangementStatus.setText("")
        self.newArrangementButton.setText(QCoreApplication.translate("ChildPage", u"New arra&ngement", None))
        self.saveArrangementButton.setText(QCoreApplication.translate("ChildPage", u"S&ave arrangement", None))
        self.tabs.setTabText(self.tabs.indexOf(self.arrangementsTab), QCoreApplication.translate("ChildPage", u"Arrange&ments", None))
#if QT_CONFIG(accessibility)
        self.visitsTable.setAccessibleName(QCoreApplication.translate("ChildPage", u"Visits", None))
#endif // QT_CONFIG(accessibility)
        self.newVisitButton.setText(QCoreApplication.translate("ChildPage", u"&New visit", None))
        self.openVisitButton.setText(QCoreApplication.translate("ChildPage", u"Open visi&t", None))
        self.tabs.setTabText(self.tabs.indexOf(self.visitsTab), QCoreApplication.translate("ChildPage", u"V&isits", None))
        self.sharingIntro.setText(QCoreApplication.translate("ChildPage", u"Partners told of the current arrangement. Health (school nursing, GP or health visitor) is the partner most often left out.", None))
#if QT_CONFIG(accessibility)
        self.sharingTable.setAccessibleName(QCoreApplication.translate("ChildPage", u"Partners told of the current arrangement", None))
#endif // QT_CONFIG(accessibility)
        self.sharingStatus.setText("")
        self.acknowledgeButton.setText(QCoreApplication.translate("ChildPage", u"Mark &acknowledged", None))
        self.notifyButton.setText(QCoreApplication.translate("ChildPage", u"&Record a notification\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sharingTab), QCoreApplication.translate("ChildPage", u"Information &sharing", None))
        self.saoIntro.setText(QCoreApplication.translate("ChildPage", u"When education is not shown to be suitable: s437(1) notice (at least 15 days to respond), notice of intention naming schools, order, then prosecution or an education supervision order.", None))
        self.saoGroup.setTitle(QCoreApplication.translate("ChildPage", u"School attendance order", None))
        self.notice_served_label.setText(QCoreApplication.translate("ChildPage", u"s437(&1) notice served", None))
        self.notice_served.setPlaceholderText(QCoreApplication.translate("ChildPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.notice_served.setAccessibleName(QCoreApplication.translate("ChildPage", u"s437(1) notice served", None))
#endif // QT_CONFIG(accessibility)
        self.response_received_label.setText(QCoreApplication.translate("ChildPage", u"Parent's response received", None))
        self.response_received.setPlaceholderText(QCoreApplication.translate("ChildPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.response_received.setAccessibleName(QCoreApplication.translate("ChildPage", u"Parent's response received", None))
#endif // QT_CONFIG(accessibility)
        self.notice_of_intention_label.setText(QCoreApplication.translate("ChildPage", u"&Notice of intention", None))
        self.notice_of_intention.setPlaceholderText(QCoreApplication.translate("ChildPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.notice_of_intention.setAccessibleName(QCoreApplication.translate("ChildPage", u"Notice of intention", None))
#endif // QT_CONFIG(accessibility)
        self.schools_named_label.setText(QCoreApplication.translate("ChildPage", u"Schools named", None))
#if QT_CONFIG(accessibility)
        self.schools_named.setAccessibleName(QCoreApplication.translate("ChildPage", u"Schools named", None))
#endif // QT_CONFIG(accessibility)
        self.order_served_label.setText(QCoreApplication.translate("ChildPage", u"O&rder served", None))
        self.order_served.setPlaceholderText(QCoreApplication.translate("ChildPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.order_served.setAccessibleName(QCoreApplication.translate("ChildPage", u"Order served", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_label.setText(QCoreApplication.translate("ChildPage", u"Out&come", None))
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleName(QCoreApplication.translate("ChildPage", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_date_label.setText(QCoreApplication.translate("ChildPage", u"Outcome date", None))
        self.outcome_date.setPlaceholderText(QCoreApplication.translate("ChildPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.outcome_date.setAccessibleName(QCoreApplication.translate("ChildPage", u"Outcome date", None))
#endif // QT_CONFIG(accessibility)
        self.saoDue.setText("")
        self.saoStatus.setText("")
        self.saveSaoButton.setText(QCoreApplication.translate("ChildPage", u"Save s&teps", None))
        self.tabs.setTabText(self.tabs.indexOf(self.saoTab), QCoreApplication.translate("ChildPage", u"Attendance &order", None))
        pass
    # retranslateUi

