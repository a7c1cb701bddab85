"""The test suite's one allowance: vaults made with a light key derivation (FAST_KDF in
conftest, 8 MiB and one pass) so that hundreds of vaults are created in seconds. The real
floor (64 MiB, 2 passes) is tested in tests/vault/test_damaged_files.py. Set here, in the
package, so that it also holds in the subprocesses tests start with `-m tests.…`."""

from dataclasses import replace

from cnis_desktop.vault import keyfile as _keyfile

_keyfile.KDF_LIMITS = replace(_keyfile.KDF_LIMITS, min_time_cost=1, min_memory_kib=8192)
