# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ehc_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_EhcPage(object):
    def setupUi(self, EhcPage):
        if not EhcPage.objectName():
            EhcPage.setObjectName(u"EhcPage")
        EhcPage.resize(1200, 760)
        self.outer = QVBoxLayout(EhcPage)
        self.outer.setObjectName(u"outer")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.backButton = QPushButton(EhcPage)
        self.backButton.setObjectName(u"backButton")

        self.header.addWidget(self.backButton)

        self.title = QLabel(EhcPage)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.packButton = QPushButton(EhcPage)
        self.packButton.setObjectName(u"packButton")

        self.header.addWidget(self.packButton)


        self.outer.addLayout(self.header)

        self.tabs = QTabWidget(EhcPage)
        self.tabs.setObjectName(u"tabs")
        self.viewsTab = QWidget()
        self.viewsTab.setObjectName(u"viewsTab")
        self.viewsLayout = QVBoxLayout(self.viewsTab)
        self.viewsLayout.setObjectName(u"viewsLayout")
        self.viewsTable = QTableWidget(self.viewsTab)
        self.viewsTable.setObjectName(u"viewsTable")
        self.viewsTable.setTabKeyNavigation(False)
        self.viewsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.viewsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.viewsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.viewsLayout.addWidget(self.viewsTable)

        self.viewsButtons = QHBoxLayout()
        self.viewsButtons.setObjectName(u"viewsButtons")
        self.newViewsLabel = QLabel(self.viewsTab)
        self.newViewsLabel.setObjectName(u"newViewsLabel")

        self.viewsButtons.addWidget(self.newViewsLabel)

        self.newViewsMethod = QComboBox(self.viewsTab)
        self.newViewsMethod.setObjectName(u"newViewsMethod")

        self.viewsButtons.addWidget(self.newViewsMethod)

        self.newViewsButton = QPushButton(self.viewsTab)
        self.newViewsButton.setObjectName(u"newViewsButton")

        self.viewsButtons.addWidget(self.newViewsButton)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.viewsButtons.addItem(self.vSpacer)

        self.openViewsButton = QPushButton(self.viewsTab)
        self.openViewsButton.setObjectName(u"openViewsButton")

        self.viewsButtons.addWidget(self.openViewsButton)


        self.viewsLayout.addLayout(self.viewsButtons)

        self.tabs.addTab(self.viewsTab, "")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planTabLayout = QVBoxLayout(self.planTab)
        self.planTabLayout.setObjectName(u"planTabLayout")
        self.planScroll = QScrollArea(self.planTab)
        self.planScroll.setObjectName(u"planScroll")
        self.planScroll.setFocusPolicy(Qt.NoFocus)
        self.planScroll.setWidgetResizable(True)
        self.planScroll.setFrameShape(QFrame.NoFrame)
        self.planBody = QWidget()
        self.planBody.setObjectName(u"planBody")
        self.planColumns = QHBoxLayout(self.planBody)
        self.planColumns.setObjectName(u"planColumns")
        self.planLeft = QVBoxLayout()
        self.planLeft.setObjectName(u"planLeft")
        self.datesGroup = QGroupBox(self.planBody)
        self.datesGroup.setObjectName(u"datesGroup")
        self.planForm = QFormLayout(self.datesGroup)
        self.planForm.setObjectName(u"planForm")
        self.planForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.requested_date_label = QLabel(self.datesGroup)
        self.requested_date_label.setObjectName(u"requested_date_label")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requested_date_label)

        self.requested_date = QLineEdit(self.datesGroup)
        self.requested_date.setObjectName(u"requested_date")
        self.requested_date.setMaximumSize(QSize(140, 16777215))

        self.planForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requested_date)

        self.decision_date_label = QLabel(self.datesGroup)
        self.decision_date_label.setObjectName(u"decision_date_label")

        self.planForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decision_date_label)

        self.decision_date = QLineEdit(self.datesGroup)
        self.decision_date.setObjectName(u"decision_date")
        self.decision_date.setMaximumSize(QSize(140, 16777215))

        self.planForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decision_date)

        self.draft_date_label = QLabel(self.datesGroup)
        self.draft_date_label.setObjectName(u"draft_date_label")

        self.planForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.draft_date_label)

        self.draft_date = QLineEdit(self.datesGroup)
        self.draft_date.setObjectName(u"draft_date")
        self.draft_date.setMaximumSize(QSize(140, 16777215))

        self.planForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.draft_date)

        self.final_date_label = QLabel(self.datesGroup)
        self.final_date_label.setObjectName(u"final_date_label")

        self.planForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.final_date_label)

        self.final_date = QLineEdit(self.datesGroup)
        self.final_date.setObjectName(u"final_date")
        self.final_date.setMaximumSize(QSize(140, 16777215))

        self.planForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.final_date)

        self.last_review_date_label = QLabel(self.datesGroup)
        self.last_review_date_label.setObjectName(u"last_review_date_label")

        self.planForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.last_review_date_label)

        self.last_review_date = QLineEdit(self.datesGroup)
        self.last_review_date.setObjectName(u"last_review_date")
        self.last_review_date.setMaximumSize(QSize(140, 16777215))

        self.planForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.last_review_date)

        self.agreed_to_assess_label = QLabel(self.datesGroup)
        self.agreed_to_assess_label.setObjectName(u"agreed_to_assess_label")

        self.planForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.agreed_to_assess_label)

        self.agreed_to_assess = QComboBox(self.datesGroup)
        self.agreed_to_assess.setObjectName(u"agreed_to_assess")

        self.planForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.agreed_to_assess)

        self.draft_served_label = QLabel(self.datesGroup)
        self.draft_served_label.setObjectName(u"draft_served_label")

        self.planForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.draft_served_label)

        self.draft_served = QLineEdit(self.datesGroup)
        self.draft_served.setObjectName(u"draft_served")
        self.draft_served.setMaximumSize(QSize(140, 16777215))

        self.planForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.draft_served)

        self.transfer_label = QLabel(self.datesGroup)
        self.transfer_label.setObjectName(u"transfer_label")

        self.planForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.transfer_label)

        self.transfer = QComboBox(self.datesGroup)
        self.transfer.setObjectName(u"transfer")

        self.planForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.transfer)

        self.transfer_plan_amended_label = QLabel(self.datesGroup)
        self.transfer_plan_amended_label.setObjectName(u"transfer_plan_amended_label")

        self.planForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.transfer_plan_amended_label)

        self.transfer_plan_amended = QLineEdit(self.datesGroup)
        self.transfer_plan_amended.setObjectName(u"transfer_plan_amended")
        self.transfer_plan_amended.setMaximumSize(QSize(140, 16777215))

        self.planForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.transfer_plan_amended)


        self.planLeft.addWidget(self.datesGroup)

        self.planDeadlines = QLabel(self.planBody)
        self.planDeadlines.setObjectName(u"planDeadlines")
        self.planDeadlines.setWordWrap(True)

        self.planLeft.addWidget(self.planDeadlines)

        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.planStatus = QLabel(self.planBody)
        self.planStatus.setObjectName(u"planStatus")

        self.planButtons.addWidget(self.planStatus)

        self.planSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planSpacer)

        self.savePlanButton = QPushButton(self.planBody)
        self.savePlanButton.setObjectName(u"savePlanButton")

        self.planButtons.addWidget(self.savePlanButton)


        self.planLeft.addLayout(self.planButtons)

        self.planLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.planLeft.addItem(self.planLeftSpacer)


        self.planColumns.addLayout(self.planLeft)

        self.sectionsGroup = QGroupBox(self.planBody)
        self.sectionsGroup.setObjectName(u"sectionsGroup")
        self.sectionsForm = QFormLayout(self.sectionsGroup)
        self.sectionsForm.setObjectName(u"sectionsForm")
        self.sectionsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.section_a_label = QLabel(self.sectionsGroup)
        self.section_a_label.setObjectName(u"section_a_label")

        self.sectionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.section_a_label)

        self.section_a = QLineEdit(self.sectionsGroup)
        self.section_a.setObjectName(u"section_a")

        self.sectionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.section_a)

        self.section_b_label = QLabel(self.sectionsGroup)
        self.section_b_label.setObjectName(u"section_b_label")

        self.sectionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.section_b_label)

        self.section_b = QLineEdit(self.sectionsGroup)
        self.section_b.setObjectName(u"section_b")

        self.sectionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.section_b)

        self.section_c_label = QLabel(self.sectionsGroup)
        self.section_c_label.setObjectName(u"section_c_label")

        self.sectionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.section_c_label)

        self.section_c = QLineEdit(self.sectionsGroup)
        self.section_c.setObjectName(u"section_c")

        self.sectionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.section_c)

        self.section_d_label = QLabel(self.sectionsGroup)
        self.section_d_label.setObjectName(u"section_d_label")

        self.sectionsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.section_d_label)

        self.section_d = QLineEdit(self.sectionsGroup)
        self.section_d.setObjectName(u"section_d")

        self.sectionsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.section_d)

        self.section_e_label = QLabel(self.sectionsGroup)
        self.section_e_label.setObjectName(u"section_e_label")

        self.sectionsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.section_e_label)

        self.section_e = QLineEdit(self.sectionsGroup)
        self.section_e.setObjectName(u"section_e")

        self.sectionsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.section_e)

        self.section_f_label = QLabel(self.sectionsGroup)
        self.section_f_label.setObjectName(u"section_f_label")

        self.sectionsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.section_f_label)

        self.section_f = QLineEdit(self.sectionsGroup)
        self.section_f.setObjectName(u"section_f")

        self.sectionsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.section_f)

        self.section_g_label = QLabel(self.sectionsGroup)
        self.section_g_label.setObjectName(u"section_g_label")

        self.sectionsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.section_g_label)

        self.section_g = QLineEdit(self.sectionsGroup)
        self.section_g.setObjectName(u"section_g")

        self.sectionsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.section_g)

        self.section_h1_label = QLabel(self.sectionsGroup)
        self.section_h1_label.setObjectName(u"section_h1_label")

        self.sectionsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.section_h1_label)

        self.section_h1 = QLineEdit(self.sectionsGroup)
        self.section_h1.setObjectName(u"section_h1")

        self.sectionsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.section_h1)

        self.section_h2_label = QLabel(self.sectionsGroup)
        self.section_h2_label.setObjectName(u"section_h2_label")

        self.sectionsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.section_h2_label)

        self.section_h2 = QLineEdit(self.sectionsGroup)
        self.section_h2.setObjectName(u"section_h2")

        self.sectionsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.section_h2)

        self.section_i_label = QLabel(self.sectionsGroup)
        self.section_i_label.setObjectName(u"section_i_label")

        self.sectionsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.section_i_label)

        self.section_i = QLineEdit(self.sectionsGroup)
        self.section_i.setObjectName(u"section_i")

        self.sectionsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.section_i)

        self.section_j_label = QLabel(self.sectionsGroup)
        self.section_j_label.setObjectName(u"section_j_label")

        self.sectionsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.section_j_label)

        self.section_j = QLineEdit(self.sectionsGroup)
        self.section_j.setObjectName(u"section_j")

        self.sectionsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.section_j)

        self.section_k_label = QLabel(self.sectionsGroup)
        self.section_k_label.setObjectName(u"section_k_label")

        self.sectionsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.section_k_label)

        self.section_k = QLineEdit(self.sectionsGroup)
        self.section_k.setObjectName(u"section_k")

        self.sectionsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.section_k)


        self.planColumns.addWidget(self.sectionsGroup)

        self.planScroll.setWidget(self.planBody)

        self.planTabLayout.addWidget(self.planScroll)

        self.tabs.addTab(self.planTab, "")
        self.outcomesTab = QWidget()
        self.outcomesTab.setObjectName(u"outcomesTab")
        self.outcomesColumns = QHBoxLayout(self.outcomesTab)
        self.outcomesColumns.setObjectName(u"outcomesColumns")
        self.outcomesLeft = QVBoxLayout()
        self.outcomesLeft.setObjectName(u"outcomesLeft")
        self.outcomesTable = QTableWidget(self.outcomesTab)
        self.outcomesTable.setObjectName(u"outcomesTable")
        self.outcomesTable.setTabKeyNavigation(False)
        self.outcomesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.outcomesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.outcomesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.outcomesLeft.addWidget(self.outcomesTable)

        self.outcomeGroup = QGroupBox(self.outcomesTab)
        self.outcomeGroup.setObjectName(u"outcomeGroup")
        self.outcomeGroupLayout = QVBoxLayout(self.outcomeGroup)
        self.outcomeGroupLayout.setObjectName(u"outcomeGroupLayout")
        self.outcomeForm = QFormLayout()
        self.outcomeForm.setObjectName(u"outcomeForm")
        self.outcomeForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.text_label = QLabel(self.outcomeGroup)
        self.text_label.setObjectName(u"text_label")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text = QPlainTextEdit(self.outcomeGroup)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumSize(QSize(0, 60))
        self.text.setMaximumSize(QSize(16777215, 110))

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text)

        self.provision_label = QLabel(self.outcomeGroup)
        self.provision_label.setObjectName(u"provision_label")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provision_label)

        self.provision = QLineEdit(self.outcomeGroup)
        self.provision.setObjectName(u"provision")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.provision)

        self.target_date_label = QLabel(self.outcomeGroup)
        self.target_date_label.setObjectName(u"target_date_label")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.target_date_label)

        self.target_date = QLineEdit(self.outcomeGroup)
        self.target_date.setObjectName(u"target_date")
        self.target_date.setMaximumSize(QSize(140, 16777215))

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target_date)


        self.outcomeGroupLayout.addLayout(self.outcomeForm)

        self.outcomeButtons = QHBoxLayout()
        self.outcomeButtons.setObjectName(u"outcomeButtons")
        self.outcomeStatus = QLabel(self.outcomeGroup)
        self.outcomeStatus.setObjectName(u"outcomeStatus")

        self.outcomeButtons.addWidget(self.outcomeStatus)

        self.oSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcomeButtons.addItem(self.oSpacer)

        self.newOutcomeButton = QPushButton(self.outcomeGroup)
        self.newOutcomeButton.setObjectName(u"newOutcomeButton")

        self.outcomeButtons.addWidget(self.newOutcomeButton)

        self.saveOutcomeButton = QPushButton(self.outcomeGroup)
        self.saveOutcomeButton.setObjectName(u"saveOutcomeButton")

        self.outcomeButtons.addWidget(self.saveOutcomeButton)


        self.outcomeGroupLayout.addLayout(self.outcomeButtons)


        self.outcomesLeft.addWidget(self.outcomeGroup)


        self.outcomesColumns.addLayout(self.outcomesLeft)

        self.outcomesRight = QVBoxLayout()
        self.outcomesRight.setObjectName(u"outcomesRight")
        self.progressTitle = QLabel(self.outcomesTab)
        self.progressTitle.setObjectName(u"progressTitle")

        self.outcomesRight.addWidget(self.progressTitle)

        self.progressTable = QTableWidget(self.outcomesTab)
        self.progressTable.setObjectName(u"progressTable")
        self.progressTable.setTabKeyNavigation(False)
        self.progressTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.progressTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.progressTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.outcomesRight.addWidget(self.progressTable)

        self.progressGroup = QGroupBox(self.outcomesTab)
        self.progressGroup.setObjectName(u"progressGroup")
        self.progressGroupLayout = QVBoxLayout(self.progressGroup)
        self.progressGroupLayout.setObjectName(u"progressGroupLayout")
        self.progressForm = QFormLayout()
        self.progressForm.setObjectName(u"progressForm")
        self.progressForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.recorded_on_label = QLabel(self.progressGroup)
        self.recorded_on_label.setObjectName(u"recorded_on_label")

        self.progressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recorded_on_label)

        self.recorded_on = QLineEdit(self.progressGroup)
        self.recorded_on.setObjectName(u"recorded_on")
        self.recorded_on.setMaximumSize(QSize(140, 16777215))

        self.progressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recorded_on)

        self.rating_label = QLabel(self.progressGroup)
        self.rating_label.setObjectName(u"rating_label")

        self.progressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rating_label)

        self.rating = QComboBox(self.progressGroup)
        self.rating.setObjectName(u"rating")

        self.progressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rating)

        self.note_label = QLabel(self.progressGroup)
        self.note_label.setObjectName(u"note_label")

        self.progressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(self.progressGroup)
        self.note.setObjectName(u"note")

        self.progressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.progressGroupLayout.addLayout(self.progressForm)

        self.progressButtons = QHBoxLayout()
        self.progressButtons.setObjectName(u"progressButtons")
        self.progressStatus = QLabel(self.progressGroup)
        self.progressStatus.setObjectName(u"progressStatus")

        self.progressButtons.addWidget(self.progressStatus)

        self.pSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progressButtons.addItem(self.pSpacer)

        self.addProgressButton = QPushButton(self.progressGroup)
        self.addProgressButton.setObjectName(u"addProgressButton")

        self.progressButtons.addWidget(self.addProgressButton)


        self.progressGroupLayout.addLayout(self.progressButtons)


        self.outcomesRight.addWidget(self.progressGroup)


        self.outcomesColumns.addLayout(self.outcomesRight)

        self.tabs.addTab(self.outcomesTab, "")
        self.reviewTab = QWidget()
        self.reviewTab.setObjectName(u"reviewTab")
        self.reviewColumns = QHBoxLayout(self.reviewTab)
        self.reviewColumns.setObjectName(u"reviewColumns")
        self.reviewLeft = QVBoxLayout()
        self.reviewLeft.setObjectName(u"reviewLeft")
        self.reviewDue = QLabel(self.reviewTab)
        self.reviewDue.setObjectName(u"reviewDue")
        self.reviewDue.setWordWrap(True)

        self.reviewLeft.addWidget(self.reviewDue)

        self.reviewGroup = QGroupBox(self.reviewTab)
        self.reviewGroup.setObjectName(u"reviewGroup")
        self.reviewForm = QFormLayout(self.reviewGroup)
        self.reviewForm.setObjectName(u"reviewForm")
        self.reviewForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.review_meeting_date_label = QLabel(self.reviewGroup)
        self.review_meeting_date_label.setObjectName(u"review_meeting_date_label")

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.review_meeting_date_label)

        self.review_meeting_date = QLineEdit(self.reviewGroup)
        self.review_meeting_date.setObjectName(u"review_meeting_date")
        self.review_meeting_date.setMaximumSize(QSize(140, 16777215))

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.review_meeting_date)

        self.review_invitations_sent_label = QLabel(self.reviewGroup)
        self.review_invitations_sent_label.setObjectName(u"review_invitations_sent_label")

        self.reviewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.review_invitations_sent_label)

        self.review_invitations_sent = QLineEdit(self.reviewGroup)
        self.review_invitations_sent.setObjectName(u"review_invitations_sent")
        self.review_invitations_sent.setMaximumSize(QSize(140, 16777215))

        self.reviewForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.review_invitations_sent)

        self.review_advice_requested_label = QLabel(self.reviewGroup)
        self.review_advice_requested_label.setObjectName(u"review_advice_requested_label")

        self.reviewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.review_advice_requested_label)

        self.review_advice_requested = QLineEdit(self.reviewGroup)
        self.review_advice_requested.setObjectName(u"review_advice_requested")
        self.review_advice_requested.setMaximumSize(QSize(140, 16777215))

        self.reviewForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.review_advice_requested)

        self.review_advice_circulated_label = QLabel(self.reviewGroup)
        self.review_advice_circulated_label.setObjectName(u"review_advice_circulated_label")

        self.reviewForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.review_advice_circulated_label)

        self.review_advice_circulated = QLineEdit(self.reviewGroup)
        self.review_advice_circulated.setObjectName(u"review_advice_circulated")
        self.review_advice_circulated.setMaximumSize(QSize(140, 16777215))

        self.reviewForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.review_advice_circulated)

        self.review_report_sent_label = QLabel(self.reviewGroup)
        self.review_report_sent_label.setObjectName(u"review_report_sent_label")

        self.reviewForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.review_report_sent_label)

        self.review_report_sent = QLineEdit(self.reviewGroup)
        self.review_report_sent.setObjectName(u"review_report_sent")
        self.review_report_sent.setMaximumSize(QSize(140, 16777215))

        self.reviewForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.review_report_sent)

        self.review_decision_date_label = QLabel(self.reviewGroup)
        self.review_decision_date_label.setObjectName(u"review_decision_date_label")

        self.reviewForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.review_decision_date_label)

        self.review_decision_date = QLineEdit(self.reviewGroup)
        self.review_decision_date.setObjectName(u"review_decision_date")
        self.review_decision_date.setMaximumSize(QSize(140, 16777215))

        self.reviewForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.review_decision_date)

        self.review_decision_label = QLabel(self.reviewGroup)
        self.review_decision_label.setObjectName(u"review_decision_label")

        self.reviewForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.review_decision_label)

        self.review_decision = QComboBox(self.reviewGroup)
        self.review_decision.setObjectName(u"review_decision")

        self.reviewForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.review_decision)

        self.review_amendments_proposed_label = QLabel(self.reviewGroup)
        self.review_amendments_proposed_label.setObjectName(u"review_amendments_proposed_label")

        self.reviewForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.review_amendments_proposed_label)

        self.review_amendments_proposed = QLineEdit(self.reviewGroup)
        self.review_amendments_proposed.setObjectName(u"review_amendments_proposed")
        self.review_amendments_proposed.setMaximumSize(QSize(140, 16777215))

        self.reviewForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.review_amendments_proposed)

        self.review_amended_plan_issued_label = QLabel(self.reviewGroup)
        self.review_amended_plan_issued_label.setObjectName(u"review_amended_plan_issued_label")

        self.reviewForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.review_amended_plan_issued_label)

        self.review_amended_plan_issued = QLineEdit(self.reviewGroup)
        self.review_amended_plan_issued.setObjectName(u"review_amended_plan_issued")
        self.review_amended_plan_issued.setMaximumSize(QSize(140, 16777215))

        self.reviewForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.review_amended_plan_issued)


        self.reviewLeft.addWidget(self.reviewGroup)

        self.reviewButtons = QHBoxLayout()
        self.reviewButtons.setObjectName(u"reviewButtons")
        self.reviewStatus = QLabel(self.reviewTab)
        self.reviewStatus.setObjectName(u"reviewStatus")

        self.reviewButtons.addWidget(self.reviewStatus)

        self.rSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewButtons.addItem(self.rSpacer)

        self.meetingButton = QPushButton(self.reviewTab)
        self.meetingButton.setObjectName(u"meetingButton")

        self.reviewButtons.addWidget(self.meetingButton)

        self.newReviewButton = QPushButton(self.reviewTab)
        self.newReviewButton.setObjectName(u"newReviewButton")

        self.reviewButtons.addWidget(self.newReviewButton)

        self.saveReviewButton = QPushButton(self.reviewTab)
        self.saveReviewButton.setObjectName(u"saveReviewButton")

        self.reviewButtons.addWidget(self.saveReviewButton)


        self.reviewLeft.addLayout(self.reviewButtons)

        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reviewLeft.addItem(self.reviewSpacer)


        self.reviewColumns.addLayout(self.reviewLeft)

        self.reviewRight = QVBoxLayout()
        self.reviewRight.setObjectName(u"reviewRight")
        self.deadlinesTitle = QLabel(self.reviewTab)
        self.deadlinesTitle.setObjectName(u"deadlinesTitle")

        self.reviewRight.addWidget(self.deadlinesTitle)

        self.deadlinesTable = QTableWidget(self.reviewTab)
        self.deadlinesTable.setObjectName(u"deadlinesTable")
        self.deadlinesTable.setTabKeyNavigation(False)
        self.deadlinesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.deadlinesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.deadlinesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.reviewRight.addWidget(self.deadlinesTable)


        self.reviewColumns.addLayout(self.reviewRight)

        self.tabs.addTab(self.reviewTab, "")

        self.outer.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.requested_date_label.setBuddy(self.requested_date)
        self.decision_date_label.setBuddy(self.decision_date)
        self.draft_date_label.setBuddy(self.draft_date)
        self.final_date_label.setBuddy(self.final_date)
        self.last_review_date_label.setBuddy(self.last_review_date)
        self.agreed_to_assess_label.setBuddy(self.agreed_to_assess)
        self.draft_served_label.setBuddy(self.draft_served)
        self.transfer_label.setBuddy(self.transfer)
        self.transfer_plan_amended_label.setBuddy(self.transfer_plan_amended)
        self.section_a_label.setBuddy(self.section_a)
        self.section_b_label.setBuddy(self.section_b)
        self.section_c_label.setBuddy(self.section_c)
        self.section_d_label.setBuddy(self.section_d)
        self.section_e_label.setBuddy(self.section_e)
        self.section_f_label.setBuddy(self.section_f)
        self.section_g_label.setBuddy(self.section_g)
        self.section_h1_label.setBuddy(self.section_h1)
        self.section_h2_label.setBuddy(self.section_h2)
        self.section_i_label.setBuddy(self.section_i)
        self.section_j_label.setBuddy(self.section_j)
        self.section_k_label.setBuddy(self.section_k)
        self.text_label.setBuddy(self.text)
        self.provision_label.setBuddy(self.provision)
        self.target_date_label.setBuddy(self.target_date)
        self.recorded_on_label.setBuddy(self.recorded_on)
        self.rating_label.setBuddy(self.rating)
        self.note_label.setBuddy(self.note)
        self.review_meeting_date_label.setBuddy(self.review_meeting_date)
        self.review_invitations_sent_label.setBuddy(self.review_invitations_sent)
        self.review_advice_requested_label.setBuddy(self.review_advice_requested)
        self.review_advice_circulated_label.setBuddy(self.review_advice_circulated)
        self.review_report_sent_label.setBuddy(self.review_report_sent)
        self.review_decision_date_label.setBuddy(self.review_decision_date)
        self.review_decision_label.setBuddy(self.review_decision)
        self.review_amendments_proposed_label.setBuddy(self.review_amendments_proposed)
        self.review_amended_plan_issued_label.setBuddy(self.review_amended_plan_issued)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EhcPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EhcPage)
    # setupUi

    def retranslateUi(self, EhcPage):
        self.backButton.setText(QCoreApplication.translate("EhcPage", u"\u2190 Child", None))
        self.title.setText(QCoreApplication.translate("EhcPage", u"EHC plan and views", None))
        self.packButton.setText(QCoreApplication.translate("EhcPage", u"Review &pack\u2026", None))
