# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget

class Ui_VisitPage(object):
    def setupUi(self, VisitPage):
        if not VisitPage.objectName():
            VisitPage.setObjectName(u"VisitPage")
        VisitPage.resize(1200, 760)
        self.outer = QVBoxLayout(VisitPage)
        self.outer.setObjectName(u"outer")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.backButton = QPushButton(VisitPage)
        self.backButton.setObjectName(u"backButton")

        self.header.addWidget(self.backButton)

        self.title = QLabel(VisitPage)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.saveStatus = QLabel(VisitPage)
        self.saveStatus.setObjectName(u"saveStatus")

        self.header.addWidget(self.saveStatus)


        self.outer.addLayout(self.header)

        self.banner = QLabel(VisitPage)
        self.banner.setObjectName(u"banner")
        self.banner.setWordWrap(True)

        self.outer.addWidget(self.banner)

        self.scroll = QScrollArea(VisitPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scrollBody = QWidget()
        self.scrollBody.setObjectName(u"scrollBody")
        self.columns = QHBoxLayout(self.scrollBody)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.visitGroup = QGroupBox(self.scrollBody)
        self.visitGroup.setObjectName(u"visitGroup")
        self.visitForm = QFormLayout(self.visitGroup)
        self.visitForm.setObjectName(u"visitForm")
        self.visitForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.visit_type_label = QLabel(self.visitGroup)
        self.visit_type_label.setObjectName(u"visit_type_label")

        self.visitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.visit_type_label)

        self.visit_type = QComboBox(self.visitGroup)
        self.visit_type.setObjectName(u"visit_type")

        self.visitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.visit_type)

        self.basis_label = QLabel(self.visitGroup)
        self.basis_label.setObjectName(u"basis_label")

        self.visitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.basis_label)

        self.basis = QComboBox(self.visitGroup)
        self.basis.setObjectName(u"basis")

        self.visitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.basis)

        self.concern_raised_by_label = QLabel(self.visitGroup)
        self.concern_raised_by_label.setObjectName(u"concern_raised_by_label")

        self.visitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.concern_raised_by_label)

        self.concern_raised_by = QLineEdit(self.visitGroup)
        self.concern_raised_by.setObjectName(u"concern_raised_by")

        self.visitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.concern_raised_by)

        self.format_offered_label = QLabel(self.visitGroup)
        self.format_offered_label.setObjectName(u"format_offered_label")

        self.visitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.format_offered_label)

        self.format_offered = QComboBox(self.visitGroup)
        self.format_offered.setObjectName(u"format_offered")

        self.visitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.format_offered)

        self.format_used_label = QLabel(self.visitGroup)
        self.format_used_label.setObjectName(u"format_used_label")

        self.visitForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.format_used_label)

        self.format_used = QComboBox(self.visitGroup)
        self.format_used.setObjectName(u"format_used")

        self.visitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.format_used)

        self.planned_date_label = QLabel(self.visitGroup)
        self.planned_date_label.setObjectName(u"planned_date_label")

        self.visitForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.planned_date_label)

        self.planned_date = QLineEdit(self.visitGroup)
        self.planned_date.setObjectName(u"planned_date")
        self.planned_date.setMaximumSize(QSize(140, 16777215))

        self.visitForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.planned_date)

        self.actual_date_label = QLabel(self.visitGroup)
        self.actual_date_label.setObjectName(u"actual_date_label")

        self.visitForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.actual_date_label)

        self.actual_date = QLineEdit(self.visitGroup)
        self.actual_date.setObjectName(u"actual_date")
        self.actual_date.setMaximumSize(QSize(140, 16777215))

        self.visitForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.actual_date)

        self.start_time_label = QLabel(self.visitGroup)
        self.start_time_label.setObjectName(u"start_time_label")

        self.visitForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.start_time_label)

        self.start_time = QLineEdit(self.visitGroup)
        self.start_time.setObjectName(u"start_time")
        self.start_time.setMaximumSize(QSize(140, 16777215))

        self.visitForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.start_time)

        self.present_label = QLabel(self.visitGroup)
        self.present_label.setObjectName(u"present_label")

        self.visitForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.present_label)

        self.present = QLineEdit(self.visitGroup)
        self.present.setObjectName(u"present")

        self.visitForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.present)

        self.child_seen = QCheckBox(self.visitGroup)
        self.child_seen.setObjectName(u"child_seen")

        self.visitForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.child_seen)

        self.child_seen_alone = QCheckBox(self.visitGroup)
        self.child_seen_alone.setObjectName(u"child_seen_alone")

        self.visitForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.child_seen_alone)


        self.leftColumn.addWidget(self.visitGroup)

        self.educationGroup = QGroupBox(self.scrollBody)
        self.educationGroup.setObjectName(u"educationGroup")
        self.educationForm = QFormLayout(self.educationGroup)
        self.educationForm.setObjectName(u"educationForm")
        self.educationForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.education_approach_label = QLabel(self.educationGroup)
        self.education_approach_label.setObjectName(u"education_approach_label")

        self.educationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.education_approach_label)

        self.education_approach = QPlainTextEdit(self.educationGroup)
        self.education_approach.setObjectName(u"education_approach")
        self.education_approach.setTabChangesFocus(True)
        self.education_approach.setMinimumSize(QSize(0, 60))
        self.education_approach.setMaximumSize(QSize(16777215, 110))

        self.educationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.education_approach)

        self.curriculum_areas_label = QLabel(self.educationGroup)
        self.curriculum_areas_label.setObjectName(u"curriculum_areas_label")

        self.educationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.curriculum_areas_label)

        self.curriculum_areas = QLineEdit(self.educationGroup)
        self.curriculum_areas.setObjectName(u"curriculum_areas")

        self.educationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.curriculum_areas)

        self.resources_label = QLabel(self.educationGroup)
        self.resources_label.setObjectName(u"resources_label")

        self.educationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resources_label)

        self.resources = QLineEdit(self.educationGroup)
        self.resources.setObjectName(u"resources")

        self.educationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resources)

        self.work_samples_label = QLabel(self.educationGroup)
        self.work_samples_label.setObjectName(u"work_samples_label")

        self.educationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.work_samples_label)

        self.work_samples = QLineEdit(self.educationGroup)
        self.work_samples.setObjectName(u"work_samples")

        self.educationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.work_samples)

        self.education_provider_label = QLabel(self.educationGroup)
        self.education_provider_label.setObjectName(u"education_provider_label")

        self.educationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.education_provider_label)

        self.education_provider = QLineEdit(self.educationGroup)
        self.education_provider.setObjectName(u"education_provider")

        self.educationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.education_provider)

        self.hours_per_week_label = QLabel(self.educationGroup)
        self.hours_per_week_label.setObjectName(u"hours_per_week_label")

        self.educationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.hours_per_week_label)

        self.hours_per_week = QLineEdit(self.educationGroup)
        self.hours_per_week.setObjectName(u"hours_per_week")
        self.hours_per_week.setMaximumSize(QSize(100, 16777215))

        self.educationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hours_per_week)


        self.leftColumn.addWidget(self.educationGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.viewsGroup = QGroupBox(self.scrollBody)
        self.viewsGroup.setObjectName(u"viewsGroup")
        self.viewsForm = QFormLayout(self.viewsGroup)
        self.viewsForm.setObjectName(u"viewsForm")
        self.viewsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.child_views_label = QLabel(self.viewsGroup)
        self.child_views_label.setObjectName(u"child_views_label")

        self.viewsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.child_views_label)

        self.child_views = QPlainTextEdit(self.viewsGroup)
        self.child_views.setObjectName(u"child_views")
        self.child_views.setTabChangesFocus(True)
        self.child_views.setMinimumSize(QSize(0, 90))

        self.viewsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.child_views)

        self.parent_views_label = QLabel(self.viewsGroup)
        self.parent_views_label.setObjectName(u"parent_views_label")

        self.viewsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parent_views_label)

        self.parent_views = QPlainTextEdit(self.viewsGroup)
        self.parent_views.setObjectName(u"parent_views")
        self.parent_views.setTabChangesFocus(True)
        self.parent_views.setMinimumSize(QSize(0, 90))

        self.viewsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parent_views)

        self.send_needs_label = QLabel(self.viewsGroup)
        self.send_needs_label.setObjectName(u"send_needs_label")

        self.viewsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.send_needs_label)

        self.send_needs = QPlainTextEdit(self.viewsGroup)
        self.send_needs.setObjectName(u"send_needs")
        self.send_needs.setTabChangesFocus(True)
        self.send_needs.setMinimumSize(QSize(0, 60))
        self.send_needs.setMaximumSize(QSize(16777215, 110))

        self.viewsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.send_needs)

        self.wellbeing_label = QLabel(self.viewsGroup)
        self.wellbeing_label.setObjectName(u"wellbeing_label")

        self.viewsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wellbeing_label)

        self.wellbeing = QPlainTextEdit(self.viewsGroup)
        self.wellbeing.setObjectName(u"wellbeing")
        self.wellbeing.setTabChangesFocus(True)
        self.wellbeing.setMinimumSize(QSize(0, 60))
        self.wellbeing.setMaximumSize(QSize(16777215, 110))

        self.viewsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.wellbeing)


        self.rightColumn.addWidget(self.viewsGroup)

        self.safeguardingGroup = QGroupBox(self.scrollBody)
        self.safeguardingGroup.setObjectName(u"safeguardingGroup")
        self.safeguardingLayout = QVBoxLayout(self.safeguardingGroup)
        self.safeguardingLayout.setObjectName(u"safeguardingLayout")
        self.safeguardingForm = QFormLayout()
        self.safeguardingForm.setObjectName(u"safeguardingForm")
        self.safeguardingForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.safeguarding_concern = QCheckBox(self.safeguardingGroup)
        self.safeguarding_concern.setObjectName(u"safeguarding_concern")

        self.safeguardingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.safeguarding_concern)

        self.safeguarding_details_label = QLabel(self.safeguardingGroup)
        self.safeguarding_details_label.setObjectName(u"safeguarding_details_label")

        self.safeguardingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.safeguarding_details_label)

        self.safeguarding_details = QPlainTextEdit(self.safeguardingGroup)
        self.safeguarding_details.setObjectName(u"safeguarding_details")
        self.safeguarding_details.setTabChangesFocus(True)
        self.safeguarding_details.setMinimumSize(QSize(0, 60))
        self.safeguarding_details.setMaximumSize(QSize(16777215, 110))

        self.safeguardingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.safeguarding_details)


        self.safeguardingLayout.addLayout(self.safeguardingForm)

        self.safeguardingShown = QLabel(self.safeguardingGroup)
        self.safeguardingShown.setObjectName(u"safeguardingShown")
        self.safeguardingShown.setWordWrap(True)

        self.safeguardingLayout.addWidget(self.safeguardingShown)

        self.restricted_fields_label = QLabel(self.safeguardingGroup)
        self.restricted_fields_label.setObjectName(u"restricted_fields_label")

        self.safeguardingLayout.addWidget(self.restricted_fields_label)

        self.restricted_fields = QListWidget(self.safeguardingGroup)
        self.restricted_fields.setObjectName(u"restricted_fields")
        self.restricted_fields.setTabKeyNavigation(False)
        self.restricted_fields.setMaximumSize(QSize(16777215, 120))

        self.safeguardingLayout.addWidget(self.restricted_fields)


        self.rightColumn.addWidget(self.safeguardingGroup)

        self.typeGroup = QGroupBox(self.scrollBody)
        self.typeGroup.setObjectName(u"typeGroup")
        self.typeForm = QFormLayout(self.typeGroup)
        self.typeForm.setObjectName(u"typeForm")
        self.typeForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.provision_observed_label = QLabel(self.typeGroup)
        self.provision_observed_label.setObjectName(u"provision_observed_label")

        self.typeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.provision_observed_label)

        self.provision_observed = QPlainTextEdit(self.typeGroup)
        self.provision_observed.setObjectName(u"provision_observed")
        self.provision_observed.setTabChangesFocus(True)
        self.provision_observed.setMinimumSize(QSize(0, 60))
        self.provision_observed.setMaximumSize(QSize(16777215, 110))

        self.typeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.provision_observed)

        self.provider_findings_label = QLabel(self.typeGroup)
        self.provider_findings_label.setObjectName(u"provider_findings_label")

        self.typeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.provider_findings_label)

        self.provider_findings = QPlainTextEdit(self.typeGroup)
        self.provider_findings.setObjectName(u"provider_findings")
        self.provider_findings.setTabChangesFocus(True)
        self.provider_findings.setMinimumSize(QSize(0, 60))
        self.provider_findings.setMaximumSize(QSize(16777215, 110))

        self.typeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.provider_findings)

        self.family_circumstances_label = QLabel(self.typeGroup)
        self.family_circumstances_label.setObjectName(u"family_circumstances_label")

        self.typeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.family_circumstances_label)

        self.family_circumstances = QPlainTextEdit(self.typeGroup)
        self.family_circumstances.setObjectName(u"family_circumstances")
        self.family_circumstances.setTabChangesFocus(True)
        self.family_circumstances.setMinimumSize(QSize(0, 60))
        self.family_circumstances.setMaximumSize(QSize(16777215, 110))

        self.typeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.family_circumstances)

        self.plan_progress_label = QLabel(self.typeGroup)
        self.plan_progress_label.setObjectName(u"plan_progress_label")

        self.typeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.plan_progress_label)

        self.plan_progress = QPlainTextEdit(self.typeGroup)
        self.plan_progress.setObjectName(u"plan_progress")
        self.plan_progress.setTabChangesFocus(True)
        self.plan_progress.setMinimumSize(QSize(0, 60))
        self.plan_progress.setMaximumSize(QSize(16777215, 110))

        self.typeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.plan_progress)

        self.enquiries_made_label = QLabel(self.typeGroup)
        self.enquiries_made_label.setObjectName(u"enquiries_made_label")

        self.typeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.enquiries_made_label)

        self.enquiries_made = QPlainTextEdit(self.typeGroup)
        self.enquiries_made.setObjectName(u"enquiries_made")
        self.enquiries_made.setTabChangesFocus(True)
        self.enquiries_made.setMinimumSize(QSize(0, 60))
        self.enquiries_made.setMaximumSize(QSize(16777215, 110))

        self.typeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.enquiries_made)


        self.rightColumn.addWidget(self.typeGroup)

        self.outcomeGroup = QGroupBox(self.scrollBody)
        self.outcomeGroup.setObjectName(u"outcomeGroup")
        self.outcomeLayout = QVBoxLayout(self.outcomeGroup)
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.outcomeForm = QFormLayout()
        self.outcomeForm.setObjectName(u"outcomeForm")
        self.outcomeForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.judgement_label = QLabel(self.outcomeGroup)
        self.judgement_label.setObjectName(u"judgement_label")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.judgement_label)

        self.judgement = QComboBox(self.outcomeGroup)
        self.judgement.setObjectName(u"judgement")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.judgement)

        self.judgement_reasons_label = QLabel(self.outcomeGroup)
        self.judgement_reasons_label.setObjectName(u"judgement_reasons_label")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.judgement_reasons_label)

        self.judgement_reasons = QPlainTextEdit(self.outcomeGroup)
        self.judgement_reasons.setObjectName(u"judgement_reasons")
        self.judgement_reasons.setTabChangesFocus(True)
        self.judgement_reasons.setMinimumSize(QSize(0, 60))
        self.judgement_reasons.setMaximumSize(QSize(16777215, 110))

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.judgement_reasons)

        self.advice_given_label = QLabel(self.outcomeGroup)
        self.advice_given_label.setObjectName(u"advice_given_label")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.advice_given_label)

        self.advice_given = QPlainTextEdit(self.outcomeGroup)
        self.advice_given.setObjectName(u"advice_given")
        self.advice_given.setTabChangesFocus(True)
        self.advice_given.setMinimumSize(QSize(0, 60))
        self.advice_given.setMaximumSize(QSize(16777215, 110))

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.advice_given)

        self.next_steps_label = QLabel(self.outcomeGroup)
        self.next_steps_label.setObjectName(u"next_steps_label")

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.next_steps_label)

        self.next_steps = QPlainTextEdit(self.outcomeGroup)
        self.next_steps.setObjectName(u"next_steps")
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setMinimumSize(QSize(0, 60))
        self.next_steps.setMaximumSize(QSize(16777215, 110))

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.next_steps)

        self.next_contact_date_label = QLabel(self.outcomeGroup)
        self.next_contact_date_label.setObjectName(u"next_contact_date_label")

        self.outcomeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.next_contact_date_label)

        self.next_contact_date = QLineEdit(self.outcomeGroup)
        self.next_contact_date.setObjectName(u"next_contact_date")
        self.next_contact_date.setMaximumSize(QSize(140, 16777215))

        self.outcomeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.next_contact_date)

        self.next_contact_reason_label = QLabel(self.outcomeGroup)
        self.next_contact_reason_label.setObjectName(u"next_contact_reason_label")

        self.outcomeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.next_contact_reason_label)

        self.next_contact_reason = QLineEdit(self.outcomeGroup)
        self.next_contact_reason.setObjectName(u"next_contact_reason")

        self.outcomeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.next_contact_reason)


        self.outcomeLayout.addLayout(self.outcomeForm)

        self.actionsLayout = QVBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actions = QTableWidget(self.outcomeGroup)
        self.actions.setObjectName(u"actions")
        self.actions.setTabKeyNavigation(False)
        self.actions.setMinimumSize(QSize(0, 110))
        self.actions.setMaximumSize(QSize(16777215, 180))

        self.actionsLayout.addWidget(self.actions)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)

        self.addActionButton = QPushButton(self.outcomeGroup)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionButtons.addWidget(self.addActionButton)

        self.removeActionButton = QPushButton(self.outcomeGroup)
        self.removeActionButton.setObjectName(u"removeActionButton")

        self.actionButtons.addWidget(self.removeActionButton)


        self.actionsLayout.addLayout(self.actionButtons)


        self.outcomeLayout.addLayout(self.actionsLayout)


        self.rightColumn.addWidget(self.outcomeGroup)

        self.afterGroup = QGroupBox(self.scrollBody)
        self.afterGroup.setObjectName(u"afterGroup")
        self.afterForm = QFormLayout(self.afterGroup)
        self.afterForm.setObjectName(u"afterForm")
        self.afterForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.parent_comments_label = QLabel(self.afterGroup)
        self.parent_comments_label.setObjectName(u"parent_comments_label")

        self.afterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parent_comments_label)

        self.parent_comments = QPlainTextEdit(self.afterGroup)
        self.parent_comments.setObjectName(u"parent_comments")
        self.parent_comments.setTabChangesFocus(True)
        self.parent_comments.setMinimumSize(QSize(0, 60))
        self.parent_comments.setMaximumSize(QSize(16777215, 110))

        self.afterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parent_comments)

        self.summary_sent_to_parent_label = QLabel(self.afterGroup)
        self.summary_sent_to_parent_label.setObjectName(u"summary_sent_to_parent_label")

        self.afterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summary_sent_to_parent_label)

        self.summary_sent_to_parent = QLineEdit(self.afterGroup)
        self.summary_sent_to_parent.setObjectName(u"summary_sent_to_parent")
        self.summary_sent_to_parent.setMaximumSize(QSize(140, 16777215))

        self.afterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summary_sent_to_parent)


        self.rightColumn.addWidget(self.afterGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)

        self.scroll.setWidget(self.scrollBody)

        self.outer.addWidget(self.scroll)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.discardButton = QPushButton(VisitPage)
        self.discardButton.setObjectName(u"discardButton")

        self.footer.addWidget(self.discardButton)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpacer)

        self.previewButton = QPushButton(VisitPage)
        self.previewButton.setObjectName(u"previewButton")

        self.footer.addWidget(self.previewButton)

        self.amendButton = QPushButton(VisitPage)
        self.amendButton.setObjectName(u"amendButton")

        self.footer.addWidget(self.amendButton)

        self.finaliseButton = QPushButton(VisitPage)
        self.finaliseButton.setObjectName(u"finaliseButton")

        self.footer.addWidget(self.finaliseButton)


        self.outer.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.visit_type_label.setBuddy(self.visit_type)
        self.basis_label.setBuddy(self.basis)
        self.concern_raised_by_label.setBuddy(self.concern_raised_by)
        self.format_offered_label.setBuddy(self.format_offered)
        self.format_used_label.setBuddy(self.format_used)
        self.planned_date_label.setBuddy(self.planned_date)
        self.actual_date_label.setBuddy(self.actual_date)
        self.start_time_label.setBuddy(self.start_time)
        self.present_label.setBuddy(self.present)
        self.education_approach_label.setBuddy(self.education_approach)
        self.curriculum_areas_label.setBuddy(self.curriculum_areas)
        self.resources_label.setBuddy(self.resources)
        self.work_samples_label.setBuddy(self.work_samples)
        self.education_provider_label.setBuddy(self.education_provider)
        self.hours_per_week_label.setBuddy(self.hours_per_week)
        self.child_views_label.setBuddy(self.child_views)
        self.parent_views_label.setBuddy(self.parent_views)
        self.send_needs_label.setBuddy(self.send_needs)
        self.wellbeing_label.setBuddy(self.wellbeing)
        self.safeguarding_details_label.setBuddy(self.safeguarding_details)
        self.restricted_fields_label.setBuddy(self.restricted_fields)
        self.provision_observed_label.setBuddy(self.provision_observed)
        self.provider_findings_label.setBuddy(self.provider_findings)
        self.family_circumstances_label.setBuddy(self.family_circumstances)
        self.plan_progress_label.setBuddy(self.plan_progress)
        self.enquiries_made_label.setBuddy(self.enquiries_made)
        self.judgement_label.setBuddy(self.judgement)
        self.judgement_reasons_label.setBuddy(self.judgement_reasons)
        self.advice_given_label.setBuddy(self.advice_given)
        self.next_steps_label.setBuddy(self.next_steps)
        self.next_contact_date_label.setBuddy(self.next_contact_date)
        self.next_contact_reason_label.setBuddy(self.next_contact_reason)
        self.parent_comments_label.setBuddy(self.parent_comments)
        self.summary_sent_to_parent_label.setBuddy(self.summary_sent_to_parent)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitPage)

        QMetaObject.connectSlotsByName(VisitPage)
    # setupUi

    def retranslateUi(self, VisitPage):
        self.backButton.setText(QCoreApplication.translate("VisitPage", u"\u2190 Child", None))
        self.title.setText(QCoreApplication.translate("VisitPage", u"Visit", None))
        self.saveStatus.setText("")
        self.banner.setText("")
        self.visitGroup.setTitle(QCoreApplication.translate("VisitPage", u"The visit", None))
        self.visit_type_label.setText(QCoreApplication.translate("VisitPage", u"Visit t&ype", None))
