"""Server URL rules and what the client hands to requests (no network: a recording session)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop_app.remote.client import ApiClient, ServerConfig
from desktop_app.remote.errors import InsecureUrlError


class RecordingSession(requests.Session):
    """Records each call's keyword arguments and answers 200 without touching the network."""

    def __init__(self, body: Any = None) -> None:
        super().__init__()
        self.calls: list[dict[str, Any]] = []
        self.body = json.dumps(body if body is not None else {}).encode()

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        self.calls.append({"method": method, "url": url, **kwargs})
        response = requests.Response()
        response.status_code = 200
        response.headers["Content-Type"] = "application/json"
        response.raw = io.BytesIO(self.body)
        return response


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("https://smart.example", "https://smart.example"),
        ("  HTTPS://Smart.Example:8443/api-root/  ", "https://smart.example:8443/api-root"),
        ("http://127.0.0.1:8000/", "http://127.0.0.1:8000"),
        ("http://127.1.2.3", "http://127.1.2.3"),
        ("http://localhost:9000", "http://localhost:9000"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_accepted_urls_are_normalised(raw: str, normalised: str) -> None:
    config = ServerConfig(raw)
    assert config.base_url == normalised
    assert config.api_url("/orders") == normalised + "/api/v1/orders"


@pytest.mark.parametrize(
    "raw",
    [
        "http://example.org",
        "http://10.0.0.5:8000",
        "http://localhost.example.org",
        "ftp://smart.example",
        "smart.example",
        "https://user:pass@smart.example",
        "https://token@smart.example",
        "https://smart.example:99999",
        "https://smart.example/?next=x",
        "https:///orders",
        "https://smart example",
        "",
    ],
)
def test_refused_urls(raw: str) -> None:
    with pytest.raises(InsecureUrlError):
        ServerConfig(raw)


def test_timeouts_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        ServerConfig("https://smart.example", read_timeout=0)


def test_every_call_verifies_tls_and_has_both_timeouts() -> None:
    session = RecordingSession({"clients": []})
    session.verify = False  # whatever the session says, each call insists
    client = ApiClient(
        ServerConfig("https://smart.example", connect_timeout=3, read_timeout=7), session
    )
    client.access_token = "t"
    client.search_clients("abc")
    client.post_comment("o-1", "hi", "k")
    assert len(session.calls) == 2
    for call in session.calls:
        assert call["verify"] is True
        assert call["timeout"] == (3, 7)
        assert call["allow_redirects"] is False
    assert session.verify is True


def test_a_custom_ca_bundle_is_passed_as_verify(tmp_path: Path) -> None:
    bundle = tmp_path / "company-ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    session = RecordingSession({"clients": []})
    client = ApiClient(ServerConfig("https://smart.example", ca_bundle=bundle), session)
    client.search_clients("abc")
    assert session.calls[0]["verify"] == str(bundle)
