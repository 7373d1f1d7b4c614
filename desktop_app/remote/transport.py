"""One requests.Session, explicit timeouts, TLS always verified, typed errors out.

Everything that can go wrong on the wire is turned into a RemoteError here; no requests type
leaves this module. The log gets method, path, status and duration at DEBUG, never headers,
query strings or bodies (tokens and search terms live there).
"""

from __future__ import annotations

import json
import logging
import ssl
import time
from typing import Any

import requests
from requests.auth import AuthBase

from .config import ServerConfig
from .errors import NetworkError, RemoteError, ResponseFormatError, TlsError
from .problems import error_for

log = logging.getLogger(__name__)

MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # a runaway answer must not exhaust memory


class BearerAuth(AuthBase):
    """Sets the token per request; as ``auth`` it also keeps ~/.netrc from overriding it."""

    def __init__(self, token: str | None) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if self._token:
            request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "BearerAuth(***)"


class Transport:
    def __init__(self, config: ServerConfig, session: requests.Session, user_agent: str) -> None:
        self.config = config
        self.session = session
        session.verify = config.verify  # also passed per call; never False
        session.headers["User-Agent"] = user_agent
        session.headers["Accept"] = "application/json, application/problem+json"

    def call(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        json_body: Any = None,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        data: Any = None,
        ok: tuple[int, ...] = (200,),
    ) -> Any:
        """Send one request; the decoded JSON of a success (None for an empty body)."""
        if self.config.ca_bundle is not None and not self.config.ca_bundle.is_file():
            raise TlsError(f"the CA bundle {self.config.ca_bundle} does not exist")
        endpoint = f"{method} {path}"
        started = time.monotonic()
        try:
            response = self.session.request(
                method,
                self.config.api_url(path),
                json=json_body,
                params=params,
                headers=headers,
                data=data,
                auth=BearerAuth(token),
                timeout=(self.config.connect_timeout, self.config.read_timeout),
                verify=self.config.verify,
                allow_redirects=False,  # a redirect could carry the token to another host
                stream=True,
            )
            try:
                body = _read_limited(response)
            finally:
                response.close()
        except requests.RequestException as exc:
            log.debug("%s failed after %.0f ms: %s", endpoint, _ms(started), type(exc).__name__)
            raise _network_error(exc, endpoint) from None
        except OSError as exc:  # outside requests' wrapping (e.g. a CA file vanishing mid-call)
            log.debug("%s failed after %.0f ms: %s", endpoint, _ms(started), type(exc).__name__)
            raise NetworkError(f"{endpoint}: {type(exc).__name__}") from None
        log.debug("%s -> %s (%.0f ms)", endpoint, response.status_code, _ms(started))
        status = response.status_code
        if status in ok:
            return _decode(body, response.headers.get("Content-Type", ""), endpoint)
        if status < 400:  # redirects are not followed; another 2xx is not the contract
            raise ResponseFormatError("$", f"unexpected HTTP status {status}", endpoint)
        raise error_for(status, response.headers, body)


def _read_limited(response: requests.Response) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_content(chunk_size=64 * 1024):
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise _TooLarge()
        chunks.append(chunk)
    return b"".join(chunks)


class _TooLarge(requests.RequestException):
    pass


def _decode(body: bytes, content_type: str, endpoint: str) -> Any:
    if not body.strip():
        return None
    if "json" not in content_type.lower():
        # A captive portal or proxy page, even if it happens to parse.
        kind = content_type.split(";")[0].strip() or "no content type"
        raise ResponseFormatError("$", f"expected JSON, got {kind}", endpoint)
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ResponseFormatError("$", "the body is not valid JSON", endpoint) from None


def _network_error(exc: requests.RequestException, endpoint: str) -> RemoteError:
    if isinstance(exc, _TooLarge):
        return ResponseFormatError("$", f"answer larger than {MAX_RESPONSE_BYTES} bytes", endpoint)
    if isinstance(exc, requests.exceptions.SSLError):
        if _certificate_failure(exc):
            return TlsError(
                "the server's TLS certificate could not be verified; if your organisation "
                f"uses its own certificate authority, configure its CA bundle ({_reason(exc)})"
            )
        return NetworkError(f"{endpoint}: TLS connection failed ({_reason(exc)})")
    if isinstance(exc, requests.Timeout):
        return NetworkError(f"{endpoint}: the server did not answer in time")
    if isinstance(exc, requests.ConnectionError | requests.exceptions.ChunkedEncodingError):
        return NetworkError(f"{endpoint}: connection failed ({_reason(exc)})")
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return NetworkError(f"{endpoint}: the answer arrived damaged ({_reason(exc)})")
    # InvalidHeader, InvalidURL, ...: a request that could not be built is not transient.
    return RemoteError(f"{endpoint}: request could not be sent ({type(exc).__name__})")


def _certificate_failure(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        for arg in current.args:
            if isinstance(arg, BaseException) and _certificate_failure(arg):
                return True
        current = current.__cause__ or current.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


def _reason(exc: BaseException) -> str:
    # requests' messages repeat the URL; the exception type and last words are enough.
    text = str(exc)
    return f"{type(exc).__name__}: {text[-160:]}" if text else type(exc).__name__


def _ms(started: float) -> float:
    return (time.monotonic() - started) * 1000
