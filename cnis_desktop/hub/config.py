"""The hub's configuration: from the environment (CNIS_HUB_…) or a file of the same names
(CNIS_HUB_CONFIG=/etc/cnis-hub.env), the environment winning."""

from __future__ import annotations

import os

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from .console.routes import ConsoleSettings
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
    host: str = "127.0.0.1"
    port: int = Field(default=8443, ge=1, le=65535)

    def console(self) -> ConsoleSettings:
        return ConsoleSettings(authority=self.authority, failure_delay=self.failure_delay)


def load_settings() -> HubSettings:
    """The settings from the environment, and from CNIS_HUB_CONFIG's file if it names one."""
    config_file = os.environ.get("CNIS_HUB_CONFIG")
    return HubSettings(_env_file=config_file) if config_file else HubSettings()  # type: ignore[call-arg]