#if QT_CONFIG(accessibility)
        self.viewsTable.setAccessibleName(QCoreApplication.translate("EhcPage", u"Views records", None))
#endif // QT_CONFIG(accessibility)
        self.newViewsLabel.setText(QCoreApplication.translate("EhcPage", u"New views with", None))
#if QT_CONFIG(accessibility)
        self.newViewsMethod.setAccessibleName(QCoreApplication.translate("EhcPage", u"Method for new views", None))
#endif // QT_CONFIG(accessibility)
        self.newViewsButton.setText(QCoreApplication.translate("EhcPage", u"Ne&w views", None))
        self.openViewsButton.setText(QCoreApplication.translate("EhcPage", u"Ope&n", None))
        self.tabs.setTabText(self.tabs.indexOf(self.viewsTab), QCoreApplication.translate("EhcPage", u"Child'&s views", None))
        self.datesGroup.setTitle(QCoreApplication.translate("EhcPage", u"Dates", None))
        self.requested_date_label.setText(QCoreApplication.translate("EhcPage", u"Assess&ment requested", None))
        self.requested_date.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.requested_date.setAccessibleName(QCoreApplication.translate("EhcPage", u"Assessment requested", None))
#endif // QT_CONFIG(accessibility)
        self.decision_date_label.setText(QCoreApplication.translate("EhcPage", u"Decision to assess", None))
        self.decision_date.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.decision_date.setAccessibleName(QCoreApplication.translate("EhcPage", u"Decision to assess", None))
