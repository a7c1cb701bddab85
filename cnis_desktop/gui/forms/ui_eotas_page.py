# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'eotas_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_EotasPage(object):
    def setupUi(self, EotasPage):
        if not EotasPage.objectName():
            EotasPage.setObjectName(u"EotasPage")
        EotasPage.resize(1200, 760)
        self.outer = QVBoxLayout(EotasPage)
        self.outer.setObjectName(u"outer")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.backButton = QPushButton(EotasPage)
        self.backButton.setObjectName(u"backButton")

        self.header.addWidget(self.backButton)

        self.title = QLabel(EotasPage)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.saveStatus = QLabel(EotasPage)
        self.saveStatus.setObjectName(u"saveStatus")

        self.header.addWidget(self.saveStatus)


        self.outer.addLayout(self.header)

        self.tabs = QTabWidget(EotasPage)
        self.tabs.setObjectName(u"tabs")
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logLayout = QVBoxLayout(self.logTab)
        self.logLayout.setObjectName(u"logLayout")
        self.weekBar = QHBoxLayout()
        self.weekBar.setObjectName(u"weekBar")
        self.prevWeekButton = QPushButton(self.logTab)
        self.prevWeekButton.setObjectName(u"prevWeekButton")

        self.weekBar.addWidget(self.prevWeekButton)

        self.weekLabel = QLabel(self.logTab)
        self.weekLabel.setObjectName(u"weekLabel")

        self.weekBar.addWidget(self.weekLabel)

        self.nextWeekButton = QPushButton(self.logTab)
        self.nextWeekButton.setObjectName(u"nextWeekButton")

        self.weekBar.addWidget(self.nextWeekButton)

        self.thisWeekButton = QPushButton(self.logTab)
        self.thisWeekButton.setObjectName(u"thisWeekButton")

        self.weekBar.addWidget(self.thisWeekButton)

        self.weekSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekBar.addItem(self.weekSpacer)

        self.weekState = QLabel(self.logTab)
        self.weekState.setObjectName(u"weekState")

        self.weekBar.addWidget(self.weekState)

        self.closeWeekButton = QPushButton(self.logTab)
        self.closeWeekButton.setObjectName(u"closeWeekButton")

        self.weekBar.addWidget(self.closeWeekButton)


        self.logLayout.addLayout(self.weekBar)

        self.legend = QLabel(self.logTab)
        self.legend.setObjectName(u"legend")
        self.legend.setWordWrap(True)

        self.logLayout.addWidget(self.legend)

        self.grid = QTableWidget(self.logTab)
        self.grid.setObjectName(u"grid")
        self.grid.setTabKeyNavigation(False)
        self.grid.setSelectionMode(QAbstractItemView.SingleSelection)
        self.grid.setMinimumSize(QSize(0, 120))

        self.logLayout.addWidget(self.grid)

        self.weekTotals = QLabel(self.logTab)
        self.weekTotals.setObjectName(u"weekTotals")
        self.weekTotals.setWordWrap(True)

        self.logLayout.addWidget(self.weekTotals)

        self.gridMessage = QLabel(self.logTab)
        self.gridMessage.setObjectName(u"gridMessage")
        self.gridMessage.setWordWrap(True)

        self.logLayout.addWidget(self.gridMessage)

        self.detailGroup = QGroupBox(self.logTab)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QVBoxLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailTitle = QLabel(self.detailGroup)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setWordWrap(True)

        self.detailLayout.addWidget(self.detailTitle)

        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.detailForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.what_done_label = QLabel(self.detailGroup)
        self.what_done_label.setObjectName(u"what_done_label")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.what_done_label)

        self.what_done = QPlainTextEdit(self.detailGroup)
        self.what_done.setObjectName(u"what_done")
        self.what_done.setTabChangesFocus(True)
        self.what_done.setMinimumSize(QSize(0, 48))
        self.what_done.setMaximumSize(QSize(16777215, 110))

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.what_done)

        self.outcome_progress_label = QLabel(self.detailGroup)
        self.outcome_progress_label.setObjectName(u"outcome_progress_label")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcome_progress_label)

        self.outcome_progress = QPlainTextEdit(self.detailGroup)
        self.outcome_progress.setObjectName(u"outcome_progress")
        self.outcome_progress.setTabChangesFocus(True)
        self.outcome_progress.setMinimumSize(QSize(0, 48))
        self.outcome_progress.setMaximumSize(QSize(16777215, 110))

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcome_progress)

        self.evidence_label = QLabel(self.detailGroup)
        self.evidence_label.setObjectName(u"evidence_label")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evidence_label)

        self.evidence = QLineEdit(self.detailGroup)
        self.evidence.setObjectName(u"evidence")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.evidence)

        self.child_words_label = QLabel(self.detailGroup)
        self.child_words_label.setObjectName(u"child_words_label")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.child_words_label)

        self.child_words = QLineEdit(self.detailGroup)
        self.child_words.setObjectName(u"child_words")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.child_words)


        self.detailLayout.addLayout(self.detailForm)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.detailStatus = QLabel(self.detailGroup)
        self.detailStatus.setObjectName(u"detailStatus")

        self.detailButtons.addWidget(self.detailStatus)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailButtons.addItem(self.detailSpacer)

        self.amendEntryButton = QPushButton(self.detailGroup)
        self.amendEntryButton.setObjectName(u"amendEntryButton")

        self.detailButtons.addWidget(self.amendEntryButton)


        self.detailLayout.addLayout(self.detailButtons)


        self.logLayout.addWidget(self.detailGroup)

        self.tabs.addTab(self.logTab, "")
        self.hoursTab = QWidget()
        self.hoursTab.setObjectName(u"hoursTab")
        self.hoursLayout = QVBoxLayout(self.hoursTab)
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.hoursBar = QHBoxLayout()
        self.hoursBar.setObjectName(u"hoursBar")
        self.hoursFromLabel = QLabel(self.hoursTab)
        self.hoursFromLabel.setObjectName(u"hoursFromLabel")

        self.hoursBar.addWidget(self.hoursFromLabel)

        self.hoursFrom = QLineEdit(self.hoursTab)
        self.hoursFrom.setObjectName(u"hoursFrom")
        self.hoursFrom.setMaximumSize(QSize(120, 16777215))

        self.hoursBar.addWidget(self.hoursFrom)

        self.hoursToLabel = QLabel(self.hoursTab)
        self.hoursToLabel.setObjectName(u"hoursToLabel")

        self.hoursBar.addWidget(self.hoursToLabel)

        self.hoursTo = QLineEdit(self.hoursTab)
        self.hoursTo.setObjectName(u"hoursTo")
        self.hoursTo.setMaximumSize(QSize(120, 16777215))

        self.hoursBar.addWidget(self.hoursTo)

        self.hoursApplyButton = QPushButton(self.hoursTab)
        self.hoursApplyButton.setObjectName(u"hoursApplyButton")

        self.hoursBar.addWidget(self.hoursApplyButton)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursBar.addItem(self.hoursSpacer)

        self.hoursSummary = QLabel(self.hoursTab)
        self.hoursSummary.setObjectName(u"hoursSummary")

        self.hoursBar.addWidget(self.hoursSummary)


        self.hoursLayout.addLayout(self.hoursBar)

        self.chartHost = QWidget(self.hoursTab)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(0, 220))

        self.hoursLayout.addWidget(self.chartHost)

        self.hoursTable = QTableWidget(self.hoursTab)
        self.hoursTable.setObjectName(u"hoursTable")
        self.hoursTable.setTabKeyNavigation(False)
        self.hoursTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.hoursTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.hoursTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.hoursTable.setMinimumSize(QSize(0, 120))

        self.hoursLayout.addWidget(self.hoursTable)

        self.tabs.addTab(self.hoursTab, "")
        self.packageTab = QWidget()
        self.packageTab.setObjectName(u"packageTab")
        self.packageTabLayout = QVBoxLayout(self.packageTab)
        self.packageTabLayout.setObjectName(u"packageTabLayout")
        self.packageScroll = QScrollArea(self.packageTab)
        self.packageScroll.setObjectName(u"packageScroll")
        self.packageScroll.setFocusPolicy(Qt.NoFocus)
        self.packageScroll.setWidgetResizable(True)
        self.packageScroll.setFrameShape(QFrame.NoFrame)
        self.packageBody = QWidget()
        self.packageBody.setObjectName(u"packageBody")
        self.packageColumns = QHBoxLayout(self.packageBody)
        self.packageColumns.setObjectName(u"packageColumns")
        self.packageLeft = QVBoxLayout()
        self.packageLeft.setObjectName(u"packageLeft")
        self.packageGroup = QGroupBox(self.packageBody)
        self.packageGroup.setObjectName(u"packageGroup")
        self.packageGroupLayout = QVBoxLayout(self.packageGroup)
        self.packageGroupLayout.setObjectName(u"packageGroupLayout")
        self.packageForm = QFormLayout()
        self.packageForm.setObjectName(u"packageForm")
        self.packageForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.start_date_label = QLabel(self.packageGroup)
        self.start_date_label.setObjectName(u"start_date_label")

        self.packageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = QLineEdit(self.packageGroup)
        self.start_date.setObjectName(u"start_date")
        self.start_date.setMaximumSize(QSize(140, 16777215))

        self.packageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(self.packageGroup)
        self.end_date_label.setObjectName(u"end_date_label")

        self.packageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = QLineEdit(self.packageGroup)
        self.end_date.setObjectName(u"end_date")
        self.end_date.setMaximumSize(QSize(140, 16777215))

        self.packageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.review_date_label = QLabel(self.packageGroup)
        self.review_date_label.setObjectName(u"review_date_label")

        self.packageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.review_date_label)

        self.review_date = QLineEdit(self.packageGroup)
        self.review_date.setObjectName(u"review_date")
        self.review_date.setMaximumSize(QSize(140, 16777215))

        self.packageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.review_date)

        self.notes_label = QLabel(self.packageGroup)
        self.notes_label.setObjectName(u"notes_label")

        self.packageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.packageGroup)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 60))
        self.notes.setMaximumSize(QSize(16777215, 110))

        self.packageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes)


        self.packageGroupLayout.addLayout(self.packageForm)

        self.packageButtons = QHBoxLayout()
        self.packageButtons.setObjectName(u"packageButtons")
        self.packageStatus = QLabel(self.packageGroup)
        self.packageStatus.setObjectName(u"packageStatus")

        self.packageButtons.addWidget(self.packageStatus)

        self.pkgSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packageButtons.addItem(self.pkgSpacer)

        self.savePackageButton = QPushButton(self.packageGroup)
        self.savePackageButton.setObjectName(u"savePackageButton")

        self.packageButtons.addWidget(self.savePackageButton)


        self.packageGroupLayout.addLayout(self.packageButtons)


        self.packageLeft.addWidget(self.packageGroup)

        self.pkgLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.packageLeft.addItem(self.pkgLeftSpacer)


        self.packageColumns.addLayout(self.packageLeft)

        self.packageRight = QVBoxLayout()
        self.packageRight.setObjectName(u"packageRight")
        self.componentsTable = QTableWidget(self.packageBody)
        self.componentsTable.setObjectName(u"componentsTable")
        self.componentsTable.setTabKeyNavigation(False)
        self.componentsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.componentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.componentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.componentsTable.setMaximumSize(QSize(16777215, 170))

        self.packageRight.addWidget(self.componentsTable)

        self.componentGroup = QGroupBox(self.packageBody)
        self.componentGroup.setObjectName(u"componentGroup")
        self.componentGroupLayout = QVBoxLayout(self.componentGroup)
        self.componentGroupLayout.setObjectName(u"componentGroupLayout")
        self.componentForm = QFormLayout()
        self.componentForm.setObjectName(u"componentForm")
        self.componentForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.componentGroup)
        self.name_label.setObjectName(u"name_label")

        self.componentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.componentGroup)
        self.name.setObjectName(u"name")

        self.componentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.provider_id_label = QLabel(self.componentGroup)
        self.provider_id_label.setObjectName(u"provider_id_label")

        self.componentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provider_id_label)

        self.provider_id = QComboBox(self.componentGroup)
        self.provider_id.setObjectName(u"provider_id")

        self.componentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.provider_id)

        self.activity_type_label = QLabel(self.componentGroup)
        self.activity_type_label.setObjectName(u"activity_type_label")

        self.componentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.activity_type_label)

        self.activity_type = QComboBox(self.componentGroup)
        self.activity_type.setObjectName(u"activity_type")

        self.componentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.activity_type)

        self.planned_hours_per_week_label = QLabel(self.componentGroup)
        self.planned_hours_per_week_label.setObjectName(u"planned_hours_per_week_label")

        self.componentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.planned_hours_per_week_label)

        self.planned_hours_per_week = QLineEdit(self.componentGroup)
        self.planned_hours_per_week.setObjectName(u"planned_hours_per_week")
        self.planned_hours_per_week.setMaximumSize(QSize(100, 16777215))

        self.componentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.planned_hours_per_week)

        self.days_label = QLabel(self.componentGroup)
        self.days_label.setObjectName(u"days_label")

        self.componentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days = QListWidget(self.componentGroup)
        self.days.setObjectName(u"days")
        self.days.setTabKeyNavigation(False)
        self.days.setMaximumSize(QSize(16777215, 120))

        self.componentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.days)

        self.cost_per_week_label = QLabel(self.componentGroup)
        self.cost_per_week_label.setObjectName(u"cost_per_week_label")

        self.componentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cost_per_week_label)

        self.cost_per_week = QLineEdit(self.componentGroup)
        self.cost_per_week.setObjectName(u"cost_per_week")

        self.componentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cost_per_week)

        self.funding_route_label = QLabel(self.componentGroup)
        self.funding_route_label.setObjectName(u"funding_route_label")

        self.componentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.funding_route_label)

        self.funding_route = QComboBox(self.componentGroup)
        self.funding_route.setObjectName(u"funding_route")

        self.componentForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.funding_route)

        self.budget_manager_label = QLabel(self.componentGroup)
        self.budget_manager_label.setObjectName(u"budget_manager_label")

        self.componentForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.budget_manager_label)

        self.budget_manager = QLineEdit(self.componentGroup)
        self.budget_manager.setObjectName(u"budget_manager")

        self.componentForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.budget_manager)

        self.section_f_label = QLabel(self.componentGroup)
        self.section_f_label.setObjectName(u"section_f_label")

        self.componentForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.section_f_label)

        self.section_f = QLineEdit(self.componentGroup)
        self.section_f.setObjectName(u"section_f")

        self.componentForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.section_f)

        self.section_e_outcomes_label = QLabel(self.componentGroup)
        self.section_e_outcomes_label.setObjectName(u"section_e_outcomes_label")

        self.componentForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.section_e_outcomes_label)

        self.section_e_outcomes = QLineEdit(self.componentGroup)
        self.section_e_outcomes.setObjectName(u"section_e_outcomes")

        self.componentForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.section_e_outcomes)


        self.componentGroupLayout.addLayout(self.componentForm)

        self.componentButtons = QHBoxLayout()
        self.componentButtons.setObjectName(u"componentButtons")
        self.componentStatus = QLabel(self.componentGroup)
        self.componentStatus.setObjectName(u"componentStatus")

        self.componentButtons.addWidget(self.componentStatus)

        self.compSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.componentButtons.addItem(self.compSpacer)

        self.newComponentButton = QPushButton(self.componentGroup)
        self.newComponentButton.setObjectName(u"newComponentButton")

        self.componentButtons.addWidget(self.newComponentButton)

        self.saveComponentButton = QPushButton(self.componentGroup)
        self.saveComponentButton.setObjectName(u"saveComponentButton")

        self.componentButtons.addWidget(self.saveComponentButton)


        self.componentGroupLayout.addLayout(self.componentButtons)


        self.packageRight.addWidget(self.componentGroup)


        self.packageColumns.addLayout(self.packageRight)

        self.packageScroll.setWidget(self.packageBody)

        self.packageTabLayout.addWidget(self.packageScroll)

        self.tabs.addTab(self.packageTab, "")

        self.outer.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.what_done_label.setBuddy(self.what_done)
        self.outcome_progress_label.setBuddy(self.outcome_progress)
        self.evidence_label.setBuddy(self.evidence)
        self.child_words_label.setBuddy(self.child_words)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.review_date_label.setBuddy(self.review_date)
        self.notes_label.setBuddy(self.notes)
        self.name_label.setBuddy(self.name)
        self.provider_id_label.setBuddy(self.provider_id)
        self.activity_type_label.setBuddy(self.activity_type)
        self.planned_hours_per_week_label.setBuddy(self.planned_hours_per_week)
        self.days_label.setBuddy(self.days)
        self.cost_per_week_label.setBuddy(self.cost_per_week)
        self.funding_route_label.setBuddy(self.funding_route)
        self.budget_manager_label.setBuddy(self.budget_manager)
        self.section_f_label.setBuddy(self.section_f)
        self.section_e_outcomes_label.setBuddy(self.section_e_outcomes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EotasPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EotasPage)
    # setupUi

    def retranslateUi(self, EotasPage):
        self.backButton.setText(QCoreApplication.translate("EotasPage", u"\u2190 Child", None))
        self.title.setText(QCoreApplication.translate("EotasPage", u"EOTAS package", None))
        self.saveStatus.setText("")
        self.prevWeekButton.setText(QCoreApplication.translate("EotasPage", u"\u25c0 &Previous week", None))
        self.weekLabel.setText(QCoreApplication.translate("EotasPage", u"Week", None))
        self.nextWeekButton.setText(QCoreApplication.translate("EotasPage", u"&Next week \u25b6", None))
        self.thisWeekButton.setText(QCoreApplication.translate("EotasPage", u"This &week", None))
        self.weekState.setText("")
        self.closeWeekButton.setText(QCoreApplication.translate("EotasPage", u"Cl&ose week\u2026", None))
        self.legend.setText(QCoreApplication.translate("EotasPage", u"Type minutes delivered (e.g. 90), or a letter: d delivered as planned \u00b7 p cancelled by provider \u00b7 f cancelled by family \u00b7 n did not attend \u00b7 r rescheduled. Delete clears an open week's entry.", None))
