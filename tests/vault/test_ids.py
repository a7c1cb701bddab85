"""Record and event ids."""

import uuid

from cnis_desktop.vault.ids import new_id


def test_new_ids_are_version_4_uuids_as_uuid4_writes_them() -> None:
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for text in ids[:200]:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == text  # lower-case, hyphenated: the same text uuid4() gives