#endif // QT_CONFIG(accessibility)
        self.draft_date_label.setText(QCoreApplication.translate("EhcPage", u"Draft plan &issued", None))
        self.draft_date.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.draft_date.setAccessibleName(QCoreApplication.translate("EhcPage", u"Draft plan issued", None))
#endif // QT_CONFIG(accessibility)
        self.final_date_label.setText(QCoreApplication.translate("EhcPage", u"Final plan iss&ued", None))
        self.final_date.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.final_date.setAccessibleName(QCoreApplication.translate("EhcPage", u"Final plan issued", None))
#endif // QT_CONFIG(accessibility)
        self.last_review_date_label.setText(QCoreApplication.translate("EhcPage", u"Last annual revie&w", None))
        self.last_review_date.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.last_review_date.setAccessibleName(QCoreApplication.translate("EhcPage", u"Last annual review", None))
#endif // QT_CONFIG(accessibility)
        self.agreed_to_assess_label.setText(QCoreApplication.translate("EhcPage", u"A&greed to assess", None))
#if QT_CONFIG(accessibility)
        self.agreed_to_assess.setAccessibleName(QCoreApplication.translate("EhcPage", u"Agreed to assess", None))
#endif // QT_CONFIG(accessibility)
        self.draft_served_label.setText(QCoreApplication.translate("EhcPage", u"&Draft plan served", None))
        self.draft_served.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.draft_served.setAccessibleName(QCoreApplication.translate("EhcPage", u"Draft plan served on the parent", None))
