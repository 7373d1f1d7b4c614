"""Typed errors of the REST client: callers decide retry or failure on the type alone.

``transient`` is the sync protocol's rule made explicit: True means "retry with backoff later",
False means "show the reason to the user" (AuthenticationError: refresh, then retry).
No ``requests`` type ever escapes the client; these are the only exceptions it raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class RemoteError(Exception):
    transient: bool = False


class NetworkError(RemoteError):
    """Connection refused or reset, DNS failure, timeout, a body cut short."""

    transient = True


class TlsError(NetworkError):
    """The server's certificate could not be verified; retrying does not help."""

    transient = False


class ServerBusy(RemoteError):
    """5xx, 408, 425, 429 or a request still in progress (409): try again later."""

    transient = True

    def __init__(
        self, message: str, status: int, code: str = "", retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.retry_after = retry_after


class AuthenticationError(RemoteError):
    """401: the caller refreshes its tokens (or asks for a login) and retries."""

    transient = False

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str


class ProblemError(RemoteError):
    """A terminal refusal (RFC 9457 problem document); ``code`` is what the GUI translates."""

    transient = False

    def __init__(
        self,
        status: int,
        code: str,
        title: str = "",
        detail: str = "",
        errors: tuple[FieldError, ...] = (),
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {detail or title}")
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.errors = errors
        self.extra = extra or {}


class ResponseFormatError(RemoteError):
    """The answer is not what the contract promises (not JSON, missing field, wrong type).

    Transient: a garbage answer is more often a proxy or captive portal than a server bug.
    """

    transient = True

    def __init__(self, path: str, problem: str, endpoint: str = "") -> None:
        where = f"{endpoint}: " if endpoint else ""
        super().__init__(f"{where}{path}: {problem}")
        self.path = path
        self.problem = problem
        self.endpoint = endpoint


class LocalFileError(RemoteError):
    """A file to upload cannot be read; retrying will not help until the user acts."""

    transient = False


class InsecureUrlError(ValueError):
    """The server URL is not https (and not loopback), not parsable or carries credentials."""
