"""Entry point frozen into the bundle as `cnis`."""

from cnis_desktop.cli import main

raise SystemExit(main())