#if QT_CONFIG(accessibility)
        self.visit_type.setAccessibleName(QCoreApplication.translate("VisitPage", u"Visit type", None))
#endif // QT_CONFIG(accessibility)
        self.basis_label.setText(QCoreApplication.translate("VisitPage", u"&Basis", None))
#if QT_CONFIG(accessibility)
        self.basis.setAccessibleName(QCoreApplication.translate("VisitPage", u"Basis", None))
#endif // QT_CONFIG(accessibility)
        self.concern_raised_by_label.setText(QCoreApplication.translate("VisitPage", u"Concern raised by", None))
        self.concern_raised_by.setPlaceholderText(QCoreApplication.translate("VisitPage", u"Who raised the concern", None))
#if QT_CONFIG(accessibility)
        self.concern_raised_by.setAccessibleName(QCoreApplication.translate("VisitPage", u"Concern raised by", None))
#endif // QT_CONFIG(accessibility)
        self.format_offered_label.setText(QCoreApplication.translate("VisitPage", u"Format offered", None))
#if QT_CONFIG(accessibility)
        self.format_offered.setAccessibleName(QCoreApplication.translate("VisitPage", u"Format offered", None))
#endif // QT_CONFIG(accessibility)
        self.format_used_label.setText(QCoreApplication.translate("VisitPage", u"Format &used", None))
