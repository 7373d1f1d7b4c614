"""Use cases. Each opens its own storage session and returns plain dataclasses."""
