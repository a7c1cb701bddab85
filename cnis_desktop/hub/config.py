"""The hub's configuration: from the environment (CNIS_HUB_…) or a file of the same names
(CNIS_HUB_CONFIG=/etc/cnis-hub.env), the environment winning."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from .console.oidc import OidcSettings
from .console.routes import ConsoleSettings
from .console.secret_box import key_from_file, key_from_secret
from .storage import default_location


class HubSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CNIS_HUB_", extra="ignore")

    db: str = Field(
        default_factory=lambda: str(default_location()),
        description="The SQLite file, or a postgresql:// URL.",
    )
    secret: SecretStr | None = Field(
        default=None,
        description="Keys the hash of enrolment codes; without it the hub"
        " keeps a random key in its own database.",
    )
    failure_delay: float = Field(
        default=0.5, ge=0, le=10, description="Seconds before a failed enrolment or token is answered."
    )
    keep_state: bool = Field(
        default=True,
        description="Keep each record's current state as"
        " changes arrive (the console reads it); off only to measure"
        " what the upkeep costs.",
    )
    authority: str = Field(
        default="Fictional County Council", description="The authority's name, shown on the console."
    )
    totp_key_file: str = Field(
        default="",
        description="A file (mode 0600) holding the key the console's TOTP secrets are"
        " encrypted with, when there is no secret; else one is made beside the SQLite file.",
    )
    oidc_issuer: str = Field(
        default="",
        description="The identity provider's issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0;"
        " empty: no sign-in with the provider.",
    )
    oidc_client_id: str = Field(default="", description="The console's client (application) id there.")
    oidc_client_secret: SecretStr | None = Field(default=None, description="Its client secret.")
    oidc_redirect_url: str = Field(
        default="",
        description="This hub's https://…/console/oidc/callback, as registered with the provider.",
    )
    oidc_groups: dict[str, list[str]] = Field(
        default_factory=dict,
        description='Which console roles each group gives, as JSON: {"<group id>": ["send_lead"]}.',
    )
    oidc_groups_claim: str = Field(default="groups", description="The id_token claim listing the groups.")
    oidc_provider_name: str = Field(
        default="Microsoft Entra ID", description="The provider's name on the sign-in page."
    )
    host: str = "127.0.0.1"
    port: int = Field(default=8443, ge=1, le=65535)

    def console(self) -> ConsoleSettings:
        key = None
        if self.secret is not None:
            key = key_from_secret(self.secret.get_secret_value().encode())
        elif self.totp_key_file:
            key = key_from_file(Path(self.totp_key_file))
        return ConsoleSettings(
            authority=self.authority, failure_delay=self.failure_delay, totp_key=key, oidc=self.oidc()
        )

    def oidc(self) -> OidcSettings | None:
        if not self.oidc_issuer:
            return None
        found = OidcSettings(
            issuer=self.oidc_issuer,
            client_id=self.oidc_client_id,
            client_secret=self.oidc_client_secret.get_secret_value() if self.oidc_client_secret else "",
            redirect_url=self.oidc_redirect_url,
            group_roles={group: tuple(roles) for group, roles in self.oidc_groups.items()},
            groups_claim=self.oidc_groups_claim,
            provider_name=self.oidc_provider_name,
        )
        problems = found.problems()
        if problems:  # refused at start, not at someone's first sign-in
            raise ValueError("The OpenID Connect settings are not right: " + "; ".join(problems))
        return found


def load_settings() -> HubSettings:
    """The settings from the environment, and from CNIS_HUB_CONFIG's file if it names one."""
    config_file = os.environ.get("CNIS_HUB_CONFIG")
    return HubSettings(_env_file=config_file) if config_file else HubSettings()  # type: ignore[call-arg]
