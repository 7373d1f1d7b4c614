"""ApiClient against the real reference server over HTTP on 127.0.0.1."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.status import InvoiceStatus, OrderStatus
from desktop_app.remote.client import ApiClient, ServerConfig
from desktop_app.remote.errors import AuthenticationError, FieldError, ProblemError

from .conftest import PASSWORD, LiveServer, valid_order

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _signed_in(server: LiveServer, email: str = "anna@example.org") -> ApiClient:
    client = ApiClient(ServerConfig(server.url, connect_timeout=5, read_timeout=10))
    client.access_token = client.login(email, PASSWORD).access_token
    return client


def _key() -> str:
    return str(uuid.uuid4())


def _active_order(server: LiveServer, client: ApiClient, **fields: object) -> str:
    body = valid_order(server.context.clock.today(), skip_client_confirmation=True, **fields)
    client.submit_order(body, _key())
    staff = server.login("staff@example.org")
    approved = staff.post(server.api(f"/staff/orders/{body['id']}/approve"), timeout=10)
    assert approved.status_code == 200, approved.text
    return str(body["id"])


def test_login_me_refresh_rotation_and_logout(live_server: LiveServer) -> None:
    client = ApiClient(ServerConfig(live_server.url))
    tokens = client.login("Anna@Example.org", PASSWORD)
    assert tokens.expires_in == 900 and "***" in repr(tokens)
    client.access_token = tokens.access_token
    me = client.me()
    assert (me.email, me.role, me.member_number, me.display_name) == (
        "anna@example.org",
        "member",
        "M-1",
        "Anna",
    )
    assert [(b.id, b.name) for b in me.budgets] == [("B-1", "Persönliches Budget")]

    # The old token is refused once its successor has been used (see reference_server/auth).
    rotated = client.refresh(client.refresh(tokens.refresh_token).refresh_token)
    with pytest.raises(AuthenticationError) as reused:
        client.refresh(tokens.refresh_token)
    assert reused.value.code == "refresh_invalid"

    client.logout(rotated.refresh_token)
    with pytest.raises(AuthenticationError) as revoked:
        client.refresh(rotated.refresh_token)
    assert revoked.value.code == "refresh_invalid"


def test_wrong_password_and_missing_token(live_server: LiveServer) -> None:
    client = ApiClient(ServerConfig(live_server.url))
    with pytest.raises(AuthenticationError) as wrong:
        client.login("anna@example.org", "falsch")
    assert wrong.value.code == "login_failed"
    with pytest.raises(AuthenticationError) as anonymous:
        client.me()
    assert anonymous.value.code == "unauthenticated"


def test_expired_access_token_then_refresh(live_server: LiveServer) -> None:
    client = ApiClient(ServerConfig(live_server.url))
    tokens = client.login("anna@example.org", PASSWORD)
    client.access_token = tokens.access_token
    live_server.context.clock.advance(timedelta(minutes=16))
    with pytest.raises(AuthenticationError) as expired:
        client.me()
    assert expired.value.code == "token_expired"
    client.access_token = client.refresh(tokens.refresh_token).access_token
    assert client.me().email == "anna@example.org"


def test_submit_is_201_then_200_for_a_resend(live_server: LiveServer) -> None:
    client = _signed_in(live_server)
    body = valid_order(live_server.context.clock.today())
    created = client.submit_order(body, _key())
    assert str(created.order.id) == body["id"]
    assert created.status is OrderStatus.SMART_REVIEW
    assert created.submitted_at.tzinfo is UTC and created.document["budget"] == "B-1"
    resent = client.submit_order(body, _key())  # a new op id after days offline
    assert resent.order.id == created.order.id and resent.submitted_at == created.submitted_at
    key = _key()
    client.submit_order(valid_order(live_server.context.clock.today()), key)
    with pytest.raises(ProblemError) as reused:
        client.submit_order(valid_order(live_server.context.clock.today()), key)
    assert (reused.value.status, reused.value.code) == (422, "idempotency_key_reused")


def test_validation_failure_lists_the_fields(live_server: LiveServer) -> None:
    client = _signed_in(live_server)
    body = valid_order(live_server.context.clock.today(), budget="B-2", contact_email="")
    with pytest.raises(ProblemError) as refused:
        client.submit_order(body, _key())
    error = refused.value
    assert (error.status, error.code, error.transient) == (422, "validation_failed", False)
    assert FieldError("budget", "unknown_budget") in error.errors
    assert any(e.field == "contact_email" for e in error.errors)


def test_another_members_order_and_wrong_role(live_server: LiveServer) -> None:
    anna, ben = _signed_in(live_server), _signed_in(live_server, "ben@example.org")
    body = valid_order(live_server.context.clock.today())
    anna.submit_order(body, _key())
    with pytest.raises(ProblemError) as taken:
        ben.submit_order(dict(body, budget="B-2"), _key())
    assert (taken.value.status, taken.value.code) == (409, "order_id_taken")
    with pytest.raises(ProblemError) as hidden:
        ben.post_comment(body["id"], "Hallo", _key())
    assert (hidden.value.status, hidden.value.code) == (404, "not_found")
    staff = _signed_in(live_server, "staff@example.org")
    with pytest.raises(ProblemError) as forbidden:
        staff.submit_order(valid_order(live_server.context.clock.today()), _key())
    assert (forbidden.value.status, forbidden.value.code) == (403, "forbidden")


def test_changes_pages_with_cursor(live_server: LiveServer) -> None:
    client = _signed_in(live_server)
    ids = []
    for _ in range(3):
        body = valid_order(live_server.context.clock.today())
        client.submit_order(body, _key())
        ids.append(body["id"])
    seen, cursor, pages = [], "0", 0
    while True:
        page = client.changes(cursor, limit=2)
        pages += 1
        assert {str(o.order.id) for o in page.orders} == {e.order_id for e in page.events}
        seen += [e.order_id for e in page.events]
        assert all(e.type == "submitted" and e.at.tzinfo is UTC for e in page.events)
        cursor = page.next_cursor
        if not page.has_more:
            break
    assert seen == ids and pages == 2 and page.server_time.tzinfo is UTC
    assert client.changes(cursor).events == ()


def test_garbage_cursor_is_a_400_problem(live_server: LiveServer) -> None:
    with pytest.raises(ProblemError) as refused:
        _signed_in(live_server).changes("abc")
    assert (refused.value.status, refused.value.code) == (400, "cursor_invalid")


def test_commands_on_an_active_order(live_server: LiveServer, tmp_path: Path) -> None:
    client = _signed_in(live_server)
    soon = (live_server.context.clock.today() + timedelta(days=3)).isoformat()
    order_id = _active_order(live_server, client, invoice_dates=[soon])
    client.post_comment(order_id, "Bitte Rechnung an die Buchhaltung", _key())
    upload = tmp_path / "angebot.pdf"
    upload.write_bytes(PDF)
    client.upload_attachment(order_id, upload, "Angebot März.pdf", "attachment", _key())

    page = client.changes("0")
    (invoice,) = page.invoices
    assert invoice.order_id == order_id and invoice.status is InvoiceStatus.DRAFT
    client.request_invoice_change(invoice.id, "Bitte ohne Umsatzsteuer", _key())
    with pytest.raises(ProblemError) as not_draft:
        client.send_invoice_now(invoice.id, _key())
    assert (not_draft.value.code, not_draft.value.extra["current_status"]) == (
        "illegal_transition",
        "awaiting_update",
    )
    cancelled = client.request_cancellation(order_id, "Die Produktion wurde abgesagt.", _key())
    assert cancelled is not None and cancelled.status is OrderStatus.CANCELLATION_REVIEW

    types = [e.type for e in client.changes(page.next_cursor).events]
    assert "invoice_change_requested" in types and types[-1] == "cancellation_requested"
    events = client.changes("0").events
    assert any(e.type == "comment" and e.reason.startswith("Bitte") for e in events)
    assert any(e.type == "attachment_added" for e in events)
    assert any(e.invoice_id == invoice.id for e in events)


def test_send_invoice_now_and_client_search(live_server: LiveServer) -> None:
    client = _signed_in(live_server)
    soon = (live_server.context.clock.today() + timedelta(days=3)).isoformat()
    order_id = _active_order(live_server, client, invoice_dates=[soon])
    (invoice,) = client.changes("0").invoices
    client.send_invoice_now(invoice.id, _key())
    issued = [i for i in client.changes("0").invoices if i.order_id == order_id]
    assert [i.status for i in issued] == [InvoiceStatus.ISSUED]
    found = client.search_clients("Stadttheater")
    assert [c["legal_name"] for c in found] == ["Stadttheater Kassel gGmbH"]
    with pytest.raises(ProblemError) as short:
        client.search_clients("St")
    assert short.value.status == 422


def test_the_log_has_no_secrets(live_server: LiveServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = ApiClient(ServerConfig(live_server.url))
    tokens = client.login("anna@example.org", PASSWORD)
    client.access_token = tokens.access_token
    client.me()
    client.refresh(tokens.refresh_token)
    text = caplog.text
    assert "POST /auth/login -> 200" in text and "GET /me -> 200" in text
    for secret in (PASSWORD, tokens.access_token, tokens.refresh_token):
        assert secret not in text
