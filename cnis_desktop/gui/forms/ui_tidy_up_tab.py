# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tidy_up_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_TidyUpTab(object):
    def setupUi(self, TidyUpTab):
        if not TidyUpTab.objectName():
            TidyUpTab.setObjectName(u"TidyUpTab")
        TidyUpTab.resize(900, 560)
        self.tidyLayout = QVBoxLayout(TidyUpTab)
        self.tidyLayout.setObjectName(u"tidyLayout")
        self.tidyIntro = QLabel(TidyUpTab)
        self.tidyIntro.setObjectName(u"tidyIntro")
        self.tidyIntro.setWordWrap(True)

        self.tidyLayout.addWidget(self.tidyIntro)

        self.tidyTable = QTableWidget(TidyUpTab)
        self.tidyTable.setObjectName(u"tidyTable")
        self.tidyTable.setTabKeyNavigation(False)
        self.tidyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tidyTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tidyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tidyTable.setTabKeyNavigation(False)

        self.tidyLayout.addWidget(self.tidyTable)

        self.tidyButtons = QHBoxLayout()
        self.tidyButtons.setObjectName(u"tidyButtons")
        self.tidyStatus = QLabel(TidyUpTab)
        self.tidyStatus.setObjectName(u"tidyStatus")

        self.tidyButtons.addWidget(self.tidyStatus)

        self.tidySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tidyButtons.addItem(self.tidySpacer)

        self.checkedButton = QPushButton(TidyUpTab)
        self.checkedButton.setObjectName(u"checkedButton")

        self.tidyButtons.addWidget(self.checkedButton)


        self.tidyLayout.addLayout(self.tidyButtons)


        self.retranslateUi(TidyUpTab)

        QMetaObject.connectSlotsByName(TidyUpTab)
    # setupUi

    def retranslateUi(self, TidyUpTab):
        self.tidyIntro.setText(QCoreApplication.translate("TidyUpTab", u"Values from imported spreadsheets that were mapped, could not be used, or differed between lines about this child. Each keeps the sheet's words. Check the field on the child, then mark the value as checked.", None))
#if QT_CONFIG(accessibility)
        self.tidyTable.setAccessibleName(QCoreApplication.translate("TidyUpTab", u"Imported values to check", None))
#endif // QT_CONFIG(accessibility)
        self.tidyStatus.setText("")
        self.checkedButton.setText(QCoreApplication.translate("TidyUpTab", u"Mark as &checked", None))
        pass
    # retranslateUi

