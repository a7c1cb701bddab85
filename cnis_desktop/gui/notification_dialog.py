"""Record that a partner was told of an arrangement (two clicks from the dashboard)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from ..domain import codes
from ..domain.oversight import Notification
from ..domain.validation import ValidationFailed, validate_notification
from ..vault import Vault
from .binder import FormBinder, fill_combo
from .forms.ui_notification_dialog import Ui_NotificationDialog


class NotificationDialog(QDialog):
    def __init__(
        self, vault: Vault, child_id: str, arrangement_id: str, partner: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notificationDialog")
        self.setWindowTitle("Record a notification")
        self.ui = Ui_NotificationDialog()
        self.ui.setupUi(self)
        self.vault = vault
        fill_combo(self.ui.partner, codes.PARTNER)
        fill_combo(self.ui.method, codes.SHARE_METHOD)
        child = vault.children.get(child_id).record
        arrangement = vault.arrangements.get(arrangement_id).record
        self.ui.about.setText(
            f"{child.display_name}: "
            f"{codes.ARRANGEMENT_TYPE.label(arrangement.type)} from "
            f"{arrangement.start_date:%d/%m/%Y}"
            if arrangement.start_date
            else child.display_name
        )
        self.base = Notification(
            child_id=child_id,
            arrangement_id=arrangement_id,
            partner=partner,
            shared_on=date.today(),
            shared_by=vault.profile.user_name,
        )
        self.binder = FormBinder(self, Notification, skip=("child_id", "arrangement_id"))
        self.binder.load(self.base)
        self.ui.saveButton.setDefault(True)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.saved_id = ""

    def save(self) -> bool:
        record, problems = self.binder.read(self.base)
        errors = {**validate_notification(record), **problems}
        self.binder.show_errors(errors)
        if errors:
            return False
        try:
            self.saved_id = self.vault.oversight.notifications.add(record).id
        except ValidationFailed as exc:
            self.binder.show_errors(exc.errors)
            return False
        self.accept()
        return True
