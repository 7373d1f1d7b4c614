"""A Smart-compatible reference server (FastAPI): demo default, test peer, API specification."""
