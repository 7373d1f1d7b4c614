"""The Smart API's endpoints as typed calls; every failure is a RemoteError subclass.

The client is not thread-safe for changing ``access_token`` while calls run; the sync service
owns one instance on its network thread. It never retries by itself: backoff, Retry-After and
token refresh are the sync service's decisions (it knows what is queued and what the user sees).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import requests

import desktop_app

from . import wire
from .config import ServerConfig
from .errors import LocalFileError, ResponseFormatError
from .multipart import MultipartFile
from .transport import Transport

__all__ = ["ApiClient", "ServerConfig"]

T = TypeVar("T")

USER_AGENT = f"smart-orders/{getattr(desktop_app, '__version__', '0')}"


class ApiClient:
    def __init__(self, config: ServerConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.access_token: str | None = None
        self._transport = Transport(config, session or requests.Session(), USER_AGENT)

    def close(self) -> None:
        self._transport.session.close()

    # -- account ---------------------------------------------------------------------------

    def login(self, email: str, password: str) -> wire.Tokens:
        body = {"email": email, "password": password}
        return self._read(wire.read_tokens, "POST", "/auth/login", json_body=body, auth=False)

    def refresh(self, refresh_token: str) -> wire.Tokens:
        body = {"refresh_token": refresh_token}
        return self._read(wire.read_tokens, "POST", "/auth/refresh", json_body=body, auth=False)

    def logout(self, refresh_token: str) -> None:
        self._send(
            "POST", "/auth/logout", json_body={"refresh_token": refresh_token}, ok=(200, 204)
        )

    def me(self) -> wire.Me:
        return self._read(wire.read_me, "GET", "/me")

    # -- commands (each carries the outbox op id as Idempotency-Key) --------------------------

    def submit_order(self, order_json: dict[str, Any], key: str) -> wire.RemoteOrder:
        # 201 created, 200 the order already existed (a resend after days offline).
        return self._read(
            wire.read_order, "POST", "/orders", json_body=order_json, key=key, ok=(200, 201)
        )

    def post_comment(self, order_id: str, text: str, key: str) -> None:
        path = f"/orders/{_segment(order_id)}/comments"
        self._send("POST", path, json_body={"text": text}, key=key)

    def request_cancellation(self, order_id: str, reason: str, key: str) -> wire.RemoteOrder | None:
        """The order in cancellation review when the server answers with it, else None."""
        path = f"/orders/{_segment(order_id)}/cancellation"
        data = self._send("POST", path, json_body={"reason": reason}, key=key)
        if isinstance(data, dict) and isinstance(data.get("order"), dict):
            data = data["order"]
        if not (isinstance(data, dict) and "id" in data and "status" in data):
            return None
        return self._parse(wire.read_order, data, "POST", path)

    def request_invoice_change(self, invoice_id: str, comment: str, key: str) -> None:
        path = f"/invoices/{_segment(invoice_id)}/change-request"
        self._send("POST", path, json_body={"comment": comment}, key=key)

    def send_invoice_now(self, invoice_id: str, key: str) -> None:
        self._send("POST", f"/invoices/{_segment(invoice_id)}/send-now", key=key)

    def upload_attachment(
        self, order_id: str, path: Path, display_name: str, kind: str, key: str
    ) -> None:
        try:
            body = MultipartFile(path, "file", display_name, {"kind": kind})
        except OSError as exc:
            raise LocalFileError(f"cannot read {path.name}: {exc.strerror or exc}") from None
        self._send(
            "POST",
            f"/orders/{_segment(order_id)}/attachments",
            data=body,
            key=key,
            headers={"Content-Type": body.content_type},
        )

    # -- reading ----------------------------------------------------------------------------

    def search_clients(self, q: str, limit: int = 20) -> tuple[dict[str, Any], ...]:
        params = {"q": q, "limit": str(limit)}
        return self._read(wire.read_clients, "GET", "/clients", params=params)

    def client_duplicates(
        self, legal_name: str, vat_id: str = "", country: str = "DE", postal_code: str = ""
    ) -> tuple[wire.ClientDuplicate, ...]:
        """Records of Smart's client database that a new client would likely duplicate."""
        params = {
            "legal_name": legal_name,
            "vat_id": vat_id,
            "country": country,
            "postal_code": postal_code,
        }
        return self._read(wire.read_client_duplicates, "GET", "/clients/duplicates", params=params)

    def changes(
        self, cursor: str, limit: int = 200, member_id: int | None = None
    ) -> wire.ChangesPage:
        """The feed; ``member_id`` (support and staff only) follows one member."""
        params = {"cursor": cursor, "limit": str(limit)}
        if member_id is not None:
            params["member_id"] = str(member_id)
        return self._read(wire.read_changes, "GET", "/changes", params=params)

    # -- support --------------------------------------------------------------------------

    def find_members(self, q: str, limit: int = 20) -> tuple[wire.Member, ...]:
        params = {"q": q, "limit": str(limit)}
        return self._read(wire.read_members, "GET", "/support/members", params=params)

    def open_order(self, order_id: str) -> wire.RemoteOrder:
        """One order; when support opens it, the member sees that in its timeline."""
        return self._read(wire.read_order, "GET", f"/orders/{_segment(order_id)}")

    # -- plumbing ---------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        *,
        key: str | None = None,
        auth: bool = True,
        headers: dict[str, str] | None = None,
        ok: tuple[int, ...] = (200, 201, 202, 204),
        **kwargs: Any,
    ) -> Any:
        all_headers = dict(headers or {})
        if key is not None:
            all_headers["Idempotency-Key"] = key
        token = self.access_token if auth else None
        return self._transport.call(method, path, token=token, headers=all_headers, ok=ok, **kwargs)

    def _read(self, reader: Callable[[object], T], method: str, path: str, **kwargs: Any) -> T:
        return self._parse(reader, self._send(method, path, **kwargs), method, path)

    @staticmethod
    def _parse(reader: Callable[[object], T], data: object, method: str, path: str) -> T:
        try:
            return reader(data)
        except ResponseFormatError as exc:
            raise ResponseFormatError(exc.path, exc.problem, f"{method} {path}") from None
        except RecursionError:  # absurdly nested JSON
            raise ResponseFormatError("$", "nested too deeply", f"{method} {path}") from None


def _segment(value: str) -> str:
    # Ids go into the path; quoting keeps "../" or "?" in an id from changing the request.
    return quote(str(value), safe="")
