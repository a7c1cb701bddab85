# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget

class Ui_ReviewMeetingDialog(object):
    def setupUi(self, ReviewMeetingDialog):
        if not ReviewMeetingDialog.objectName():
            ReviewMeetingDialog.setObjectName(u"ReviewMeetingDialog")
        ReviewMeetingDialog.resize(760, 700)
        self.outer = QVBoxLayout(ReviewMeetingDialog)
        self.outer.setObjectName(u"outer")
        self.deadlines = QLabel(ReviewMeetingDialog)
        self.deadlines.setObjectName(u"deadlines")
        self.deadlines.setWordWrap(True)

        self.outer.addWidget(self.deadlines)

        self.scroll = QScrollArea(ReviewMeetingDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scrollBody = QWidget()
        self.scrollBody.setObjectName(u"scrollBody")
        self.bodyLayout = QVBoxLayout(self.scrollBody)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.meetingForm = QFormLayout()
        self.meetingForm.setObjectName(u"meetingForm")
        self.meetingForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.meeting_date_label = QLabel(self.scrollBody)
        self.meeting_date_label.setObjectName(u"meeting_date_label")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meeting_date_label)

        self.meeting_date = QLineEdit(self.scrollBody)
        self.meeting_date.setObjectName(u"meeting_date")
        self.meeting_date.setMaximumSize(QSize(140, 16777215))

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meeting_date)

        self.invitations_sent_label = QLabel(self.scrollBody)
        self.invitations_sent_label.setObjectName(u"invitations_sent_label")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.invitations_sent_label)

        self.invitations_sent = QLineEdit(self.scrollBody)
        self.invitations_sent.setObjectName(u"invitations_sent")
        self.invitations_sent.setMaximumSize(QSize(140, 16777215))

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.invitations_sent)


        self.bodyLayout.addLayout(self.meetingForm)

        self.invitees_label = QLabel(self.scrollBody)
        self.invitees_label.setObjectName(u"invitees_label")

        self.bodyLayout.addWidget(self.invitees_label)

        self.invitees = QTableWidget(self.scrollBody)
        self.invitees.setObjectName(u"invitees")
        self.invitees.setTabKeyNavigation(False)
        self.invitees.setMinimumSize(QSize(0, 110))

        self.bodyLayout.addWidget(self.invitees)

        self.inviteesButtons = QHBoxLayout()
        self.inviteesButtons.setObjectName(u"inviteesButtons")
        self.inviteesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inviteesButtons.addItem(self.inviteesSpacer)

        self.addInviteeButton = QPushButton(self.scrollBody)
        self.addInviteeButton.setObjectName(u"addInviteeButton")

        self.inviteesButtons.addWidget(self.addInviteeButton)

        self.removeInviteeButton = QPushButton(self.scrollBody)
        self.removeInviteeButton.setObjectName(u"removeInviteeButton")

        self.inviteesButtons.addWidget(self.removeInviteeButton)


        self.bodyLayout.addLayout(self.inviteesButtons)

        self.advice_label = QLabel(self.scrollBody)
        self.advice_label.setObjectName(u"advice_label")

        self.bodyLayout.addWidget(self.advice_label)

        self.advice = QTableWidget(self.scrollBody)
        self.advice.setObjectName(u"advice")
        self.advice.setTabKeyNavigation(False)
        self.advice.setMinimumSize(QSize(0, 110))

        self.bodyLayout.addWidget(self.advice)

        self.adviceButtons = QHBoxLayout()
        self.adviceButtons.setObjectName(u"adviceButtons")
        self.adviceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.adviceButtons.addItem(self.adviceSpacer)

        self.addAdviceButton = QPushButton(self.scrollBody)
        self.addAdviceButton.setObjectName(u"addAdviceButton")

        self.adviceButtons.addWidget(self.addAdviceButton)

        self.removeAdviceButton = QPushButton(self.scrollBody)
        self.removeAdviceButton.setObjectName(u"removeAdviceButton")

        self.adviceButtons.addWidget(self.removeAdviceButton)


        self.bodyLayout.addLayout(self.adviceButtons)

        self.outcomeForm = QFormLayout()
        self.outcomeForm.setObjectName(u"outcomeForm")
        self.outcomeForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.recommendation_label = QLabel(self.scrollBody)
        self.recommendation_label.setObjectName(u"recommendation_label")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recommendation_label)

        self.recommendation = QComboBox(self.scrollBody)
        self.recommendation.setObjectName(u"recommendation")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recommendation)

        self.proposed_amendments_label = QLabel(self.scrollBody)
        self.proposed_amendments_label.setObjectName(u"proposed_amendments_label")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.proposed_amendments_label)

        self.proposed_amendments = QPlainTextEdit(self.scrollBody)
        self.proposed_amendments.setObjectName(u"proposed_amendments")
        self.proposed_amendments.setTabChangesFocus(True)
        self.proposed_amendments.setMinimumSize(QSize(0, 50))
        self.proposed_amendments.setMaximumSize(QSize(16777215, 90))

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.proposed_amendments)

        self.differences_of_opinion_label = QLabel(self.scrollBody)
        self.differences_of_opinion_label.setObjectName(u"differences_of_opinion_label")

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.differences_of_opinion_label)

        self.differences_of_opinion = QPlainTextEdit(self.scrollBody)
        self.differences_of_opinion.setObjectName(u"differences_of_opinion")
        self.differences_of_opinion.setTabChangesFocus(True)
        self.differences_of_opinion.setMinimumSize(QSize(0, 50))
        self.differences_of_opinion.setMaximumSize(QSize(16777215, 90))

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.differences_of_opinion)

        self.preparing_for_adulthood_label = QLabel(self.scrollBody)
        self.preparing_for_adulthood_label.setObjectName(u"preparing_for_adulthood_label")

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preparing_for_adulthood_label)

        self.preparing_for_adulthood = QPlainTextEdit(self.scrollBody)
        self.preparing_for_adulthood.setObjectName(u"preparing_for_adulthood")
        self.preparing_for_adulthood.setTabChangesFocus(True)
        self.preparing_for_adulthood.setMinimumSize(QSize(0, 50))
        self.preparing_for_adulthood.setMaximumSize(QSize(16777215, 90))

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preparing_for_adulthood)

        self.health_social_care_label = QLabel(self.scrollBody)
        self.health_social_care_label.setObjectName(u"health_social_care_label")

        self.outcomeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.health_social_care_label)

        self.health_social_care = QPlainTextEdit(self.scrollBody)
        self.health_social_care.setObjectName(u"health_social_care")
        self.health_social_care.setTabChangesFocus(True)
        self.health_social_care.setMinimumSize(QSize(0, 50))
        self.health_social_care.setMaximumSize(QSize(16777215, 90))

        self.outcomeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.health_social_care)

        self.personal_budget_label = QLabel(self.scrollBody)
        self.personal_budget_label.setObjectName(u"personal_budget_label")

        self.outcomeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.personal_budget_label)

        self.personal_budget = QPlainTextEdit(self.scrollBody)
        self.personal_budget.setObjectName(u"personal_budget")
        self.personal_budget.setTabChangesFocus(True)
        self.personal_budget.setMinimumSize(QSize(0, 50))
        self.personal_budget.setMaximumSize(QSize(16777215, 90))

        self.outcomeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.personal_budget)

        self.report_author_label = QLabel(self.scrollBody)
        self.report_author_label.setObjectName(u"report_author_label")

        self.outcomeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.report_author_label)

        self.report_author = QLineEdit(self.scrollBody)
        self.report_author.setObjectName(u"report_author")

        self.outcomeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.report_author)


        self.bodyLayout.addLayout(self.outcomeForm)

        self.scroll.setWidget(self.scrollBody)

        self.outer.addWidget(self.scroll)

        self.message = QLabel(ReviewMeetingDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bSpacer)

        self.cancelButton = QPushButton(ReviewMeetingDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(ReviewMeetingDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.outer.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.meeting_date_label.setBuddy(self.meeting_date)
        self.invitations_sent_label.setBuddy(self.invitations_sent)
        self.invitees_label.setBuddy(self.invitees)
        self.advice_label.setBuddy(self.advice)
        self.recommendation_label.setBuddy(self.recommendation)
        self.proposed_amendments_label.setBuddy(self.proposed_amendments)
        self.differences_of_opinion_label.setBuddy(self.differences_of_opinion)
        self.preparing_for_adulthood_label.setBuddy(self.preparing_for_adulthood)
        self.health_social_care_label.setBuddy(self.health_social_care)
        self.personal_budget_label.setBuddy(self.personal_budget)
        self.report_author_label.setBuddy(self.report_author)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewMeetingDialog)

        QMetaObject.connectSlotsByName(ReviewMeetingDialog)
    # setupUi

    def retranslateUi(self, ReviewMeetingDialog):
        self.deadlines.setText("")
        self.meeting_date_label.setText(QCoreApplication.translate("ReviewMeetingDialog", u"&Meeting date", None))
        self.meeting_date.setPlaceholderText(QCoreApplication.translate("ReviewMeetingDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.meeting_date.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Meeting date", None))
#endif // QT_CONFIG(accessibility)
        self.invitations_sent_label.setText(QCoreApplication.translate("ReviewMeetingDialog", u"&Invitations sent", None))
        self.invitations_sent.setPlaceholderText(QCoreApplication.translate("ReviewMeetingDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.invitations_sent.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Invitations sent", None))
#endif // QT_CONFIG(accessibility)
        self.invitees_label.setText(QCoreApplication.translate("ReviewMeetingDialog", u"&Who was invited, and who came", None))
#if QT_CONFIG(accessibility)
        self.invitees.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Invitees: name, role, invited on, attended", None))
#endif // QT_CONFIG(accessibility)
        self.addInviteeButton.setText(QCoreApplication.translate("ReviewMeetingDialog", u"Add", None))
#if QT_CONFIG(accessibility)
        self.addInviteeButton.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Add a row to Invitees: name, role, invited on, attended", None))
#endif // QT_CONFIG(accessibility)
        self.removeInviteeButton.setText(QCoreApplication.translate("ReviewMeetingDialog", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removeInviteeButton.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Remove the chosen row from Invitees: name, role, invited on, attended", None))
#endif // QT_CONFIG(accessibility)
        self.advice_label.setText(QCoreApplication.translate("ReviewMeetingDialog", u"&Advice and information", None))
#if QT_CONFIG(accessibility)
        self.advice.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Advice: from whom, asked for, received, circulated", None))
#endif // QT_CONFIG(accessibility)
        self.addAdviceButton.setText(QCoreApplication.translate("ReviewMeetingDialog", u"Add", None))
#if QT_CONFIG(accessibility)
        self.addAdviceButton.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Add a row to Advice: from whom, asked for, received, circulated", None))
#endif // QT_CONFIG(accessibility)
        self.removeAdviceButton.setText(QCoreApplication.translate("ReviewMeetingDialog", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removeAdviceButton.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Remove the chosen row from Advice: from whom, asked for, received, circulated", None))
#endif // QT_CONFIG(accessibility)
        self.recommendation_label.setText(QCoreApplication.translate("ReviewMeetingDialog", u"&Recommendation", None))
#if QT_CONFIG(accessibility)
        self.recommendation.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Recommendation", None))
#endif // QT_CONFIG(accessibility)
        self.proposed_amendments_label.setText(QCoreApplication.translate("ReviewMeetingDialog", u"Proposed amendments", None))
#if QT_CONFIG(accessibility)
        self.proposed_amendments.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Proposed amendments", None))
#endif // QT_CONFIG(accessibility)
        self.differences_of_opinion_label.setText(QCoreApplication.translate("ReviewMeetingDialog", u"Differences of opinion", None))
#if QT_CONFIG(accessibility)
        self.differences_of_opinion.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Differences of opinion", None))
#endif // QT_CONFIG(accessibility)
        self.preparing_for_adulthood_label.setText(QCoreApplication.translate("ReviewMeetingDialog", u"Preparing for adulthood (from Year 9)", None))
#if QT_CONFIG(accessibility)
        self.preparing_for_adulthood.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Preparing for adulthood (from Year 9)", None))
#endif // QT_CONFIG(accessibility)
        self.health_social_care_label.setText(QCoreApplication.translate("ReviewMeetingDialog", u"Health and social care review", None))
#if QT_CONFIG(accessibility)
        self.health_social_care.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Health and social care review", None))
#endif // QT_CONFIG(accessibility)
        self.personal_budget_label.setText(QCoreApplication.translate("ReviewMeetingDialog", u"Personal budget", None))
#if QT_CONFIG(accessibility)
        self.personal_budget.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Personal budget", None))
#endif // QT_CONFIG(accessibility)
        self.report_author_label.setText(QCoreApplication.translate("ReviewMeetingDialog", u"Report written by (name, role)", None))
#if QT_CONFIG(accessibility)
        self.report_author.setAccessibleName(QCoreApplication.translate("ReviewMeetingDialog", u"Report written by (name, role)", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.cancelButton.setText(QCoreApplication.translate("ReviewMeetingDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("ReviewMeetingDialog", u"&Save the meeting record", None))
        pass
    # retranslateUi

