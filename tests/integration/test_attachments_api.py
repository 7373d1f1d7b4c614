"""Attachments over real HTTP: upload (type by content, size, safe names, exactly once),
list, download, and who may do what."""

from __future__ import annotations

import uuid
from pathlib import Path

import requests

from desktop_app.domain.attachments import MAX_ATTACHMENT_BYTES
from reference_server.blob_store import BlobStore

from .conftest import LiveServer, valid_order

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def _order(server: LiveServer, member: requests.Session, budget: str = "B-1") -> str:
    body = valid_order(server.context.clock.today(), budget)
    response = member.post(
        server.api("/orders"), json=body, headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=10
    )
    assert response.status_code == 201, response.text
    return body["id"]


def _upload(
    who: requests.Session,
    server: LiveServer,
    order_id: str,
    name: str,
    content: bytes,
    kind: str | None = None,
    key: str | None = None,
    media_type: str = "application/octet-stream",
) -> requests.Response:
    return who.post(
        server.api(f"/orders/{order_id}/attachments"),
        files={"file": (name, content, media_type)},
        data={"kind": kind} if kind else None,
        headers={"Idempotency-Key": key or str(uuid.uuid4())},
        timeout=60,
    )


def _listed(who: requests.Session, server: LiveServer, order_id: str) -> list[dict]:
    response = who.get(server.api(f"/orders/{order_id}/attachments"), timeout=10)
    assert response.status_code == 200, response.text
    return response.json()["attachments"]


