# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_UnlockPage(object):
    def setupUi(self, UnlockPage):
        if not UnlockPage.objectName():
            UnlockPage.setObjectName(u"UnlockPage")
        UnlockPage.resize(800, 600)
        self.outer = QVBoxLayout(UnlockPage)
        self.outer.setObjectName(u"outer")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpacer)

        self.cardRow = QHBoxLayout()
        self.cardRow.setObjectName(u"cardRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardRow.addItem(self.leftSpacer)

        self.card = QFrame(UnlockPage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(420, 0))
        self.card.setMaximumSize(QSize(520, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.title = QLabel(self.card)
        self.title.setObjectName(u"title")

        self.cardLayout.addWidget(self.title)

        self.vaultLabel = QLabel(self.card)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.vaultLabel)

        self.passphraseLabel = QLabel(self.card)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.cardLayout.addWidget(self.passphraseLabel)

        self.passphrase = QLineEdit(self.card)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)

        self.cardLayout.addWidget(self.passphrase)

        self.message = QLabel(self.card)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.cardLayout.addWidget(self.message)

        self.progress = QProgressBar(self.card)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumSize(QSize(16777215, 6))

        self.cardLayout.addWidget(self.progress)

        self.unlockButton = QPushButton(self.card)
        self.unlockButton.setObjectName(u"unlockButton")

        self.cardLayout.addWidget(self.unlockButton)


        self.cardRow.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardRow.addItem(self.rightSpacer)


        self.outer.addLayout(self.cardRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphrase)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockPage)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockPage)
    # setupUi

    def retranslateUi(self, UnlockPage):
        self.title.setText(QCoreApplication.translate("UnlockPage", u"CNIS Desktop is locked", None))
        self.vaultLabel.setText(QCoreApplication.translate("UnlockPage", u"Vault", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockPage", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Unlock message", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("UnlockPage", u"&Unlock", None))
        pass
    # retranslateUi

