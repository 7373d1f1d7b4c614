"""Where the server is and how patiently to talk to it; refuses URLs that would leak tokens."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InsecureUrlError

API_PREFIX = "/api/v1"


@dataclass(frozen=True)
class ServerConfig:
    base_url: str
    ca_bundle: Path | None = None
    connect_timeout: float = 5.0
    read_timeout: float = 30.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", normalise_base_url(self.base_url))
        if not (self.connect_timeout > 0 and self.read_timeout > 0):
            raise ValueError("timeouts must be positive (None would wait forever)")

    def api_url(self, path: str) -> str:
        return f"{self.base_url}{API_PREFIX}{path}"

    @property
    def verify(self) -> str | bool:
        """What requests gets as ``verify``: a CA bundle or True, never False."""
        return str(self.ca_bundle) if self.ca_bundle is not None else True


def normalise_base_url(raw: str) -> str:
    """``https://host[:port][/prefix]`` without a trailing slash; http only for loopback."""
    url = raw.strip() if isinstance(raw, str) else ""
    if not url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise InsecureUrlError(f"not a server address: {raw!r}")
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a port out of range or not a number
    except ValueError as exc:
        raise InsecureUrlError(f"not a server address: {raw!r}") from exc
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if scheme not in ("https", "http") or not host:
        raise InsecureUrlError(f"the server address must start with https://: {raw!r}")
    if parts.username is not None or parts.password is not None:
        # Credentials in a URL end up in logs, history and Referer headers.
        raise InsecureUrlError("the server address must not contain a user name or password")
    if parts.query or parts.fragment:
        raise InsecureUrlError(f"the server address must not have ?query or #fragment: {raw!r}")
    if scheme == "http" and not is_loopback(host):
        raise InsecureUrlError(
            f"plain http:// would send passwords unencrypted; use https:// ({host})"
        )
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc = f"{netloc}:{port}"
    return f"{scheme}://{netloc}{parts.path.rstrip('/')}"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
