# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'eotas_overview_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget

class Ui_EotasOverviewPage(object):
    def setupUi(self, EotasOverviewPage):
        if not EotasOverviewPage.objectName():
            EotasOverviewPage.setObjectName(u"EotasOverviewPage")
        EotasOverviewPage.resize(1200, 760)
        self.outer = QVBoxLayout(EotasOverviewPage)
        self.outer.setObjectName(u"outer")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.backButton = QPushButton(EotasOverviewPage)
        self.backButton.setObjectName(u"backButton")

        self.header.addWidget(self.backButton)

        self.title = QLabel(EotasOverviewPage)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)


        self.outer.addLayout(self.header)

        self.periodBar = QHBoxLayout()
        self.periodBar.setObjectName(u"periodBar")
        self.fromLabel = QLabel(EotasOverviewPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodBar.addWidget(self.fromLabel)

        self.periodFrom = QLineEdit(EotasOverviewPage)
        self.periodFrom.setObjectName(u"periodFrom")
        self.periodFrom.setMaximumSize(QSize(120, 16777215))

        self.periodBar.addWidget(self.periodFrom)

        self.toLabel = QLabel(EotasOverviewPage)
        self.toLabel.setObjectName(u"toLabel")

        self.periodBar.addWidget(self.toLabel)

        self.periodTo = QLineEdit(EotasOverviewPage)
        self.periodTo.setObjectName(u"periodTo")
        self.periodTo.setMaximumSize(QSize(120, 16777215))

        self.periodBar.addWidget(self.periodTo)

        self.applyButton = QPushButton(EotasOverviewPage)
        self.applyButton.setObjectName(u"applyButton")

        self.periodBar.addWidget(self.applyButton)

        self.periodMessage = QLabel(EotasOverviewPage)
        self.periodMessage.setObjectName(u"periodMessage")

        self.periodBar.addWidget(self.periodMessage)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodBar.addItem(self.periodSpacer)

        self.exportButton = QPushButton(EotasOverviewPage)
        self.exportButton.setObjectName(u"exportButton")

        self.periodBar.addWidget(self.exportButton)


        self.outer.addLayout(self.periodBar)

        self.childrenTable = QTableWidget(EotasOverviewPage)
        self.childrenTable.setObjectName(u"childrenTable")
        self.childrenTable.setTabKeyNavigation(False)
        self.childrenTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.childrenTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.childrenTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.childrenTable.setMinimumSize(QSize(0, 160))

        self.outer.addWidget(self.childrenTable)

        self.chartHost = QWidget(EotasOverviewPage)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(0, 200))

        self.outer.addWidget(self.chartHost)

        self.alertsTitle = QLabel(EotasOverviewPage)
        self.alertsTitle.setObjectName(u"alertsTitle")

        self.outer.addWidget(self.alertsTitle)

        self.alertsTable = QTableWidget(EotasOverviewPage)
        self.alertsTable.setObjectName(u"alertsTable")
        self.alertsTable.setTabKeyNavigation(False)
        self.alertsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.alertsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.alertsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.alertsTable.setMaximumSize(QSize(16777215, 130))

        self.outer.addWidget(self.alertsTable)


        self.retranslateUi(EotasOverviewPage)

        QMetaObject.connectSlotsByName(EotasOverviewPage)
    # setupUi

    def retranslateUi(self, EotasOverviewPage):
        self.backButton.setText(QCoreApplication.translate("EotasOverviewPage", u"\u2190 Caseload", None))
        self.title.setText(QCoreApplication.translate("EotasOverviewPage", u"EOTAS hours across the caseload", None))
        self.fromLabel.setText(QCoreApplication.translate("EotasOverviewPage", u"F&rom", None))
#if QT_CONFIG(accessibility)
        self.periodFrom.setAccessibleName(QCoreApplication.translate("EotasOverviewPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("EotasOverviewPage", u"t&o", None))
#if QT_CONFIG(accessibility)
        self.periodTo.setAccessibleName(QCoreApplication.translate("EotasOverviewPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.applyButton.setText(QCoreApplication.translate("EotasOverviewPage", u"Sho&w", None))
        self.periodMessage.setText("")
        self.exportButton.setText(QCoreApplication.translate("EotasOverviewPage", u"E&xport CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.childrenTable.setAccessibleName(QCoreApplication.translate("EotasOverviewPage", u"Children with EOTAS packages: hours planned and delivered", None))
#endif // QT_CONFIG(accessibility)
        self.alertsTitle.setText(QCoreApplication.translate("EotasOverviewPage", u"Providers with checks to chase", None))
#if QT_CONFIG(accessibility)
        self.alertsTable.setAccessibleName(QCoreApplication.translate("EotasOverviewPage", u"Providers with expired or missing checks", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

