"""Plain data and rules. Imports nothing from the rest of the project, does no I/O."""
