"""OS integration: folders, settings, clock, credentials."""
