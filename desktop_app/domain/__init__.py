"""Pure domain core: no third-party imports and nothing else of the project."""
