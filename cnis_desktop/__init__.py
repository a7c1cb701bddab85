"""CNIS Desktop: offline-first, encrypted records for children with SEND not in school."""

__version__ = "0.1.0"
