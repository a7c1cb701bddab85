"""Shared fixtures. Every test runs with its own data, config, cache and temp folders, so
the files the app writes can be found and scanned, and nothing touches the real home."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cnis_desktop.domain.model import Arrangement, Child, Visit
from cnis_desktop.vault import Vault, keyfile
from cnis_desktop.vault.keyfile import KdfParams

# Argon2id with the real algorithm but a light cost, so tests create vaults quickly; the
# real parameters are exercised by the CLI tests and the unlock benchmark.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
PASSPHRASE = "granite-orchid-lantern-42"
CHILD_FIRST = "Zephyrine"
CHILD_LAST = "Quillfeather"
VISIT_SECRET = "Prefers maths with the kitchen scales and counts the hens every morning"


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("TMPDIR", "tmp"),
    ):
        target = home / sub if sub else home
        target.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(target))
    monkeypatch.delenv("CNIS_VAULT", raising=False)
    return home


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> KdfParams:
    monkeypatch.setattr(keyfile, "choose_kdf", lambda: FAST_KDF)
    return FAST_KDF


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "test.vault"


@pytest.fixture
def vault(vault_path: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    v = Vault.create(vault_path, PASSPHRASE, "Alex Officer", "ehe_officer")
    yield v
    if v.is_open:
        v.close()


def make_child(**overrides: object) -> Child:
    base = dict(
        legal_first_name=CHILD_FIRST,
        legal_last_name=CHILD_LAST,
        date_of_birth=date(2016, 3, 4),
        send_status="sen_support",
    )
    base.update(overrides)
    return Child(**base)  # type: ignore[arg-type]


def finalisable_visit(child_id: str, **overrides: object) -> Visit:
    base = dict(
        child_id=child_id,
        actual_date=date(2026, 10, 1),
        judgement="suitable",
        child_seen=True,
        child_views=VISIT_SECRET,
        next_contact_date=date(2027, 4, 1),
    )
    base.update(overrides)
    return Visit(**base)  # type: ignore[arg-type]


def add_child_with_arrangement(vault: Vault, **overrides: object) -> str:
    stored = vault.children.add(make_child(**overrides), today=date(2026, 11, 1))
    vault.arrangements.add(
        Arrangement(child_id=stored.id, type="ehe", start_date=date(2025, 9, 1), reasons=["unknown"])
    )
    return stored.id


def add_eotas_child(
    vault: Vault, start: date = date(2026, 9, 7), end: date | None = None, name: str = "Bramwell"
) -> tuple[str, list[str]]:
    """A child with a package from `start`: maths 5 h on Mon/Wed, riding 2 h on Fri."""
    from cnis_desktop.domain.eotas import Component, EotasPackage, Provider

    child = vault.children.add(
        make_child(legal_first_name=name, legal_last_name="Oakhurst", date_of_birth=date(2012, 10, 1)),
        today=date(2026, 11, 1),
    )
    provider = vault.eotas.providers.add(Provider(name=f"{name} Tutors (fictional)"))
    package = vault.eotas.packages.add(EotasPackage(child_id=child.id, start_date=start, end_date=end))
    ids = [
        vault.eotas.add_component(
            Component(
                package_id=package.id,
                name=n,
                provider_id=provider.id,
                activity_type=a,
                planned_hours_per_week=h,
                days=d,
            )
        ).id
        for n, a, h, d in (
            ("Maths tutoring", "tutoring_maths", 5.0, ["mon", "wed"]),
            ("Riding therapy", "therapy_equine", 2.0, ["fri"]),
        )
    ]
    return child.id, ids