#endif // QT_CONFIG(accessibility)
        self.transfer_label.setText(QCoreApplication.translate("EhcPage", u"Phase tra&nsfer", None))
#if QT_CONFIG(accessibility)
        self.transfer.setAccessibleName(QCoreApplication.translate("EhcPage", u"Phase transfer", None))
#endif // QT_CONFIG(accessibility)
        self.transfer_plan_amended_label.setText(QCoreApplication.translate("EhcPage", u"P&lan naming next school", None))
        self.transfer_plan_amended.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.transfer_plan_amended.setAccessibleName(QCoreApplication.translate("EhcPage", u"Amended plan naming the next school issued", None))
#endif // QT_CONFIG(accessibility)
        self.planDeadlines.setText("")
        self.planStatus.setText("")
        self.savePlanButton.setText(QCoreApplication.translate("EhcPage", u"S&ave plan", None))
        self.sectionsGroup.setTitle(QCoreApplication.translate("EhcPage", u"Sections A\u2013K (short summaries)", None))
        self.section_a_label.setText(QCoreApplication.translate("EhcPage", u"Section A", None))
#if QT_CONFIG(accessibility)
        self.section_a.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section A", None))
#endif // QT_CONFIG(accessibility)
        self.section_b_label.setText(QCoreApplication.translate("EhcPage", u"Section B", None))