#if QT_CONFIG(accessibility)
        self.grid.setAccessibleName(QCoreApplication.translate("EotasPage", u"Weekly activity log: one row per component, one column per day. Type minutes, or d p f n r for a status.", None))
#endif // QT_CONFIG(accessibility)
        self.weekTotals.setText("")
        self.gridMessage.setText("")
        self.detailGroup.setTitle(QCoreApplication.translate("EotasPage", u"Session details", None))
        self.detailTitle.setText(QCoreApplication.translate("EotasPage", u"Choose a cell to see or add the session's details.", None))
        self.what_done_label.setText(QCoreApplication.translate("EotasPage", u"What was &done", None))
#if QT_CONFIG(accessibility)
        self.what_done.setAccessibleName(QCoreApplication.translate("EotasPage", u"What was done", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_progress_label.setText(QCoreApplication.translate("EotasPage", u"Progress against an o&utcome", None))
#if QT_CONFIG(accessibility)
        self.outcome_progress.setAccessibleName(QCoreApplication.translate("EotasPage", u"Progress against an outcome", None))
#endif // QT_CONFIG(accessibility)
        self.evidence_label.setText(QCoreApplication.translate("EotasPage", u"Ev&idence", None))
        self.evidence.setPlaceholderText(QCoreApplication.translate("EotasPage", u"e.g. work sample photographed, tutor report", None))
#if QT_CONFIG(accessibility)
        self.evidence.setAccessibleName(QCoreApplication.translate("EotasPage", u"Evidence", None))
#endif // QT_CONFIG(accessibility)
        self.child_words_label.setText(QCoreApplication.translate("EotasPage", u"What the child &said", None))
        self.child_words.setPlaceholderText(QCoreApplication.translate("EotasPage", u"the child's own words, as they said them", None))
#if QT_CONFIG(accessibility)
        self.child_words.setAccessibleName(QCoreApplication.translate("EotasPage", u"What the child said, in their own words", None))
#endif // QT_CONFIG(accessibility)
        self.detailStatus.setText("")
        self.amendEntryButton.setText(QCoreApplication.translate("EotasPage", u"&Amend entry\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.logTab), QCoreApplication.translate("EotasPage", u"Weekly &log", None))
        self.hoursFromLabel.setText(QCoreApplication.translate("EotasPage", u"From", None))
#if QT_CONFIG(accessibility)
        self.hoursFrom.setAccessibleName(QCoreApplication.translate("EotasPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.hoursToLabel.setText(QCoreApplication.translate("EotasPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.hoursTo.setAccessibleName(QCoreApplication.translate("EotasPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.hoursApplyButton.setText(QCoreApplication.translate("EotasPage", u"Sho&w", None))
        self.hoursSummary.setText("")
#if QT_CONFIG(accessibility)
        self.hoursTable.setAccessibleName(QCoreApplication.translate("EotasPage", u"Hours week by week", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.hoursTab), QCoreApplication.translate("EotasPage", u"&Hours", None))
        self.packageGroup.setTitle(QCoreApplication.translate("EotasPage", u"Package", None))
        self.start_date_label.setText(QCoreApplication.translate("EotasPage", u"&Package start", None))
        self.start_date.setPlaceholderText(QCoreApplication.translate("EotasPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.start_date.setAccessibleName(QCoreApplication.translate("EotasPage", u"Package start", None))
#endif // QT_CONFIG(accessibility)
        self.end_date_label.setText(QCoreApplication.translate("EotasPage", u"P&ackage end", None))
        self.end_date.setPlaceholderText(QCoreApplication.translate("EotasPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.end_date.setAccessibleName(QCoreApplication.translate("EotasPage", u"Package end", None))
#endif // QT_CONFIG(accessibility)
        self.review_date_label.setText(QCoreApplication.translate("EotasPage", u"&Review date", None))
        self.review_date.setPlaceholderText(QCoreApplication.translate("EotasPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.review_date.setAccessibleName(QCoreApplication.translate("EotasPage", u"Review date", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("EotasPage", u"Note&s", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("EotasPage", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.packageStatus.setText("")
        self.savePackageButton.setText(QCoreApplication.translate("EotasPage", u"Save packa&ge", None))
#if QT_CONFIG(accessibility)
        self.componentsTable.setAccessibleName(QCoreApplication.translate("EotasPage", u"Components of the package", None))
#endif // QT_CONFIG(accessibility)
        self.componentGroup.setTitle(QCoreApplication.translate("EotasPage", u"Component", None))
        self.name_label.setText(QCoreApplication.translate("EotasPage", u"C&omponent name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("EotasPage", u"e.g. Maths tutoring", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("EotasPage", u"Component name", None))
#endif // QT_CONFIG(accessibility)
        self.provider_id_label.setText(QCoreApplication.translate("EotasPage", u"Prov&ider", None))
#if QT_CONFIG(accessibility)
        self.provider_id.setAccessibleName(QCoreApplication.translate("EotasPage", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.activity_type_label.setText(QCoreApplication.translate("EotasPage", u"Activit&y type", None))
#if QT_CONFIG(accessibility)
        self.activity_type.setAccessibleName(QCoreApplication.translate("EotasPage", u"Activity type", None))
#endif // QT_CONFIG(accessibility)
        self.planned_hours_per_week_label.setText(QCoreApplication.translate("EotasPage", u"Planned hours a &week", None))
        self.planned_hours_per_week.setPlaceholderText(QCoreApplication.translate("EotasPage", u"0\u201340", None))
#if QT_CONFIG(accessibility)
        self.planned_hours_per_week.setAccessibleName(QCoreApplication.translate("EotasPage", u"Planned hours a week", None))
#endif // QT_CONFIG(accessibility)
        self.days_label.setText(QCoreApplication.translate("EotasPage", u"&Days", None))
#if QT_CONFIG(accessibility)
        self.days.setAccessibleName(QCoreApplication.translate("EotasPage", u"Days", None))
#endif // QT_CONFIG(accessibility)
        self.cost_per_week_label.setText(QCoreApplication.translate("EotasPage", u"Cost a week (\u00a3)", None))
#if QT_CONFIG(accessibility)
        self.cost_per_week.setAccessibleName(QCoreApplication.translate("EotasPage", u"Cost a week (\u00a3)", None))
#endif // QT_CONFIG(accessibility)
        self.funding_route_label.setText(QCoreApplication.translate("EotasPage", u"F&unding route", None))
#if QT_CONFIG(accessibility)
        self.funding_route.setAccessibleName(QCoreApplication.translate("EotasPage", u"Funding route", None))
#endif // QT_CONFIG(accessibility)
        self.budget_manager_label.setText(QCoreApplication.translate("EotasPage", u"Who manages the budget", None))
#if QT_CONFIG(accessibility)
        self.budget_manager.setAccessibleName(QCoreApplication.translate("EotasPage", u"Who manages the budget", None))
#endif // QT_CONFIG(accessibility)
        self.section_f_label.setText(QCoreApplication.translate("EotasPage", u"Section F provision", None))
#if QT_CONFIG(accessibility)
        self.section_f.setAccessibleName(QCoreApplication.translate("EotasPage", u"Section F provision", None))
#endif // QT_CONFIG(accessibility)
        self.section_e_outcomes_label.setText(QCoreApplication.translate("EotasPage", u"Section E outcomes", None))
#if QT_CONFIG(accessibility)
        self.section_e_outcomes.setAccessibleName(QCoreApplication.translate("EotasPage", u"Section E outcomes", None))
#endif // QT_CONFIG(accessibility)
        self.componentStatus.setText("")
        self.newComponentButton.setText(QCoreApplication.translate("EotasPage", u"New co&mponent", None))
        self.saveComponentButton.setText(QCoreApplication.translate("EotasPage", u"Save compo&nent", None))
        self.tabs.setTabText(self.tabs.indexOf(self.packageTab), QCoreApplication.translate("EotasPage", u"Pac&kage", None))
        pass
    # retranslateUi

