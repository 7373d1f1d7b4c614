"""Invoices and cancellation over real HTTP: member commands (exactly once, own invoices
only), staff decisions, every refusal, and the invoices in the changes feed."""

from __future__ import annotations

from .conftest import LiveServer
from .invoice_steps import (
    Person,
    active_order,
    days,
    events,
    invoices,
    member_command,
    order_status,
    planned,
    statuses,
    submit,
    timeline,
)

REASON = "Die Produktion wurde vom Theater abgesagt."


def test_cancellation_request_needs_an_active_order_and_a_detailed_reason(
    live_server: LiveServer,
) -> None:
    anna = Person(live_server, "anna@example.org")
    order_id = submit(live_server)
    path = f"/orders/{order_id}/cancellation"
    too_early = member_command(anna, live_server, path, {"reason": REASON})
    assert too_early.status_code == 409
    assert too_early.json()["code"] == "illegal_transition"
    assert too_early.json()["current_status"] == "smart_review"

    order_id = active_order(live_server)
    path = f"/orders/{order_id}/cancellation"
    for body in ({"reason": "   Theater geschlossen   "}, {"reason": " " * 30}, {}):
        short = member_command(anna, live_server, path, body)
        assert short.status_code == 422 and short.json()["code"] == "reason_too_short"
        assert short.json()["min_length"] == 20
    wrong_type = member_command(anna, live_server, path, {"reason": 42})
    assert wrong_type.status_code == 422 and wrong_type.json()["code"] == "invalid_body"
    no_key = anna.post(live_server.api(path), json={"reason": REASON}, timeout=10)
    assert no_key.status_code == 400 and no_key.json()["code"] == "idempotency_key_missing"
    ben = Person(live_server, "ben@example.org")
    assert member_command(ben, live_server, path, {"reason": REASON}).status_code == 404
    for role in ("support", "staff"):
        other = Person(live_server, f"{role}@example.org")
        assert member_command(other, live_server, path, {"reason": REASON}).status_code == 403
    assert order_status(anna, live_server, order_id) == "active"

    exactly_twenty = "  Theater geschlossen! "  # 20 characters after strip
    first = member_command(anna, live_server, path, {"reason": exactly_twenty}, key="storno-1")
    replay = member_command(anna, live_server, path, {"reason": exactly_twenty}, key="storno-1")
    assert first.status_code == replay.status_code == 200
    assert first.json() == replay.json() and first.json()["status"] == "cancellation_review"
    last = events(anna, live_server, order_id)[-1]
    assert (last["type"], last["actor_role"], last["reason"]) == (
        "cancellation_requested",
        "member",
        "Theater geschlossen!",
    )
    assert [t[0] for t in timeline(anna, live_server, order_id)].count(
        "cancellation_requested"
    ) == 1