#if QT_CONFIG(accessibility)
        self.section_b.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section B", None))
#endif // QT_CONFIG(accessibility)
        self.section_c_label.setText(QCoreApplication.translate("EhcPage", u"Section C", None))
#if QT_CONFIG(accessibility)
        self.section_c.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section C", None))
#endif // QT_CONFIG(accessibility)
        self.section_d_label.setText(QCoreApplication.translate("EhcPage", u"Section D", None))
#if QT_CONFIG(accessibility)
        self.section_d.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section D", None))
#endif // QT_CONFIG(accessibility)
        self.section_e_label.setText(QCoreApplication.translate("EhcPage", u"Section E", None))
#if QT_CONFIG(accessibility)
        self.section_e.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section E", None))
#endif // QT_CONFIG(accessibility)
        self.section_f_label.setText(QCoreApplication.translate("EhcPage", u"Section F", None))
#if QT_CONFIG(accessibility)
        self.section_f.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section F", None))
#endif // QT_CONFIG(accessibility)
        self.section_g_label.setText(QCoreApplication.translate("EhcPage", u"Section G", None))
#if QT_CONFIG(accessibility)
        self.section_g.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section G", None))
#endif // QT_CONFIG(accessibility)
        self.section_h1_label.setText(QCoreApplication.translate("EhcPage", u"Section H1", None))