def test_pdf_jpeg_and_png_are_stored_listed_and_downloaded(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    order_id = _order(live_server, anna)
    # The type comes from the content: the names and the sent types say otherwise.
    for name, content, media_type in (
        ("Vertrag.pdf", PDF, "application/pdf"),
        ("foto.png", JPEG, "image/jpeg"),
        ("scan.pdf", PNG, "image/png"),
    ):
        response = _upload(anna, live_server, order_id, name, content, media_type="text/html")
        assert response.status_code == 201, response.text
        stored = response.json()
        assert (stored["filename"], stored["media_type"]) == (name, media_type)
        assert (stored["size"], stored["kind"], stored["is_confirmation_proof"]) == (
            len(content),
            "attachment",
            False,
        )
        download = anna.get(
            live_server.api(f"/orders/{order_id}/attachments/{stored['id']}"), timeout=10
        )
        assert download.status_code == 200
        assert download.content == content
        assert download.headers["content-type"] == media_type
        assert download.headers["x-content-type-options"] == "nosniff"
        assert download.headers["content-disposition"] == (
            f"attachment; filename=\"{name}\"; filename*=UTF-8''{name}"
        )

    listed = _listed(anna, live_server, order_id)
    assert [a["filename"] for a in listed] == ["Vertrag.pdf", "foto.png", "scan.pdf"]
    order = anna.get(live_server.api(f"/orders/{order_id}"), timeout=10).json()
    assert order["attachments"] == listed
    feed = anna.get(live_server.api("/changes"), timeout=10).json()
    added = [e for e in feed["events"] if e["type"] == "attachment_added"]
    assert [(e["actor_role"], e["reason"]) for e in added] == [
        ("member", "Vertrag.pdf"),
        ("member", "foto.png"),
        ("member", "scan.pdf"),
    ]
    assert all(e["status_from"] == e["status_to"] == "smart_review" for e in added)
    assert feed["orders"][0]["attachments"] == listed


def test_a_proof_is_marked_as_confirmation_proof(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    order_id = _order(live_server, anna)
    proof = _upload(anna, live_server, order_id, "Bestätigung.pdf", PDF, kind="proof")
    assert proof.status_code == 201
    assert proof.json()["kind"] == "proof" and proof.json()["is_confirmation_proof"] is True
    # The same file as a plain attachment too: a second entry, one stored copy.
    plain = _upload(anna, live_server, order_id, "Bestätigung.pdf", PDF)
    assert plain.status_code == 201 and plain.json()["id"] != proof.json()["id"]
    download = anna.get(
        live_server.api(f"/orders/{order_id}/attachments/{proof.json()['id']}"), timeout=10
    )
    assert download.headers["content-disposition"] == (
        "attachment; filename=\"Best_tigung.pdf\"; filename*=UTF-8''Best%C3%A4tigung.pdf"
    )
    blobs = BlobStore.beside(live_server.context.db).root
    assert len([p for p in blobs.rglob("*") if p.is_file()]) == 1


def test_content_that_is_not_pdf_jpeg_or_png_is_refused(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    order_id = _order(live_server, anna)
    for content in (b"MZ\x90\x00 not a pdf at all", b"", b"<html><script>x</script></html>"):
        fake = _upload(
            anna, live_server, order_id, "rechnung.pdf", content, media_type="application/pdf"
        )
        assert fake.status_code == 415, fake.text
        assert fake.json()["code"] == "attachment_type"
    assert _listed(anna, live_server, order_id) == []


def test_files_over_25_mb_are_refused(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    order_id = _order(live_server, anna)
    just_over = PDF + b"\0" * (MAX_ATTACHMENT_BYTES + 1 - len(PDF))
    response = _upload(anna, live_server, order_id, "gross.pdf", just_over)
    assert response.status_code == 413
    assert response.json()["code"] == "attachment_too_large"

    way_over = PDF + b"\0" * (26 * 1024 * 1024)  # the whole 26 MB body, built in memory
    response = _upload(anna, live_server, order_id, "riesig.pdf", way_over)
    assert response.status_code == 413
    # The request-size middleware may answer before the endpoint reads the body.
    assert response.json()["code"] in ("attachment_too_large", "body_too_large")

    exactly = PDF + b"\0" * (MAX_ATTACHMENT_BYTES - len(PDF))
    assert _upload(anna, live_server, order_id, "genau.pdf", exactly).status_code == 201
    assert [a["size"] for a in _listed(anna, live_server, order_id)] == [MAX_ATTACHMENT_BYTES]


def test_a_path_in_the_name_never_reaches_the_file_system(
    live_server: LiveServer, tmp_path: Path
) -> None:
    anna = live_server.login("anna@example.org")
    order_id = _order(live_server, anna)
    response = _upload(anna, live_server, order_id, "../../etc/passwd.pdf", PDF)
    assert response.status_code == 201, response.text
    stored = response.json()
    assert stored["filename"] == "passwd.pdf"
    windows = _upload(anna, live_server, order_id, "..\\..\\boot.ini\x07.pdf", JPEG)
    assert windows.json()["filename"] == "boot.ini.pdf"
    quoted = _upload(anna, live_server, order_id, 'a"b;\r\nc.pdf', PNG)
    assert quoted.json()["filename"] == 'a"b;c.pdf'
    download = anna.get(
        live_server.api(f"/orders/{order_id}/attachments/{quoted.json()['id']}"), timeout=10
    )
    assert download.headers["content-disposition"] == (
        "attachment; filename=\"a_b;c.pdf\"; filename*=UTF-8''a%22b%3Bc.pdf"
    )
    # Only sha256-named files were written, all inside the blob folder.
    blobs = BlobStore.beside(live_server.context.db).root
    written = [p for p in tmp_path.rglob("*") if p.is_file() and blobs in p.parents]
    assert sorted(p.name for p in written) == sorted(
        a["sha256"] for a in _listed(anna, live_server, order_id)
    )
    assert not any("passwd" in p.name or "boot" in p.name for p in tmp_path.rglob("*"))


def test_a_replayed_key_or_the_same_file_is_stored_once(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    order_id = _order(live_server, anna)
    # requests picks a new multipart boundary for each call, as a retry would.
    first = _upload(anna, live_server, order_id, "plan.png", PNG, key="upload-1")
    again = _upload(anna, live_server, order_id, "plan.png", PNG, key="upload-1")
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.json() == again.json()
    other_file = _upload(anna, live_server, order_id, "plan.png", JPEG, key="upload-1")
    assert other_file.status_code == 422 and other_file.json()["code"] == "idempotency_key_reused"
    same_file = _upload(anna, live_server, order_id, "plan-kopie.png", PNG, key="upload-2")
    assert same_file.status_code == 200
    assert same_file.json() == first.json()  # the stored entry, its first name kept
    assert len(_listed(anna, live_server, order_id)) == 1
    events = anna.get(live_server.api("/changes"), timeout=10).json()["events"]
    assert [e["type"] for e in events] == ["submitted", "attachment_added"]


def test_who_may_upload_list_and_download(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    ben = live_server.login("ben@example.org")
    support = live_server.login("support@example.org")
    staff = live_server.login("staff@example.org")
    order_id = _order(live_server, anna)
    stored = _upload(anna, live_server, order_id, "a.pdf", PDF).json()
    download = f"/orders/{order_id}/attachments/{stored['id']}"

    refused = _upload(ben, live_server, order_id, "b.pdf", PDF)
    assert refused.status_code == 404 and refused.json()["code"] == "not_found"
    assert (
        ben.get(live_server.api(f"/orders/{order_id}/attachments"), timeout=10).status_code == 404
    )
    assert ben.get(live_server.api(download), timeout=10).status_code == 404
    for reader in (support, staff):
        assert _upload(reader, live_server, order_id, "c.pdf", PDF).status_code == 403
        assert [a["id"] for a in _listed(reader, live_server, order_id)] == [stored["id"]]
        assert reader.get(live_server.api(download), timeout=10).content == PDF
    other_order = _order(live_server, ben, "B-2")
    wrong_pair = f"/orders/{other_order}/attachments/{stored['id']}"
    assert ben.get(live_server.api(wrong_pair), timeout=10).status_code == 404
    assert _upload(anna, live_server, "no-such-order", "d.pdf", PDF).status_code == 404
    assert len(_listed(anna, live_server, order_id)) == 1


def test_malformed_uploads_are_refused(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    order_id = _order(live_server, anna)
    url = live_server.api(f"/orders/{order_id}/attachments")

    no_key = anna.post(url, files={"file": ("a.pdf", PDF)}, timeout=10)
    assert no_key.status_code == 400 and no_key.json()["code"] == "idempotency_key_missing"

    def post(**kwargs: object) -> dict:
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        response = anna.post(url, headers=headers, timeout=10, **kwargs)  # type: ignore[arg-type]
        assert response.status_code == 422, response.text
        return response.json()

    assert post(json={"file": "a.pdf"})["code"] == "invalid_body"
    missing = post(files={"datei": ("a.pdf", PDF)})
    assert missing["errors"] == [{"field": "file", "code": "required"}]
    wrong_kind = post(files={"file": ("a.pdf", PDF)}, data={"kind": "rechnung"})
    assert wrong_kind["errors"] == [{"field": "kind", "code": "unknown_value"}]
    two_kinds = post(files=[("file", ("a.pdf", PDF)), ("kind", "proof"), ("kind", "proof")])
    assert two_kinds["errors"] == [{"field": "kind", "code": "unknown_value"}]
    two_files = post(files=[("file", ("a.pdf", PDF)), ("file", ("b.pdf", PDF))])
    assert two_files["errors"] == [{"field": "file", "code": "required"}]
    many_parts = post(files=[("file", ("a.pdf", PDF))] + [(f"x{i}", "y") for i in range(10)])
    assert "parts" in many_parts["detail"]
    cut = anna.post(
        url,
        data=b'--xyz\r\nContent-Disposition: form-data; name="file"\r\n\r\n%PDF-',
        headers={
            "Idempotency-Key": str(uuid.uuid4()),
            "Content-Type": "multipart/form-data; boundary=xyz",
        },
        timeout=10,
    )
    assert cut.status_code == 422 and cut.json()["code"] == "invalid_body"
    assert _listed(anna, live_server, order_id) == []


def test_closed_orders_take_no_uploads(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    staff = live_server.login("staff@example.org")
    order_id = _order(live_server, anna)
    rejected = staff.post(
        live_server.api(f"/staff/orders/{order_id}/reject"), json={"reason": "Nein"}, timeout=10
    )
    assert rejected.json()["status"] == "rejected"
    response = _upload(anna, live_server, order_id, "spät.pdf", PDF)
    assert response.status_code == 409
    assert response.json()["code"] == "order_closed"
    assert response.json()["current_status"] == "rejected"


def test_a_lost_blob_is_a_server_error_not_an_empty_file(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    order_id = _order(live_server, anna)
    stored = _upload(anna, live_server, order_id, "a.pdf", PDF).json()
    BlobStore.beside(live_server.context.db).path_for(stored["sha256"]).unlink()
    download = anna.get(
        live_server.api(f"/orders/{order_id}/attachments/{stored['id']}"), timeout=10
    )
    assert download.status_code == 500
    assert download.json()["code"] == "attachment_missing"
