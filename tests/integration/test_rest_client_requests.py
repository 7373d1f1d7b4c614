"""What the client puts on the wire (headers, bodies, multipart) and the answer shapes it reads,
checked at a scripted server; plus TLS verification against a real certificate chain."""

from __future__ import annotations

import email.parser
import email.policy
import ipaddress
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.status import InvoiceStatus
from desktop_app.remote.client import ApiClient, ServerConfig
from desktop_app.remote.errors import LocalFileError, ResponseFormatError, TlsError

from .fake_http import FakeServer, serve


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    yield from serve()


def _client(fake: FakeServer, token: str | None = "tok-123") -> ApiClient:
    client = ApiClient(ServerConfig(fake.url + "/"))
    client.access_token = token
    return client


INVOICE = {
    "id": "o-1-1",
    "order_id": "o-1",
    "number": 1,
    "status": "draft",
    "invoice_date": "2026-12-24",
    "currency": "EUR",
    "net_cents": 10000,
    "vat_cents": 1900,
    "gross_cents": 11900,
    "contribution_cents": 900,
    "vat_rate": "standard",
    "lines": [{"description": "Bühnenbild", "net_cents": 10000}],
    "change_request": "",
    "updated_at": "2026-11-27T10:00:00Z",
    "instalments": 1,  # unknown to the client: ignored
}


def _page(**extra: Any) -> dict[str, Any]:
    return {
        "events": [],
        "orders": [],
        "next_cursor": "0",
        "has_more": False,
        "server_time": "2026-11-27T11:00:00+01:00",
        **extra,
    }


def test_commands_send_key_token_and_json(fake: FakeServer) -> None:
    fake.answer_json(201, {"seq": 9})
    client = _client(fake)
    client.post_comment("o/../1", "Hallo", "op-1")
    client.request_invoice_change("o-1-1", "Bitte ändern", "op-2")
    client.send_invoice_now("o-1-1", "op-3")
    paths = [seen.path for seen in fake.seen]
    assert paths == [
        "/api/v1/orders/o%2F..%2F1/comments",
        "/api/v1/invoices/o-1-1/change-request",
        "/api/v1/invoices/o-1-1/send-now",
    ]
    first = fake.seen[0]
    assert first.headers["Authorization"] == "Bearer tok-123"
    assert first.headers["Idempotency-Key"] == "op-1"
    assert first.headers["User-Agent"].startswith("smart-orders/")
    assert first.json() == {"text": "Hallo"}
    assert fake.seen[1].json() == {"comment": "Bitte ändern"}


def test_login_sends_no_authorization(fake: FakeServer) -> None:
    fake.answer_json(200, {"access_token": "a", "refresh_token": "r", "expires_in": 900})
    tokens = _client(fake).login("anna@example.org", "pw")
    assert (tokens.access_token, tokens.refresh_token) == ("a", "r")
    assert "Authorization" not in fake.seen[0].headers


def test_tokens_must_be_complete(fake: FakeServer) -> None:
    fake.answer_json(200, {"access_token": "a", "refresh_token": "", "expires_in": 900})
    with pytest.raises(ResponseFormatError):
        _client(fake).refresh("r")


def test_cancellation_answer_with_or_without_the_order(fake: FakeServer) -> None:
    fake.respond = lambda h: h.send(204)
    assert _client(fake).request_cancellation("o-1", "x" * 25, "op-4") is None
    fake.answer_json(200, {"id": "o-1", "status": "cancellation_review"})
    with pytest.raises(ResponseFormatError) as bad:
        _client(fake).request_cancellation("o-1", "x" * 25, "op-4")
    assert bad.value.path == "id"  # an order that is not a UUID is refused, not half-read
    assert fake.seen[-1].json() == {"reason": "x" * 25}


def test_upload_streams_a_multipart_body(fake: FakeServer, tmp_path: Path) -> None:
    content = bytes(range(256)) * 4000  # ~1 MB, every byte value
    upload = tmp_path / "scan.pdf"
    upload.write_bytes(content)
    fake.answer_json(201, {"id": 1})
    _client(fake).upload_attachment("o-1", upload, 'Angebot "März".pdf', "proof", "op-5")
    seen = fake.seen[0]
    assert seen.headers["Content-Length"] == str(len(seen.body))
    assert seen.headers["Idempotency-Key"] == "op-5"
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {seen.headers['Content-Type']}\r\n\r\n".encode() + seen.body
    )
    parts = {
        part.get_param("name", header="content-disposition"): part for part in message.iter_parts()
    }
    assert parts["kind"].get_payload(decode=True) == b"proof"
    assert parts["file"].get_payload(decode=True) == content
    assert "März" in parts["file"].get_filename()


