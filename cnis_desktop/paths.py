"""Where things live: platformdirs by default, overridable for tests and shared laptops."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CNIS Desktop"
APP_AUTHOR = "CNIS"
VAULT_ENV = "CNIS_VAULT"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def state_dir() -> Path:
    """Small per-user state kept apart from the vault's folder (e.g. wrong-passphrase counts
    when that folder is read-only)."""
    return Path(platformdirs.user_state_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_vault_path() -> Path:
    override = os.environ.get(VAULT_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / "cnis.vault"


def demo_vault_path() -> Path:
    return data_dir() / "demo" / "demo.vault"
