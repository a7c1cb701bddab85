"""Entry point frozen into the bundle as `cnis-desktop`."""

from cnis_desktop.gui.app import main

raise SystemExit(main())
