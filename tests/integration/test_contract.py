"""The running server's schema is the published contract (docs/api/openapi.yaml)."""

from __future__ import annotations

from pathlib import Path

import requests
import yaml

from .conftest import LiveServer

CONTRACT = Path(__file__).resolve().parents[2] / "docs" / "api" / "openapi.yaml"


def test_served_schema_matches_the_contract(live_server: LiveServer) -> None:
    served = requests.get(f"{live_server.url}/openapi.json", timeout=10).json()
    published = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
    assert served == published, "regenerate docs/api/openapi.yaml (see its first lines)"
    assert published["openapi"].startswith("3.1")
    paths = published["paths"]
    for path in ("/api/v1/auth/login", "/api/v1/me", "/api/v1/orders", "/api/v1/changes"):
        assert path in paths