#if QT_CONFIG(accessibility)
        self.format_used.setAccessibleName(QCoreApplication.translate("VisitPage", u"Format used", None))
#endif // QT_CONFIG(accessibility)
        self.planned_date_label.setText(QCoreApplication.translate("VisitPage", u"Planned date", None))
        self.planned_date.setPlaceholderText(QCoreApplication.translate("VisitPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.planned_date.setAccessibleName(QCoreApplication.translate("VisitPage", u"Planned date", None))
#endif // QT_CONFIG(accessibility)
        self.actual_date_label.setText(QCoreApplication.translate("VisitPage", u"&Date of visit", None))
        self.actual_date.setPlaceholderText(QCoreApplication.translate("VisitPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.actual_date.setAccessibleName(QCoreApplication.translate("VisitPage", u"Date of visit", None))
#endif // QT_CONFIG(accessibility)
        self.start_time_label.setText(QCoreApplication.translate("VisitPage", u"Time", None))
        self.start_time.setPlaceholderText(QCoreApplication.translate("VisitPage", u"hh:mm", None))
#if QT_CONFIG(accessibility)
        self.start_time.setAccessibleName(QCoreApplication.translate("VisitPage", u"Time", None))
#endif // QT_CONFIG(accessibility)
        self.present_label.setText(QCoreApplication.translate("VisitPage", u"&Who was present", None))
#if QT_CONFIG(accessibility)
        self.present.setAccessibleName(QCoreApplication.translate("VisitPage", u"Who was present", None))
#endif // QT_CONFIG(accessibility)
        self.child_seen.setText(QCoreApplication.translate("VisitPage", u"Child seen", None))
#if QT_CONFIG(accessibility)
        self.child_seen.setAccessibleName(QCoreApplication.translate("VisitPage", u"Child seen", None))
#endif // QT_CONFIG(accessibility)
        self.child_seen_alone.setText(QCoreApplication.translate("VisitPage", u"Child spoken to on their own", None))
#if QT_CONFIG(accessibility)
        self.child_seen_alone.setAccessibleName(QCoreApplication.translate("VisitPage", u"Child spoken to on their own", None))
#endif // QT_CONFIG(accessibility)
        self.educationGroup.setTitle(QCoreApplication.translate("VisitPage", u"Education seen", None))
        self.education_approach_label.setText(QCoreApplication.translate("VisitPage", u"Appr&oach", None))
#if QT_CONFIG(accessibility)
        self.education_approach.setAccessibleName(QCoreApplication.translate("VisitPage", u"Approach", None))
#endif // QT_CONFIG(accessibility)
        self.curriculum_areas_label.setText(QCoreApplication.translate("VisitPage", u"Curriculum areas", None))
#if QT_CONFIG(accessibility)
        self.curriculum_areas.setAccessibleName(QCoreApplication.translate("VisitPage", u"Curriculum areas", None))
#endif // QT_CONFIG(accessibility)
        self.resources_label.setText(QCoreApplication.translate("VisitPage", u"Resources", None))
#if QT_CONFIG(accessibility)
        self.resources.setAccessibleName(QCoreApplication.translate("VisitPage", u"Resources", None))
#endif // QT_CONFIG(accessibility)
        self.work_samples_label.setText(QCoreApplication.translate("VisitPage", u"Work samples seen", None))
#if QT_CONFIG(accessibility)
        self.work_samples.setAccessibleName(QCoreApplication.translate("VisitPage", u"Work samples seen", None))
#endif // QT_CONFIG(accessibility)
        self.education_provider_label.setText(QCoreApplication.translate("VisitPage", u"Who provides it", None))
#if QT_CONFIG(accessibility)
        self.education_provider.setAccessibleName(QCoreApplication.translate("VisitPage", u"Who provides it", None))
#endif // QT_CONFIG(accessibility)
        self.hours_per_week_label.setText(QCoreApplication.translate("VisitPage", u"&Hours a week", None))
        self.hours_per_week.setPlaceholderText(QCoreApplication.translate("VisitPage", u"0\u201340", None))
#if QT_CONFIG(accessibility)
        self.hours_per_week.setAccessibleName(QCoreApplication.translate("VisitPage", u"Hours a week", None))
#endif // QT_CONFIG(accessibility)
        self.viewsGroup.setTitle(QCoreApplication.translate("VisitPage", u"Views, needs and wellbeing", None))
        self.child_views_label.setText(QCoreApplication.translate("VisitPage", u"Chi&ld's views", None))
        self.child_views.setPlaceholderText(QCoreApplication.translate("VisitPage", u"In the child's own words", None))
#if QT_CONFIG(accessibility)
        self.child_views.setAccessibleName(QCoreApplication.translate("VisitPage", u"Child's views", None))
#endif // QT_CONFIG(accessibility)
        self.parent_views_label.setText(QCoreApplication.translate("VisitPage", u"Parent&s' views", None))
#if QT_CONFIG(accessibility)
        self.parent_views.setAccessibleName(QCoreApplication.translate("VisitPage", u"Parents' views", None))
#endif // QT_CONFIG(accessibility)
        self.send_needs_label.setText(QCoreApplication.translate("VisitPage", u"SEND needs and how they are met", None))
#if QT_CONFIG(accessibility)
        self.send_needs.setAccessibleName(QCoreApplication.translate("VisitPage", u"SEND needs and how they are met", None))
#endif // QT_CONFIG(accessibility)
        self.wellbeing_label.setText(QCoreApplication.translate("VisitPage", u"Health and wellbein&g", None))
#if QT_CONFIG(accessibility)
        self.wellbeing.setAccessibleName(QCoreApplication.translate("VisitPage", u"Health and wellbeing", None))
#endif // QT_CONFIG(accessibility)
        self.safeguardingGroup.setTitle(QCoreApplication.translate("VisitPage", u"Safeguarding", None))
        self.safeguarding_concern.setText(QCoreApplication.translate("VisitPage", u"Safeguarding concern raised at this visit", None))
#if QT_CONFIG(accessibility)
        self.safeguarding_concern.setAccessibleName(QCoreApplication.translate("VisitPage", u"Safeguarding concern raised at this visit", None))
#endif // QT_CONFIG(accessibility)
        self.safeguarding_details_label.setText(QCoreApplication.translate("VisitPage", u"Concern details", None))
#if QT_CONFIG(accessibility)
        self.safeguarding_details.setAccessibleName(QCoreApplication.translate("VisitPage", u"Concern details", None))
#endif // QT_CONFIG(accessibility)
        self.safeguardingShown.setText("")
        self.restricted_fields_label.setText(QCoreApplication.translate("VisitPage", u"&Restricted notes (printed only in the record copy)", None))
#if QT_CONFIG(accessibility)
        self.restricted_fields.setAccessibleName(QCoreApplication.translate("VisitPage", u"Restricted notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.restricted_fields.setAccessibleDescription(QCoreApplication.translate("VisitPage", u"Ticked notes appear only in the record copy of a document", None))
#endif // QT_CONFIG(accessibility)
        self.typeGroup.setTitle(QCoreApplication.translate("VisitPage", u"This kind of visit", None))
        self.provision_observed_label.setText(QCoreApplication.translate("VisitPage", u"Provision observed", None))
#if QT_CONFIG(accessibility)
        self.provision_observed.setAccessibleName(QCoreApplication.translate("VisitPage", u"Provision observed", None))
#endif // QT_CONFIG(accessibility)
        self.provider_findings_label.setText(QCoreApplication.translate("VisitPage", u"Findings on the provision", None))
#if QT_CONFIG(accessibility)
        self.provider_findings.setAccessibleName(QCoreApplication.translate("VisitPage", u"Findings on the provision", None))
#endif // QT_CONFIG(accessibility)
        self.family_circumstances_label.setText(QCoreApplication.translate("VisitPage", u"Family circumstances", None))
#if QT_CONFIG(accessibility)
        self.family_circumstances.setAccessibleName(QCoreApplication.translate("VisitPage", u"Family circumstances", None))
#endif // QT_CONFIG(accessibility)
        self.plan_progress_label.setText(QCoreApplication.translate("VisitPage", u"The child's plan and support", None))
#if QT_CONFIG(accessibility)
        self.plan_progress.setAccessibleName(QCoreApplication.translate("VisitPage", u"The child's plan and support", None))
#endif // QT_CONFIG(accessibility)
        self.enquiries_made_label.setText(QCoreApplication.translate("VisitPage", u"Enquiries made", None))
#if QT_CONFIG(accessibility)
        self.enquiries_made.setAccessibleName(QCoreApplication.translate("VisitPage", u"Enquiries made", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeGroup.setTitle(QCoreApplication.translate("VisitPage", u"Judgement and next steps", None))
        self.judgement_label.setText(QCoreApplication.translate("VisitPage", u"&Judgement", None))
#if QT_CONFIG(accessibility)
        self.judgement.setAccessibleName(QCoreApplication.translate("VisitPage", u"Judgement", None))
#endif // QT_CONFIG(accessibility)
        self.judgement_reasons_label.setText(QCoreApplication.translate("VisitPage", u"Reasons for the judgement", None))
#if QT_CONFIG(accessibility)
        self.judgement_reasons.setAccessibleName(QCoreApplication.translate("VisitPage", u"Reasons for the judgement", None))
#endif // QT_CONFIG(accessibility)
        self.advice_given_label.setText(QCoreApplication.translate("VisitPage", u"Advice offered", None))
#if QT_CONFIG(accessibility)
        self.advice_given.setAccessibleName(QCoreApplication.translate("VisitPage", u"Advice offered", None))
#endif // QT_CONFIG(accessibility)
        self.next_steps_label.setText(QCoreApplication.translate("VisitPage", u"Ne&xt steps", None))
#if QT_CONFIG(accessibility)
        self.next_steps.setAccessibleName(QCoreApplication.translate("VisitPage", u"Next steps", None))
#endif // QT_CONFIG(accessibility)
        self.next_contact_date_label.setText(QCoreApplication.translate("VisitPage", u"&Next contact", None))
        self.next_contact_date.setPlaceholderText(QCoreApplication.translate("VisitPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.next_contact_date.setAccessibleName(QCoreApplication.translate("VisitPage", u"Next contact", None))
#endif // QT_CONFIG(accessibility)
        self.next_contact_reason_label.setText(QCoreApplication.translate("VisitPage", u"Why later than usual", None))
#if QT_CONFIG(accessibility)
        self.next_contact_reason.setAccessibleName(QCoreApplication.translate("VisitPage", u"Why the next contact is later than the authority's interval", None))
#endif // QT_CONFIG(accessibility)
        self.next_contact_reason.setPlaceholderText(QCoreApplication.translate("VisitPage", u"Only if the next contact is beyond the authority's interval", None))
#if QT_CONFIG(accessibility)
        self.actions.setAccessibleName(QCoreApplication.translate("VisitPage", u"Actions: what, who, by when", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("VisitPage", u"&Add action", None))
        self.removeActionButton.setText(QCoreApplication.translate("VisitPage", u"Remove action", None))
        self.afterGroup.setTitle(QCoreApplication.translate("VisitPage", u"After the visit", None))
        self.parent_comments_label.setText(QCoreApplication.translate("VisitPage", u"Parent's comments", None))
#if QT_CONFIG(accessibility)
        self.parent_comments.setAccessibleName(QCoreApplication.translate("VisitPage", u"Parent's comments", None))
#endif // QT_CONFIG(accessibility)
        self.summary_sent_to_parent_label.setText(QCoreApplication.translate("VisitPage", u"Summary sent to the parent", None))
        self.summary_sent_to_parent.setPlaceholderText(QCoreApplication.translate("VisitPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.summary_sent_to_parent.setAccessibleName(QCoreApplication.translate("VisitPage", u"Summary sent to the parent", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("VisitPage", u"Discard draft", None))
        self.previewButton.setText(QCoreApplication.translate("VisitPage", u"&Preview / print", None))
        self.amendButton.setText(QCoreApplication.translate("VisitPage", u"A&mend\u2026", None))
        self.finaliseButton.setText(QCoreApplication.translate("VisitPage", u"F&inalise", None))
        pass
    # retranslateUi

