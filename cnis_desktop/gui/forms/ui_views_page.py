# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'views_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ViewsPage(object):
    def setupUi(self, ViewsPage):
        if not ViewsPage.objectName():
            ViewsPage.setObjectName(u"ViewsPage")
        ViewsPage.resize(1200, 760)
        self.outer = QVBoxLayout(ViewsPage)
        self.outer.setObjectName(u"outer")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.backButton = QPushButton(ViewsPage)
        self.backButton.setObjectName(u"backButton")

        self.header.addWidget(self.backButton)

        self.title = QLabel(ViewsPage)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.saveStatus = QLabel(ViewsPage)
        self.saveStatus.setObjectName(u"saveStatus")

        self.header.addWidget(self.saveStatus)


        self.outer.addLayout(self.header)

        self.banner = QLabel(ViewsPage)
        self.banner.setObjectName(u"banner")
        self.banner.setWordWrap(True)

        self.outer.addWidget(self.banner)

        self.scroll = QScrollArea(ViewsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scrollBody = QWidget()
        self.scrollBody.setObjectName(u"scrollBody")
        self.columns = QHBoxLayout(self.scrollBody)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.aboutGroup = QGroupBox(self.scrollBody)
        self.aboutGroup.setObjectName(u"aboutGroup")
        self.topForm = QFormLayout(self.aboutGroup)
        self.topForm.setObjectName(u"topForm")
        self.topForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.purpose_label = QLabel(self.aboutGroup)
        self.purpose_label.setObjectName(u"purpose_label")

        self.topForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose = QComboBox(self.aboutGroup)
        self.purpose.setObjectName(u"purpose")

        self.topForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.gathered_on_label = QLabel(self.aboutGroup)
        self.gathered_on_label.setObjectName(u"gathered_on_label")

        self.topForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.gathered_on_label)

        self.gathered_on = QLineEdit(self.aboutGroup)
        self.gathered_on.setObjectName(u"gathered_on")
        self.gathered_on.setMaximumSize(QSize(140, 16777215))

        self.topForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.gathered_on)

        self.gathered_by_label = QLabel(self.aboutGroup)
        self.gathered_by_label.setObjectName(u"gathered_by_label")

        self.topForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gathered_by_label)

        self.gathered_by = QLineEdit(self.aboutGroup)
        self.gathered_by.setObjectName(u"gathered_by")

        self.topForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gathered_by)

        self.method_label = QLabel(self.aboutGroup)
        self.method_label.setObjectName(u"method_label")

        self.topForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method = QComboBox(self.aboutGroup)
        self.method.setObjectName(u"method")

        self.topForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.method)

        self.started_with_label = QLabel(self.aboutGroup)
        self.started_with_label.setObjectName(u"started_with_label")

        self.topForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.started_with_label)

        self.started_with = QComboBox(self.aboutGroup)
        self.started_with.setObjectName(u"started_with")

        self.topForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.started_with)

        self.others_present_label = QLabel(self.aboutGroup)
        self.others_present_label.setObjectName(u"others_present_label")

        self.topForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.others_present_label)

        self.others_present = QLineEdit(self.aboutGroup)
        self.others_present.setObjectName(u"others_present")

        self.topForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.others_present)


        self.leftColumn.addWidget(self.aboutGroup)

        self.supportGroup = QGroupBox(self.scrollBody)
        self.supportGroup.setObjectName(u"supportGroup")
        self.supportForm = QFormLayout(self.supportGroup)
        self.supportForm.setObjectName(u"supportForm")
        self.supportForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.communication_support_label = QLabel(self.supportGroup)
        self.communication_support_label.setObjectName(u"communication_support_label")

        self.supportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.communication_support_label)

        self.communication_support = QListWidget(self.supportGroup)
        self.communication_support.setObjectName(u"communication_support")
        self.communication_support.setMaximumSize(QSize(16777215, 120))

        self.supportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.communication_support)

        self.interpreter_language_label = QLabel(self.supportGroup)
        self.interpreter_language_label.setObjectName(u"interpreter_language_label")

        self.supportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.interpreter_language_label)

        self.interpreter_language = QLineEdit(self.supportGroup)
        self.interpreter_language.setObjectName(u"interpreter_language")

        self.supportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.interpreter_language)


        self.leftColumn.addWidget(self.supportGroup)

        self.afterGroup = QGroupBox(self.scrollBody)
        self.afterGroup.setObjectName(u"afterGroup")
        self.afterForm = QFormLayout(self.afterGroup)
        self.afterForm.setObjectName(u"afterForm")
        self.afterForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.read_back = QCheckBox(self.afterGroup)
        self.read_back.setObjectName(u"read_back")

        self.afterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.read_back)

        self.consent_to_share = QCheckBox(self.afterGroup)
        self.consent_to_share.setObjectName(u"consent_to_share")

        self.afterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consent_to_share)

        self.share_with_label = QLabel(self.afterGroup)
        self.share_with_label.setObjectName(u"share_with_label")

        self.afterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.share_with_label)

        self.share_with = QLineEdit(self.afterGroup)
        self.share_with.setObjectName(u"share_with")

        self.afterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.share_with)


        self.leftColumn.addWidget(self.afterGroup)

        self.safetyGroup = QGroupBox(self.scrollBody)
        self.safetyGroup.setObjectName(u"safetyGroup")
        self.unsafeLayout = QVBoxLayout(self.safetyGroup)
        self.unsafeLayout.setObjectName(u"unsafeLayout")
        self.unsafeButton = QPushButton(self.safetyGroup)
        self.unsafeButton.setObjectName(u"unsafeButton")

        self.unsafeLayout.addWidget(self.unsafeButton)

        self.unsafeState = QLabel(self.safetyGroup)
        self.unsafeState.setObjectName(u"unsafeState")
        self.unsafeState.setWordWrap(True)

        self.unsafeLayout.addWidget(self.unsafeState)

        self.unsafeProcedureText = QLabel(self.safetyGroup)
        self.unsafeProcedureText.setObjectName(u"unsafeProcedureText")
        self.unsafeProcedureText.setWordWrap(True)
        self.unsafeProcedureText.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.unsafeLayout.addWidget(self.unsafeProcedureText)

        self.unsafeForm = QFormLayout()
        self.unsafeForm.setObjectName(u"unsafeForm")
        self.unsafeForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.unsafe_details_label = QLabel(self.safetyGroup)
        self.unsafe_details_label.setObjectName(u"unsafe_details_label")

        self.unsafeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unsafe_details_label)

        self.unsafe_details = QPlainTextEdit(self.safetyGroup)
        self.unsafe_details.setObjectName(u"unsafe_details")
        self.unsafe_details.setTabChangesFocus(True)
        self.unsafe_details.setMinimumSize(QSize(0, 60))
        self.unsafe_details.setMaximumSize(QSize(16777215, 110))

        self.unsafeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unsafe_details)

        self.unsafe_actions_label = QLabel(self.safetyGroup)
        self.unsafe_actions_label.setObjectName(u"unsafe_actions_label")

        self.unsafeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unsafe_actions_label)

        self.unsafe_actions = QPlainTextEdit(self.safetyGroup)
        self.unsafe_actions.setObjectName(u"unsafe_actions")
        self.unsafe_actions.setTabChangesFocus(True)
        self.unsafe_actions.setMinimumSize(QSize(0, 60))
        self.unsafe_actions.setMaximumSize(QSize(16777215, 110))

        self.unsafeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unsafe_actions)


        self.unsafeLayout.addLayout(self.unsafeForm)


        self.leftColumn.addWidget(self.safetyGroup)

        self.parentGroup = QGroupBox(self.scrollBody)
        self.parentGroup.setObjectName(u"parentGroup")
        self.parentForm = QFormLayout(self.parentGroup)
        self.parentForm.setObjectName(u"parentForm")
        self.parentForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.parent_carer_name_label = QLabel(self.parentGroup)
        self.parent_carer_name_label.setObjectName(u"parent_carer_name_label")

        self.parentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parent_carer_name_label)

        self.parent_carer_name = QLineEdit(self.parentGroup)
        self.parent_carer_name.setObjectName(u"parent_carer_name")

        self.parentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parent_carer_name)

        self.parent_carer_views_label = QLabel(self.parentGroup)
        self.parent_carer_views_label.setObjectName(u"parent_carer_views_label")

        self.parentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parent_carer_views_label)

        self.parent_carer_views = QPlainTextEdit(self.parentGroup)
        self.parent_carer_views.setObjectName(u"parent_carer_views")
        self.parent_carer_views.setTabChangesFocus(True)
        self.parent_carer_views.setMinimumSize(QSize(0, 60))
        self.parent_carer_views.setMaximumSize(QSize(16777215, 110))

        self.parentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parent_carer_views)


        self.leftColumn.addWidget(self.parentGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.methodHint = QLabel(self.scrollBody)
        self.methodHint.setObjectName(u"methodHint")
        self.methodHint.setWordWrap(True)

        self.rightColumn.addWidget(self.methodHint)

        self.methodHost = QWidget(self.scrollBody)
        self.methodHost.setObjectName(u"methodHost")
        self.methodHost.setMinimumSize(QSize(420, 300))

        self.rightColumn.addWidget(self.methodHost)

        self.contentError = QLabel(self.scrollBody)
        self.contentError.setObjectName(u"contentError")
        self.contentError.setWordWrap(True)

        self.rightColumn.addWidget(self.contentError)


        self.columns.addLayout(self.rightColumn)

        self.scroll.setWidget(self.scrollBody)

        self.outer.addWidget(self.scroll)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.discardButton = QPushButton(ViewsPage)
        self.discardButton.setObjectName(u"discardButton")

        self.footer.addWidget(self.discardButton)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpacer)

        self.sheetButton = QPushButton(ViewsPage)
        self.sheetButton.setObjectName(u"sheetButton")

        self.footer.addWidget(self.sheetButton)

        self.childModeButton = QPushButton(ViewsPage)
        self.childModeButton.setObjectName(u"childModeButton")

        self.footer.addWidget(self.childModeButton)

        self.finaliseButton = QPushButton(ViewsPage)
        self.finaliseButton.setObjectName(u"finaliseButton")

        self.footer.addWidget(self.finaliseButton)


        self.outer.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.purpose_label.setBuddy(self.purpose)
        self.gathered_on_label.setBuddy(self.gathered_on)
        self.gathered_by_label.setBuddy(self.gathered_by)
        self.method_label.setBuddy(self.method)
        self.started_with_label.setBuddy(self.started_with)
        self.others_present_label.setBuddy(self.others_present)
        self.communication_support_label.setBuddy(self.communication_support)
        self.interpreter_language_label.setBuddy(self.interpreter_language)
        self.share_with_label.setBuddy(self.share_with)
        self.unsafe_details_label.setBuddy(self.unsafe_details)
        self.unsafe_actions_label.setBuddy(self.unsafe_actions)
        self.parent_carer_name_label.setBuddy(self.parent_carer_name)
        self.parent_carer_views_label.setBuddy(self.parent_carer_views)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ViewsPage)

        QMetaObject.connectSlotsByName(ViewsPage)
    # setupUi

    def retranslateUi(self, ViewsPage):
        self.backButton.setText(QCoreApplication.translate("ViewsPage", u"\u2190 EHC and views", None))
        self.title.setText(QCoreApplication.translate("ViewsPage", u"Child's views", None))
        self.saveStatus.setText("")
        self.banner.setText("")
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("ViewsPage", u"The child's views and how they were gathered", None))
#endif // QT_CONFIG(accessibility)
        self.aboutGroup.setTitle(QCoreApplication.translate("ViewsPage", u"About this conversation", None))
        self.purpose_label.setText(QCoreApplication.translate("ViewsPage", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purpose.setAccessibleName(QCoreApplication.translate("ViewsPage", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.gathered_on_label.setText(QCoreApplication.translate("ViewsPage", u"&Date", None))
        self.gathered_on.setPlaceholderText(QCoreApplication.translate("ViewsPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.gathered_on.setAccessibleName(QCoreApplication.translate("ViewsPage", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.gathered_by_label.setText(QCoreApplication.translate("ViewsPage", u"Gathered &by", None))
#if QT_CONFIG(accessibility)
        self.gathered_by.setAccessibleName(QCoreApplication.translate("ViewsPage", u"Gathered by", None))
#endif // QT_CONFIG(accessibility)
        self.method_label.setText(QCoreApplication.translate("ViewsPage", u"Me&thod", None))
#if QT_CONFIG(accessibility)
        self.method.setAccessibleName(QCoreApplication.translate("ViewsPage", u"Method", None))
#endif // QT_CONFIG(accessibility)
        self.started_with_label.setText(QCoreApplication.translate("ViewsPage", u"The child chose to &start with", None))
#if QT_CONFIG(accessibility)
        self.started_with.setAccessibleName(QCoreApplication.translate("ViewsPage", u"The child chose to start with", None))
#endif // QT_CONFIG(accessibility)
        self.others_present_label.setText(QCoreApplication.translate("ViewsPage", u"Who &else was present", None))
#if QT_CONFIG(accessibility)
        self.others_present.setAccessibleName(QCoreApplication.translate("ViewsPage", u"Who else was present", None))
#endif // QT_CONFIG(accessibility)
        self.supportGroup.setTitle(QCoreApplication.translate("ViewsPage", u"Communication", None))
        self.communication_support_label.setText(QCoreApplication.translate("ViewsPage", u"&Communication support", None))
#if QT_CONFIG(accessibility)
        self.communication_support.setAccessibleName(QCoreApplication.translate("ViewsPage", u"Communication support", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_language_label.setText(QCoreApplication.translate("ViewsPage", u"Interpreter's &language", None))
#if QT_CONFIG(accessibility)
        self.interpreter_language.setAccessibleName(QCoreApplication.translate("ViewsPage", u"Interpreter's language", None))
#endif // QT_CONFIG(accessibility)
        self.afterGroup.setTitle(QCoreApplication.translate("ViewsPage", u"Reading back and consent", None))
        self.read_back.setText(QCoreApplication.translate("ViewsPage", u"The record was read back to the child", None))
#if QT_CONFIG(accessibility)
        self.read_back.setAccessibleName(QCoreApplication.translate("ViewsPage", u"The record was read back to the child", None))
#endif // QT_CONFIG(accessibility)
        self.consent_to_share.setText(QCoreApplication.translate("ViewsPage", u"The child agrees their views can be shared", None))
#if QT_CONFIG(accessibility)
        self.consent_to_share.setAccessibleName(QCoreApplication.translate("ViewsPage", u"The child agrees their views can be shared", None))
#endif // QT_CONFIG(accessibility)
        self.share_with_label.setText(QCoreApplication.translate("ViewsPage", u"Shared &with", None))
        self.share_with.setPlaceholderText(QCoreApplication.translate("ViewsPage", u"e.g. the EHC team, school nursing", None))
#if QT_CONFIG(accessibility)
        self.share_with.setAccessibleName(QCoreApplication.translate("ViewsPage", u"Shared with", None))
#endif // QT_CONFIG(accessibility)
        self.safetyGroup.setTitle(QCoreApplication.translate("ViewsPage", u"Safety", None))
        self.unsafeButton.setText(QCoreApplication.translate("ViewsPage", u"Child says they feel &unsafe", None))
        self.unsafeState.setText("")
        self.unsafeProcedureText.setText("")
        self.unsafe_details_label.setText(QCoreApplication.translate("ViewsPage", u"What the child said", None))
#if QT_CONFIG(accessibility)
        self.unsafe_details.setAccessibleName(QCoreApplication.translate("ViewsPage", u"What the child said", None))
#endif // QT_CONFIG(accessibility)
        self.unsafe_actions_label.setText(QCoreApplication.translate("ViewsPage", u"What &you did", None))
        self.unsafe_actions.setPlaceholderText(QCoreApplication.translate("ViewsPage", u"Who you told, when, and what was agreed", None))
#if QT_CONFIG(accessibility)
        self.unsafe_actions.setAccessibleName(QCoreApplication.translate("ViewsPage", u"What you did", None))
#endif // QT_CONFIG(accessibility)
        self.parentGroup.setTitle(QCoreApplication.translate("ViewsPage", u"Parent and carer views (separate)", None))
        self.parent_carer_name_label.setText(QCoreApplication.translate("ViewsPage", u"Parent or carer", None))
#if QT_CONFIG(accessibility)
        self.parent_carer_name.setAccessibleName(QCoreApplication.translate("ViewsPage", u"Parent or carer", None))
#endif // QT_CONFIG(accessibility)
        self.parent_carer_views_label.setText(QCoreApplication.translate("ViewsPage", u"Parent and carer &views", None))
        self.parent_carer_views.setPlaceholderText(QCoreApplication.translate("ViewsPage", u"Recorded separately from the child's own views", None))
#if QT_CONFIG(accessibility)
        self.parent_carer_views.setAccessibleName(QCoreApplication.translate("ViewsPage", u"Parent and carer views", None))
#endif // QT_CONFIG(accessibility)
        self.methodHint.setText("")
        self.contentError.setText("")
        self.discardButton.setText(QCoreApplication.translate("ViewsPage", u"Discard draft", None))
        self.sheetButton.setText(QCoreApplication.translate("ViewsPage", u"The child's &own copy\u2026", None))
#if QT_CONFIG(tooltip)
        self.sheetButton.setToolTip(QCoreApplication.translate("ViewsPage", u"A one-page picture sheet of the child's houses, cards and scale, for the child to keep", None))
#endif // QT_CONFIG(tooltip)
        self.childModeButton.setText(QCoreApplication.translate("ViewsPage", u"Child &mode (F11)", None))
        self.finaliseButton.setText(QCoreApplication.translate("ViewsPage", u"&Finalise", None))
        pass
    # retranslateUi

