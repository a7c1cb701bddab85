"""The authority's sync hub: an ASGI service and its own storage. Never imported by the
desktop; it shares only the wire format (JSON) with `cnis_desktop.sync`."""