def test_upload_of_a_missing_file(fake: FakeServer, tmp_path: Path) -> None:
    with pytest.raises(LocalFileError):
        _client(fake).upload_attachment("o-1", tmp_path / "gone.pdf", "gone.pdf", "proof", "k")
    assert fake.seen == []


def test_changes_with_invoices_and_without(fake: FakeServer) -> None:
    fake.answer_json(200, _page(invoices=[INVOICE]))
    (invoice,) = _client(fake).changes("0").invoices
    assert invoice.status is InvoiceStatus.DRAFT and invoice.lines[0]["net_cents"] == 10000
    assert invoice.invoice_date.isoformat() == "2026-12-24"
    fake.answer_json(200, _page())  # a server from before invoices
    page = _client(fake).changes("0", limit=50)
    assert page.invoices == () and page.server_time == datetime(2026, 11, 27, 10, tzinfo=UTC)
    assert fake.seen[-1].path == "/api/v1/changes?cursor=0&limit=50"


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("status", "lost", "invoices[0].status"),
        ("net_cents", "100", "invoices[0].net_cents"),
        ("invoice_date", "24.12.2026", "invoices[0].invoice_date"),
        ("lines", [1], "invoices[0].lines[0]"),
    ],
)
def test_a_bad_invoice_is_refused_with_its_path(
    fake: FakeServer, field: str, value: object, path: str
) -> None:
    fake.answer_json(200, _page(invoices=[dict(INVOICE, **{field: value})]))
    with pytest.raises(ResponseFormatError) as bad:
        _client(fake).changes("0")
    assert bad.value.path == path and bad.value.endpoint == "GET /changes"


def test_client_search_keeps_the_documents(fake: FakeServer) -> None:
    found = [{"id": 7, "legal_name": "Theater", "vat_id": "DE1"}]
    fake.answer_json(200, {"clients": found})
    assert _client(fake).search_clients("The", limit=5) == tuple(found)
    assert fake.seen[0].path == "/api/v1/clients?q=The&limit=5"
    fake.answer_json(200, {"clients": [{"legal_name": "No id"}]})
    with pytest.raises(ResponseFormatError) as bad:
        _client(fake).search_clients("No id")
    assert bad.value.path == "clients[0].id"


# -- TLS: a real certificate chain made for the test ---------------------------------------


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A CA, and a server certificate for 127.0.0.1 signed by it (cert, key, ca)."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(text: str) -> Any:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    def pem_key(key: Any) -> bytes:
        return key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    server_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Test CA"))
        .issuer_name(name("Test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    server = (
        x509.CertificateBuilder()
        .subject_name(name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = folder / "server.pem", folder / "server.key", folder / "ca.pem"
    paths[0].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(pem_key(server_key))
    paths[2].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return paths


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[FakeServer, Path]]:
    cert, key, ca = _certificates(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    for fake in serve(context):
        fake.answer_json(200, {"access_token": "a", "refresh_token": "r", "expires_in": 1})
        yield fake, ca


def test_an_unknown_certificate_authority_is_a_tls_error(
    tls_server: tuple[FakeServer, Path],
) -> None:
    fake, _ca = tls_server
    with pytest.raises(TlsError) as refused:
        ApiClient(ServerConfig(fake.url)).login("a@example.org", "pw")
    assert not refused.value.transient and "CA bundle" in str(refused.value)
    assert fake.seen == []  # nothing, not even the password, went to the unverified server


def test_a_configured_ca_bundle_is_trusted(tls_server: tuple[FakeServer, Path]) -> None:
    fake, ca = tls_server
    tokens = ApiClient(ServerConfig(fake.url, ca_bundle=ca)).login("a@example.org", "pw")
    assert tokens.access_token == "a"


def test_a_missing_ca_bundle_is_a_tls_error(tls_server: tuple[FakeServer, Path]) -> None:
    fake, ca = tls_server
    with pytest.raises(TlsError):
        ApiClient(ServerConfig(fake.url, ca_bundle=ca.with_name("nope.pem"))).me()