#if QT_CONFIG(accessibility)
        self.section_h1.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section H1", None))
#endif // QT_CONFIG(accessibility)
        self.section_h2_label.setText(QCoreApplication.translate("EhcPage", u"Section H2", None))
#if QT_CONFIG(accessibility)
        self.section_h2.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section H2", None))
#endif // QT_CONFIG(accessibility)
        self.section_i_label.setText(QCoreApplication.translate("EhcPage", u"Section I", None))
#if QT_CONFIG(accessibility)
        self.section_i.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section I", None))
#endif // QT_CONFIG(accessibility)
        self.section_j_label.setText(QCoreApplication.translate("EhcPage", u"Section J", None))
#if QT_CONFIG(accessibility)
        self.section_j.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section J", None))
#endif // QT_CONFIG(accessibility)
        self.section_k_label.setText(QCoreApplication.translate("EhcPage", u"Section K", None))
#if QT_CONFIG(accessibility)
        self.section_k.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section K", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("EhcPage", u"E&HC plan", None))
#if QT_CONFIG(accessibility)
        self.outcomesTable.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section E outcomes", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeGroup.setTitle(QCoreApplication.translate("EhcPage", u"Outcome", None))
        self.text_label.setText(QCoreApplication.translate("EhcPage", u"Outco&me", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("EhcPage", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.provision_label.setText(QCoreApplication.translate("EhcPage", u"Sect&ion F provision", None))
#if QT_CONFIG(accessibility)
        self.provision.setAccessibleName(QCoreApplication.translate("EhcPage", u"Section F provision", None))
#endif // QT_CONFIG(accessibility)
        self.target_date_label.setText(QCoreApplication.translate("EhcPage", u"T&arget date", None))
        self.target_date.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.target_date.setAccessibleName(QCoreApplication.translate("EhcPage", u"Target date", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeStatus.setText("")
        self.newOutcomeButton.setText(QCoreApplication.translate("EhcPage", u"&New outcome", None))
        self.saveOutcomeButton.setText(QCoreApplication.translate("EhcPage", u"Save o&utcome", None))
        self.progressTitle.setText(QCoreApplication.translate("EhcPage", u"Progress", None))
#if QT_CONFIG(accessibility)
        self.progressTable.setAccessibleName(QCoreApplication.translate("EhcPage", u"Progress against the selected outcome", None))
#endif // QT_CONFIG(accessibility)
        self.progressGroup.setTitle(QCoreApplication.translate("EhcPage", u"Record progress", None))
        self.recorded_on_label.setText(QCoreApplication.translate("EhcPage", u"&Date", None))
        self.recorded_on.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.recorded_on.setAccessibleName(QCoreApplication.translate("EhcPage", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.rating_label.setText(QCoreApplication.translate("EhcPage", u"Pro&gress", None))
#if QT_CONFIG(accessibility)
        self.rating.setAccessibleName(QCoreApplication.translate("EhcPage", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("EhcPage", u"&What was seen", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("EhcPage", u"What was seen", None))
#endif // QT_CONFIG(accessibility)
        self.progressStatus.setText("")
        self.addProgressButton.setText(QCoreApplication.translate("EhcPage", u"Add progress", None))
        self.tabs.setTabText(self.tabs.indexOf(self.outcomesTab), QCoreApplication.translate("EhcPage", u"&Outcomes", None))
        self.reviewDue.setText("")
        self.reviewGroup.setTitle(QCoreApplication.translate("EhcPage", u"This review", None))
        self.review_meeting_date_label.setText(QCoreApplication.translate("EhcPage", u"Meetin&g date", None))
        self.review_meeting_date.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_meeting_date.setAccessibleName(QCoreApplication.translate("EhcPage", u"Meeting date", None))
#endif // QT_CONFIG(accessibility)
        self.review_invitations_sent_label.setText(QCoreApplication.translate("EhcPage", u"Invit&ations sent", None))
        self.review_invitations_sent.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_invitations_sent.setAccessibleName(QCoreApplication.translate("EhcPage", u"Invitations sent", None))
#endif // QT_CONFIG(accessibility)
        self.review_advice_requested_label.setText(QCoreApplication.translate("EhcPage", u"Advice re&quested", None))
        self.review_advice_requested.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_advice_requested.setAccessibleName(QCoreApplication.translate("EhcPage", u"Advice requested", None))
#endif // QT_CONFIG(accessibility)
        self.review_advice_circulated_label.setText(QCoreApplication.translate("EhcPage", u"Advice circ&ulated", None))
        self.review_advice_circulated.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_advice_circulated.setAccessibleName(QCoreApplication.translate("EhcPage", u"Advice circulated", None))
#endif // QT_CONFIG(accessibility)
        self.review_report_sent_label.setText(QCoreApplication.translate("EhcPage", u"Report se&nt", None))
        self.review_report_sent.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_report_sent.setAccessibleName(QCoreApplication.translate("EhcPage", u"Report sent", None))
#endif // QT_CONFIG(accessibility)
        self.review_decision_date_label.setText(QCoreApplication.translate("EhcPage", u"Dec&ision date", None))
        self.review_decision_date.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_decision_date.setAccessibleName(QCoreApplication.translate("EhcPage", u"Decision date", None))
#endif // QT_CONFIG(accessibility)
        self.review_decision_label.setText(QCoreApplication.translate("EhcPage", u"&Decision", None))
#if QT_CONFIG(accessibility)
        self.review_decision.setAccessibleName(QCoreApplication.translate("EhcPage", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.review_amendments_proposed_label.setText(QCoreApplication.translate("EhcPage", u"Amendments proposed", None))
        self.review_amendments_proposed.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_amendments_proposed.setAccessibleName(QCoreApplication.translate("EhcPage", u"Amendments proposed", None))
#endif // QT_CONFIG(accessibility)
        self.review_amended_plan_issued_label.setText(QCoreApplication.translate("EhcPage", u"Amended plan issued", None))
        self.review_amended_plan_issued.setPlaceholderText(QCoreApplication.translate("EhcPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_amended_plan_issued.setAccessibleName(QCoreApplication.translate("EhcPage", u"Amended plan issued", None))
#endif // QT_CONFIG(accessibility)
        self.reviewStatus.setText("")
        self.meetingButton.setText(QCoreApplication.translate("EhcPage", u"Review &meeting\u2026", None))
#if QT_CONFIG(tooltip)
        self.meetingButton.setToolTip(QCoreApplication.translate("EhcPage", u"Who was invited and came, advice received, the recommendation", None))
#endif // QT_CONFIG(tooltip)
        self.newReviewButton.setText(QCoreApplication.translate("EhcPage", u"Start a new review c&ycle", None))
        self.saveReviewButton.setText(QCoreApplication.translate("EhcPage", u"Save revie&w", None))
        self.deadlinesTitle.setText(QCoreApplication.translate("EhcPage", u"Deadlines", None))
#if QT_CONFIG(accessibility)
        self.deadlinesTable.setAccessibleName(QCoreApplication.translate("EhcPage", u"Deadlines with days left or overdue", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.reviewTab), QCoreApplication.translate("EhcPage", u"Annual &review", None))
        pass
    # retranslateUi

