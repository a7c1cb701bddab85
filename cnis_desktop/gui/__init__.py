"""The Qt user interface: the only package that imports PySide6.

The Qt-free modules every start needs are imported here, before PySide6 is: once loaded,
PySide6 reads the source of each module imported after it (its `__feature__` check, about
0.1 ms a module), so the settings, paths and passphrase check, and all they import, come in
cheaper first.
"""

from .. import paths, settings  # noqa: F401
from ..vault import unlocking  # noqa: F401
