"""The sync protocol's messages, as both sides see them: the laptop's client builds and reads
them, and the hub validates every request against these same definitions (its OpenAPI
description is generated from them).

TypedDicts, so that the laptop needs no validation library and mypy checks both sides; the
bounds are annotated-types constraints, which the hub's validator (pydantic) enforces.
(typing_extensions' TypedDict: pydantic reads the standard library's only from Python
3.12.)
"""

from __future__ import annotations

from typing import Annotated, Any, NotRequired

from annotated_types import Ge, Le, MaxLen, MinLen
from typing_extensions import TypedDict

MAX_BATCH = 500  # changes in one push, and in one page of a pull
# Sequence numbers and versions: the largest integer every JSON reader carries exactly (the
# hub's databases hold 64 bits).
MAX_SEQ = 2**53 - 1

Id = Annotated[str, MinLen(1), MaxLen(64)]
Seq = Annotated[int, Ge(0), Le(MAX_SEQ)]


class Change(TypedDict):
    """One change to one record, made on a laptop; the same id is the same change."""

    change_id: Id
    record_type: Id
    record_id: Annotated[str, MinLen(1), MaxLen(200)]
    child_id: NotRequired[Annotated[str, MaxLen(64)]]  # '' or absent: no one child
    op: Annotated[str, MinLen(1), MaxLen(32)]
    base_version: NotRequired[Seq | None]
    payload: dict[str, Any]


class PushRequest(TypedDict):
    changes: Annotated[list[Change], MaxLen(MAX_BATCH)]


class Refusal(TypedDict):
    change_id: str
    reason: str


class PushResult(TypedDict):
    """What became of each pushed change, and the seq of each one the hub holds."""

    accepted: list[str]
    duplicates: list[str]
    refused: list[Refusal]
    seqs: dict[str, int]


class PulledChange(Change):
    seq: int


class PullResult(TypedDict):
    """A page of changes after a seq. `caseload` (the child ids on the user's caseload)
    comes with the last page only, and is null while `more` is true."""

    changes: list[PulledChange]
    last_seq: int
    more: bool
    caseload: list[str] | None


class DigestResult(TypedDict):
    """A count and a hash of the change ids a device should hold up to a seq."""

    count: int
    hash: str


class EnrolRequest(TypedDict):
    code: Annotated[str, MinLen(4), MaxLen(64)]
    device_name: Annotated[str, MinLen(1), MaxLen(200)]


class EnrolResult(TypedDict):
    device_id: str
    token: str


class StatusResult(TypedDict):
    device_id: str
    version: str


# Attachments' bytes travel apart from their records, content-addressed by sha256, in
# chunks of at most this many bytes (PUT /v1/blobs/{sha256}).
MAX_BLOB_CHUNK = 1024 * 1024


class BlobStatus(TypedDict):
    """How much of a blob the hub holds: `size` is what its attachment record declares,
    `complete` that all of it is held and matched its sha256."""

    sha256: str
    size: int
    held: int
    complete: bool


# Several whole blobs in one answer (POST /v1/fetch-blobs), for a laptop fetching many: one
# token check, caseload check and trip to a worker thread for all of them, where a GET each
# paid them a blob at a time. At most this many asked for at once; the hub sends whole blobs
# in the order asked up to this many bytes (always at least one), and the laptop asks again
# for the rest.
MAX_FETCH_BLOBS = 32
MAX_FETCH_BYTES = 8 * 1024 * 1024
# The answer: its manifest (a list of FetchedBlob) as a line of JSON, then the bytes.
FETCHED_MEDIA_TYPE = "application/vnd.cnis.blobs"
MAX_MANIFEST_BYTES = 64 * 1024  # far more than 32 entries take
Sha256Hex = Annotated[str, MinLen(64), MaxLen(64)]


class FetchRequest(TypedDict):
    blobs: Annotated[list[Sha256Hex], MinLen(1), MaxLen(MAX_FETCH_BLOBS)]


class FetchedBlob(TypedDict):
    """One entry of the answer's manifest (a JSON list, in the order asked): with status 200
    its `size` bytes follow the manifest's line, after those of the entries before it;
    with any other, it is refused as GET /v1/blobs/{sha256} would refuse it, and `detail`
    says why. A blob asked for and not listed was left for the next request."""

    sha256: str
    status: int
    size: NotRequired[int]
    detail: NotRequired[str]