def test_approved_cancellation_cancels_the_open_invoices(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    staff = Person(live_server, "staff@example.org")
    order_id = active_order(live_server, invoice_dates=planned(live_server, 2, 4, 6, 30))
    paid, disputed, draft = (f"{order_id}-{n}" for n in (1, 2, 3))
    assert statuses(anna, live_server, order_id) == ["draft", "draft", "draft"]
    for invoice_id in (paid, disputed):
        sent = member_command(anna, live_server, f"/invoices/{invoice_id}/send-now")
        assert sent.status_code == 200 and sent.json()["status"] == "issued"
    assert staff.post(live_server.api(f"/staff/invoices/{paid}/paid"), timeout=10).ok
    assert staff.post(live_server.api(f"/staff/invoices/{disputed}/disputed"), timeout=10).ok
    path = f"/orders/{order_id}/cancellation"
    assert member_command(anna, live_server, path, {"reason": REASON}).status_code == 200

    approve = live_server.api(f"/staff/orders/{order_id}/cancellation/approve")
    for role in ("anna", "support"):
        refused = Person(live_server, f"{role}@example.org").post(approve, timeout=10)
        assert refused.status_code == 403
    approved = staff.post(approve, timeout=10)
    assert approved.status_code == 200 and approved.json()["status"] == "cancelled"
    assert statuses(anna, live_server, order_id) == ["paid", "cancelled", "cancelled"]
    assert timeline(anna, live_server, order_id)[-3:] == [
        ("cancellation_approved", "staff", "cancelled", None),
        ("invoice_cancelled", "staff", "cancelled", disputed),
        ("invoice_cancelled", "staff", "cancelled", draft),
    ]
    again = staff.post(approve, timeout=10)
    assert again.status_code == 409 and again.json()["current_status"] == "cancelled"
    # A cancelled order gets no more drafts.
    staff.post(live_server.api("/dev/clock"), json={"seconds": 40 * 86400}, timeout=10)
    assert len(invoices(anna, live_server, order_id)) == 3


def test_declined_cancellation_returns_to_active(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    staff = Person(live_server, "staff@example.org")
    order_id = active_order(live_server)
    decline = live_server.api(f"/staff/orders/{order_id}/cancellation/decline")
    not_asked = staff.post(decline, json={"reason": "Nein"}, timeout=10)
    assert not_asked.status_code == 409 and not_asked.json()["current_status"] == "active"
    path = f"/orders/{order_id}/cancellation"
    assert member_command(anna, live_server, path, {"reason": REASON}).status_code == 200
    blank = staff.post(decline, json={"reason": "   "}, timeout=10)
    assert blank.status_code == 422
    assert anna.post(decline, json={"reason": "Nein"}, timeout=10).status_code == 403
    declined = staff.post(decline, json={"reason": "Leistung bereits erbracht"}, timeout=10)
    assert declined.status_code == 200 and declined.json()["status"] == "active"
    last = events(anna, live_server, order_id)[-1]
    assert (last["type"], last["actor_role"], last["reason"], last["status_from"]) == (
        "cancellation_declined",
        "staff",
        "Leistung bereits erbracht",
        "cancellation_review",
    )


def test_members_see_only_their_invoices_staff_and_support_see_all(
    live_server: LiveServer,
) -> None:
    anna = Person(live_server, "anna@example.org")
    ben = Person(live_server, "ben@example.org")
    annas = active_order(live_server, invoice_dates=planned(live_server, 3))
    bens = active_order(live_server, "ben@example.org", invoice_dates=planned(live_server, 3))
    annas_invoice = f"{annas}-1"

    own = anna.get(live_server.api("/invoices"), timeout=10).json()["invoices"]
    assert [i["id"] for i in own] == [annas_invoice]
    ignored = anna.get(live_server.api("/invoices"), params={"member_id": 2}, timeout=10)
    assert [i["id"] for i in ignored.json()["invoices"]] == [annas_invoice]
    assert anna.get(live_server.api(f"/invoices/{annas_invoice}"), timeout=10).status_code == 200
    assert ben.get(live_server.api(f"/invoices/{annas_invoice}"), timeout=10).status_code == 404
    missing = anna.get(live_server.api("/invoices/nope-1"), timeout=10)
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"

    anna_id = anna.get(live_server.api("/me"), timeout=10).json()["id"]
    for role in ("staff", "support"):
        reader = Person(live_server, f"{role}@example.org")
        everything = reader.get(live_server.api("/invoices"), timeout=10).json()["invoices"]
        assert {i["order_id"] for i in everything} == {annas, bens}
        only_anna = reader.get(
            live_server.api("/invoices"), params={"member_id": anna_id}, timeout=10
        )
        assert [i["id"] for i in only_anna.json()["invoices"]] == [annas_invoice]
        one = reader.get(live_server.api(f"/invoices/{annas_invoice}"), timeout=10)
        assert one.json()["net_cents"] == 320000
    staff = Person(live_server, "staff@example.org")
    page = staff.get(live_server.api("/invoices"), params={"limit": 1}, timeout=10).json()
    assert len(page["invoices"]) == 1 and page["has_more"] is True
    rest = staff.get(live_server.api("/invoices"), params={"limit": 1, "offset": 1}, timeout=10)
    assert rest.json()["has_more"] is False
    too_big = staff.get(live_server.api("/invoices"), params={"limit": 501}, timeout=10)
    assert too_big.status_code == 422


def test_change_request_and_staff_resolution(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    staff = Person(live_server, "staff@example.org")
    order_id = active_order(live_server, invoice_dates=planned(live_server, 3))
    invoice_id = f"{order_id}-1"
    path = f"/invoices/{invoice_id}/change-request"
    for body in ({}, {"comment": "  \n "}):
        missing = member_command(anna, live_server, path, body)
        assert missing.status_code == 422 and missing.json()["code"] == "comment_required"
    wrong_type = member_command(anna, live_server, path, {"comment": ["x"]})
    assert wrong_type.json()["code"] == "invalid_body"
    no_key = anna.post(live_server.api(path), json={"comment": "x"}, timeout=10)
    assert no_key.status_code == 400
    ben = Person(live_server, "ben@example.org")
    assert member_command(ben, live_server, path, {"comment": "x"}).status_code == 404
    support = Person(live_server, "support@example.org")
    assert member_command(support, live_server, path, {"comment": "x"}).status_code == 403

    resolve = live_server.api(f"/staff/invoices/{invoice_id}/resolve-change")
    premature = staff.post(resolve, json={"comment": "Erledigt"}, timeout=10)
    assert premature.status_code == 409 and premature.json()["current_status"] == "draft"

    asked = member_command(anna, live_server, path, {"comment": " Bitte 7 % USt: Lizenz "})
    assert asked.status_code == 200
    assert (asked.json()["status"], asked.json()["change_request"]) == (
        "awaiting_update",
        "Bitte 7 % USt: Lizenz",
    )
    twice = member_command(anna, live_server, path, {"comment": "Noch was"})
    assert twice.status_code == 409 and twice.json()["current_status"] == "awaiting_update"
    send = member_command(anna, live_server, f"/invoices/{invoice_id}/send-now")
    assert send.status_code == 409 and send.json()["code"] == "illegal_transition"

    assert anna.post(resolve, json={"comment": "x"}, timeout=10).status_code == 403
    assert staff.post(resolve, json={"comment": ""}, timeout=10).status_code == 422
    bad_line = {"description": "X", "quantity": "0", "unit_price_cents": 100}
    refused = staff.post(resolve, json={"comment": "x", "lines": [bad_line]}, timeout=10)
    assert refused.status_code == 422
    credit = {"description": "Gutschrift", "quantity": "1", "unit_price_cents": -500}
    negative = staff.post(resolve, json={"comment": "x", "lines": [credit]}, timeout=10)
    assert negative.status_code == 422 and negative.json()["code"] == "amount_not_positive"
    assert statuses(anna, live_server, order_id) == ["awaiting_update"]

    lines = [
        {"description": "Lizenz Bühnenbild", "quantity": "1", "unit_price_cents": 300001},
        credit,
    ]
    resolved = staff.post(
        resolve,
        json={"comment": "Ermäßigter Satz, Rabatt", "lines": lines, "vat_rate": "reduced"},
        timeout=10,
    )
    assert resolved.status_code == 200, resolved.text
    invoice = resolved.json()
    assert invoice["status"] == "issued"
    assert (invoice["net_cents"], invoice["vat_rate"], invoice["vat_percent"]) == (
        299501,
        "reduced",
        "7",
    )
    assert (invoice["vat_cents"], invoice["gross_cents"], invoice["contribution_cents"]) == (
        20965,  # 20965,07
        320466,
        26955,  # 26955,09
    )
    assert [line["net_cents"] for line in invoice["lines"]] == [300001, -500]
    assert [(t[0], t[1]) for t in timeline(anna, live_server, order_id)][-3:] == [
        ("invoice_change_requested", "member"),
        ("invoice_change_resolved", "staff"),
        ("invoice_issued", "staff"),
    ]
    assert events(anna, live_server, order_id)[-3]["reason"] == "Bitte 7 % USt: Lizenz"


def test_send_now_issues_a_draft_once(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    order_id = active_order(live_server, invoice_dates=planned(live_server, 5))
    invoice_id = f"{order_id}-1"
    path = f"/invoices/{invoice_id}/send-now"
    for role in ("staff", "support"):
        assert (
            member_command(
                Person(live_server, f"{role}@example.org"), live_server, path
            ).status_code
            == 403
        )
    assert (
        member_command(Person(live_server, "ben@example.org"), live_server, path).status_code == 404
    )
    first = member_command(anna, live_server, path, key="send-1")
    replay = member_command(anna, live_server, path, key="send-1")
    assert first.status_code == replay.status_code == 200
    assert first.json() == replay.json() and first.json()["status"] == "issued"
    again = member_command(anna, live_server, path)
    assert again.status_code == 409 and again.json()["current_status"] == "issued"
    assert timeline(anna, live_server, order_id)[-1] == (
        "invoice_issued",
        "member",
        "active",
        invoice_id,
    )
    assert order_status(anna, live_server, order_id) == "active"  # service period not over


def test_send_now_completes_a_finished_order_and_is_refused_when_rejected(
    live_server: LiveServer,
) -> None:
    anna = Person(live_server, "anna@example.org")
    staff = Person(live_server, "staff@example.org")
    finished = active_order(
        live_server,
        service_start=days(live_server, -20).isoformat(),
        service_end=days(live_server, -1).isoformat(),
        invoice_dates=planned(live_server, 5),
    )
    assert order_status(anna, live_server, finished) == "active"
    assert member_command(anna, live_server, f"/invoices/{finished}-1/send-now").ok
    assert order_status(anna, live_server, finished) == "completed"

    rejected = active_order(live_server, invoice_dates=planned(live_server, 5))
    staff.post(
        live_server.api(f"/staff/orders/{rejected}/reject"), json={"reason": "Handwerk"}, timeout=10
    )
    refused = member_command(anna, live_server, f"/invoices/{rejected}-1/send-now")
    assert refused.status_code == 409
    assert (refused.json()["code"], refused.json()["order_status"]) == (
        "order_not_active",
        "rejected",
    )


def test_paid_disputed_and_cancel_follow_the_invoice_table(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    staff = Person(live_server, "staff@example.org")
    order_id = active_order(live_server, invoice_dates=planned(live_server, 3, 30))
    invoice_id = f"{order_id}-1"

    def act(action: str, **body: str):
        url = live_server.api(f"/staff/invoices/{invoice_id}/{action}")
        return staff.post(url, json=body or None, timeout=10)

    early = act("paid")
    assert early.status_code == 409 and early.json()["current_status"] == "draft"
    assert (
        anna.post(live_server.api(f"/staff/invoices/{invoice_id}/paid"), timeout=10).status_code
        == 403
    )
    support = Person(live_server, "support@example.org")
    assert (
        support.post(
            live_server.api(f"/staff/invoices/{invoice_id}/disputed"), timeout=10
        ).status_code
        == 403
    )
    assert staff.post(live_server.api("/staff/invoices/nope-1/paid"), timeout=10).status_code == 404

    assert member_command(anna, live_server, f"/invoices/{invoice_id}/send-now").ok
    disputed = act("disputed", reason="Kunde bestreitet die Leistung")
    assert disputed.status_code == 200 and disputed.json()["status"] == "disputed"
    assert act("disputed").status_code == 409
    assert act("paid").json()["status"] == "paid"
    assert act("cancel", reason="zu spät").json()["current_status"] == "paid"
    assert [(t[0], t[3]) for t in timeline(anna, live_server, order_id)][-3:] == [
        ("invoice_issued", invoice_id),
        ("invoice_disputed", invoice_id),
        ("invoice_paid", invoice_id),
    ]
    assert events(anna, live_server, order_id)[-2]["reason"] == "Kunde bestreitet die Leistung"

    assert act("cancel").status_code == 422  # a reason is required
    second = live_server.api(f"/staff/invoices/{order_id}-2/paid")
    assert staff.post(second, timeout=10).status_code == 404  # its T-7 is still ahead


def test_the_feed_carries_invoices_and_invoice_ids(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    ben = Person(live_server, "ben@example.org")
    order_id = active_order(live_server, invoice_dates=planned(live_server, 3))
    feed = anna.get(live_server.api("/changes"), timeout=10).json()
    [invoice] = feed["invoices"]
    assert set(invoice) >= {
        "id",
        "order_id",
        "number",
        "status",
        "invoice_date",
        "currency",
        "net_cents",
        "vat_cents",
        "gross_cents",
        "contribution_cents",
        "vat_rate",
        "lines",
        "change_request",
        "updated_at",
    }
    assert (invoice["order_id"], invoice["status"]) == (order_id, "draft")
    assert [(e["type"], e["invoice_id"]) for e in feed["events"]] == [
        ("submitted", None),
        ("approved", None),
        ("invoice_draft_created", invoice["id"]),
    ]
    # A page that only holds the later event still brings the invoice's current state.
    cursor = feed["next_cursor"]
    assert member_command(anna, live_server, f"/invoices/{invoice['id']}/send-now").ok
    later = anna.get(live_server.api("/changes"), params={"cursor": cursor}, timeout=10).json()
    assert [i["status"] for i in later["invoices"]] == ["issued"]
    assert ben.get(live_server.api("/changes"), timeout=10).json()["invoices"] == []
