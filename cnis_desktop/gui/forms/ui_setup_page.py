# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SetupPage(object):
    def setupUi(self, SetupPage):
        if not SetupPage.objectName():
            SetupPage.setObjectName(u"SetupPage")
        SetupPage.resize(800, 600)
        self.outer = QVBoxLayout(SetupPage)
        self.outer.setObjectName(u"outer")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpacer)

        self.card = QFrame(SetupPage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(480, 0))
        self.card.setMaximumSize(QSize(600, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.title = QLabel(self.card)
        self.title.setObjectName(u"title")

        self.cardLayout.addWidget(self.title)

        self.intro = QLabel(self.card)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.cardLayout.addWidget(self.intro)

        self.recoveryNote = QLabel(self.card)
        self.recoveryNote.setObjectName(u"recoveryNote")
        self.recoveryNote.setWordWrap(True)
        self.recoveryNote.setTextFormat(Qt.PlainText)

        self.cardLayout.addWidget(self.recoveryNote)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.userNameLabel = QLabel(self.card)
        self.userNameLabel.setObjectName(u"userNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userNameLabel)

        self.user_name = QLineEdit(self.card)
        self.user_name.setObjectName(u"user_name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_name)

        self.roleLabel = QLabel(self.card)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(self.card)
        self.role.setObjectName(u"role")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

        self.passphraseLabel = QLabel(self.card)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphrase = QLineEdit(self.card)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.strengthLabel = QLabel(self.card)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strengthLabel)

        self.strengthRow = QHBoxLayout()
        self.strengthRow.setObjectName(u"strengthRow")
        self.strength = QProgressBar(self.card)
        self.strength.setObjectName(u"strength")
        self.strength.setMaximum(4)
        self.strength.setValue(0)
        self.strength.setTextVisible(False)

        self.strengthRow.addWidget(self.strength)

        self.strengthText = QLabel(self.card)
        self.strengthText.setObjectName(u"strengthText")
        self.strengthText.setMinimumSize(QSize(80, 0))

        self.strengthRow.addWidget(self.strengthText)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.strengthRow)

        self.confirmLabel = QLabel(self.card)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirm = QLineEdit(self.card)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirm)


        self.cardLayout.addLayout(self.form)

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

        self.createButton = QPushButton(self.card)
        self.createButton.setObjectName(u"createButton")

        self.cardLayout.addWidget(self.createButton)


        self.outer.addWidget(self.card, 0, Qt.AlignHCenter)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.userNameLabel.setBuddy(self.user_name)
        self.roleLabel.setBuddy(self.role)
        self.passphraseLabel.setBuddy(self.passphrase)
        self.confirmLabel.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupPage)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(SetupPage)
    # setupUi

    def retranslateUi(self, SetupPage):
        self.title.setText(QCoreApplication.translate("SetupPage", u"Set up CNIS Desktop on this laptop", None))
        self.intro.setText(QCoreApplication.translate("SetupPage", u"Your records are kept in an encrypted vault on this laptop. Choose a passphrase you will remember: without it nobody, including you, can open the vault.", None))
        self.recoveryNote.setText(QCoreApplication.translate("SetupPage", u"If you forget your passphrase, nobody can open this vault: any work not yet synced to the hub is lost.", None))
        self.userNameLabel.setText(QCoreApplication.translate("SetupPage", u"Your &name", None))
        self.user_name.setPlaceholderText(QCoreApplication.translate("SetupPage", u"As it should appear on records", None))
        self.roleLabel.setText(QCoreApplication.translate("SetupPage", u"&Role", None))
        self.passphraseLabel.setText(QCoreApplication.translate("SetupPage", u"&Passphrase", None))
        self.passphrase.setPlaceholderText(QCoreApplication.translate("SetupPage", u"At least 12 characters; a few unrelated words work well", None))
        self.strengthLabel.setText(QCoreApplication.translate("SetupPage", u"Strength", None))
#if QT_CONFIG(accessibility)
        self.strength.setAccessibleName(QCoreApplication.translate("SetupPage", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.strengthText.setText("")
        self.confirmLabel.setText(QCoreApplication.translate("SetupPage", u"&Repeat passphrase", None))
        self.message.setText("")
        self.createButton.setText(QCoreApplication.translate("SetupPage", u"&Create vault", None))
        pass
    # retranslateUi

