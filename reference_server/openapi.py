"""Write the API contract: ``python -m reference_server.openapi > docs/api/openapi.yaml``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any


def current_schema() -> dict[str, Any]:
    from .app import create_app

    with tempfile.TemporaryDirectory() as folder:
        app = create_app(Path(folder) / "schema.sqlite3")
        schema = app.openapi()
        app.state.context.db.dispose()
    return schema


def main() -> int:
    import yaml

    sys.stdout.write(
        "# The Smart Orders API contract (OpenAPI 3.1), generated from reference_server.\n"
        "# Regenerate: python -m reference_server.openapi > docs/api/openapi.yaml\n"
    )
    yaml.safe_dump(current_schema(), sys.stdout, sort_keys=False, allow_unicode=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
