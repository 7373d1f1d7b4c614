"""The server clock's rules over real HTTP, walked day by day with the dev clock: validity
expiry, invoice drafts at T-7, issuing on T, awaiting_update holding an invoice, completion."""

from __future__ import annotations

from datetime import timedelta

from reference_server.time_rules import apply_due

from .conftest import LiveServer
from .invoice_steps import (
    Person,
    active_order,
    advance_to,
    approved,
    days,
    events,
    invoices,
    member_command,
    order_status,
    planned,
    statuses,
    timeline,
)


def test_draft_on_t_minus_7_issued_on_t_then_completed(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    order_id = active_order(live_server)  # invoice on day 45, service period ends on day 40
    invoice_day = days(live_server, 45)
    assert invoices(anna, live_server, order_id) == []

    advance_to(live_server, invoice_day - timedelta(days=8))
    assert invoices(anna, live_server, order_id) == []

    advance_to(live_server, invoice_day - timedelta(days=7))
    [draft] = invoices(anna, live_server, order_id)
    assert draft["id"] == f"{order_id}-1"
    assert (draft["status"], draft["invoice_date"], draft["number"]) == (
        "draft",
        invoice_day.isoformat(),
        1,
    )
    assert (draft["net_cents"], draft["vat_cents"], draft["gross_cents"]) == (
        320000,
        60800,
        380800,
    )
    assert (draft["contribution_cents"], draft["vat_rate"], draft["currency"]) == (
        28800,
        "standard",
        "EUR",
    )
    assert draft["lines"] == [
        {
            "description": "Bühnenbild",
            "quantity": "1",
            "unit": "Pauschal",
            "unit_price_cents": 320000,
            "net_cents": 320000,
        }
    ]

    advance_to(live_server, invoice_day - timedelta(days=1))
    assert statuses(anna, live_server, order_id) == ["draft"]
    assert order_status(anna, live_server, order_id) == "active"

    advance_to(live_server, invoice_day)
    assert statuses(anna, live_server, order_id) == ["issued"]
    # The service period ended five days earlier: everything is invoiced, the order is done.
    assert order_status(anna, live_server, order_id) == "completed"
    assert timeline(anna, live_server, order_id) == [
        ("submitted", "member", "smart_review", None),
        ("approved", "staff", "active", None),
        ("invoice_draft_created", "system", "active", f"{order_id}-1"),
        ("invoice_issued", "system", "active", f"{order_id}-1"),
        ("completed", "system", "completed", None),
    ]


def test_a_passed_t_minus_7_gives_the_draft_at_approval(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")  # this first request ran today's sweep
    order_id = active_order(live_server, invoice_dates=planned(live_server, 3))
    # No new day began, so no sweep: the approval itself made the draft.
    assert statuses(anna, live_server, order_id) == ["draft"]
    draft_event = events(anna, live_server, order_id)[-1]
    assert (draft_event["type"], draft_event["actor_role"]) == ("invoice_draft_created", "system")

    advance_to(live_server, days(live_server, 2))
    assert statuses(anna, live_server, order_id) == ["draft"]
    advance_to(live_server, days(live_server, 1))
    assert statuses(anna, live_server, order_id) == ["issued"]
    assert order_status(anna, live_server, order_id) == "active"  # service period still runs


def test_an_order_entirely_in_the_past_is_invoiced_and_completed_at_once(
    live_server: LiveServer,
) -> None:
    anna = Person(live_server, "anna@example.org")
    order_id = active_order(
        live_server,
        service_start=days(live_server, -30).isoformat(),
        service_end=days(live_server, -10).isoformat(),
        invoice_dates=planned(live_server, -2),
    )
    assert statuses(anna, live_server, order_id) == ["issued"]
    assert [t[0] for t in timeline(anna, live_server, order_id)] == [
        "submitted",
        "approved",
        "invoice_draft_created",
        "invoice_issued",
        "completed",
    ]


def test_a_change_request_holds_the_invoice_until_staff_resolve(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    staff = Person(live_server, "staff@example.org")
    order_id = active_order(live_server, invoice_dates=planned(live_server, 3))
    invoice_id = f"{order_id}-1"
    asked = member_command(
        anna,
        live_server,
        f"/invoices/{invoice_id}/change-request",
        {"comment": "Bitte zwei Tage statt Pauschale abrechnen"},
    )
    assert asked.status_code == 200 and asked.json()["status"] == "awaiting_update"

    advance_to(live_server, days(live_server, 10))  # past the invoice date
    assert statuses(anna, live_server, order_id) == ["awaiting_update"]

    resolved = staff.post(
        live_server.api(f"/staff/invoices/{invoice_id}/resolve-change"),
        json={
            "comment": "Auf zwei Tage umgestellt",
            "lines": [
                {
                    "description": "Bühnenbild",
                    "quantity": "2",
                    "unit": "Tage",
                    "unit_price_cents": 150000,
                }
            ],
        },
        timeout=10,
    )
    assert resolved.status_code == 200, resolved.text
    invoice = resolved.json()
    assert (invoice["status"], invoice["net_cents"], invoice["vat_cents"]) == (
        "issued",
        300000,
        57000,
    )
    assert (invoice["gross_cents"], invoice["contribution_cents"]) == (357000, 27000)
    assert order_status(anna, live_server, order_id) == "active"  # service ends on day 40

    advance_to(live_server, days(live_server, 30))  # now day 40: the last day of the service
    assert order_status(anna, live_server, order_id) == "active"
    advance_to(live_server, days(live_server, 1))
    assert order_status(anna, live_server, order_id) == "completed"


def test_validity_passed_without_client_confirmation_rejects(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    valid_until = days(live_server, 14)
    order_id = approved(live_server, offer_valid_until=valid_until.isoformat())
    assert order_status(anna, live_server, order_id) == "client_confirmation"

    advance_to(live_server, valid_until)  # valid through the end of that Berlin day
    assert order_status(anna, live_server, order_id) == "client_confirmation"

    # Moving the clock directly (no dev endpoint): the next request's hook runs the sweep.
    live_server.context.clock.advance(timedelta(days=1))
    assert order_status(anna, live_server, order_id) == "rejected"
    last = events(anna, live_server, order_id)[-1]
    assert (last["type"], last["actor_role"], last["status_from"], last["status_to"]) == (
        "validity_expired",
        "system",
        "client_confirmation",
        "rejected",
    )
    assert invoices(anna, live_server, order_id) == []


def test_instalments_are_drafted_and_issued_one_by_one(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    order_id = active_order(live_server, invoice_dates=planned(live_server, 40, 10))
    assert invoices(anna, live_server, order_id) == []

    advance_to(live_server, days(live_server, 3))  # day 3 = T-7 of the first instalment
    [first] = invoices(anna, live_server, order_id)
    assert (first["number"], first["instalments"], first["net_cents"]) == (1, 2, 160000)
    assert first["invoice_date"] == days(live_server, 7).isoformat()

    advance_to(live_server, days(live_server, 7))  # day 10
    assert statuses(anna, live_server, order_id) == ["issued"]
    advance_to(live_server, days(live_server, 23))  # day 33 = T-7 of the second
    assert statuses(anna, live_server, order_id) == ["issued", "draft"]
    advance_to(live_server, days(live_server, 7))  # day 40: issued, service ends today
    assert statuses(anna, live_server, order_id) == ["issued", "issued"]
    assert order_status(anna, live_server, order_id) == "active"
    advance_to(live_server, days(live_server, 1))
    assert order_status(anna, live_server, order_id) == "completed"
    total = sum(invoice["net_cents"] for invoice in invoices(anna, live_server, order_id))
    assert total == 320000


def test_a_cancellation_review_holds_drafts_until_declined(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    staff = Person(live_server, "staff@example.org")
    order_id = active_order(live_server, invoice_dates=planned(live_server, 3))
    reason = "Die Produktion wurde vom Theater abgesagt."
    assert (
        member_command(anna, live_server, f"/orders/{order_id}/cancellation", {"reason": reason})
    ).status_code == 200

    advance_to(live_server, days(live_server, 5))
    assert statuses(anna, live_server, order_id) == ["draft"]
    late = member_command(
        anna, live_server, f"/invoices/{order_id}-1/change-request", {"comment": "Bitte prüfen"}
    )
    assert late.status_code == 409 and late.json()["code"] == "invoice_date_passed"

    declined = staff.post(
        live_server.api(f"/staff/orders/{order_id}/cancellation/decline"),
        json={"reason": "Leistung wurde bereits erbracht"},
        timeout=10,
    )
    assert declined.status_code == 200 and declined.json()["status"] == "active"
    assert statuses(anna, live_server, order_id) == ["issued"]


def test_a_rejected_orders_draft_is_issued_unless_a_change_asks_to_cancel_it(
    live_server: LiveServer,
) -> None:
    anna = Person(live_server, "anna@example.org")
    staff = Person(live_server, "staff@example.org")
    to_cancel = active_order(live_server, invoice_dates=planned(live_server, 3))
    left_alone = active_order(live_server, invoice_dates=planned(live_server, 3))
    for order_id in (to_cancel, left_alone):
        rejected = staff.post(
            live_server.api(f"/staff/orders/{order_id}/reject"),
            json={"reason": "Scheinselbstständigkeit vermutet"},
            timeout=10,
        )
        assert rejected.json()["status"] == "rejected"
        assert statuses(anna, live_server, order_id) == ["draft"]

    asked = member_command(
        anna,
        live_server,
        f"/invoices/{to_cancel}-1/change-request",
        {"comment": "Der Auftrag wurde abgelehnt, bitte die Rechnung stornieren."},
    )
    assert asked.status_code == 200 and asked.json()["status"] == "awaiting_update"

    advance_to(live_server, days(live_server, 3))
    assert statuses(anna, live_server, to_cancel) == ["awaiting_update"]
    assert statuses(anna, live_server, left_alone) == ["issued"]
    cancelled = staff.post(
        live_server.api(f"/staff/invoices/{to_cancel}-1/cancel"),
        json={"reason": "Storno auf Wunsch: Auftrag abgelehnt"},
        timeout=10,
    )
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert order_status(anna, live_server, to_cancel) == "rejected"


def test_the_rules_are_idempotent(live_server: LiveServer) -> None:
    anna = Person(live_server, "anna@example.org")
    order_id = active_order(live_server, invoice_dates=planned(live_server, 3))
    advance_to(live_server, days(live_server, 3))
    before = timeline(anna, live_server, order_id)
    assert [t[0] for t in before][-2:] == ["invoice_draft_created", "invoice_issued"]

    advance_to(live_server, days(live_server, 0))  # a sweep on the same day
    ctx = live_server.context
    with ctx.db.session() as session:
        apply_due(session, ctx.clock)
        apply_due(session, ctx.clock)
    assert timeline(anna, live_server, order_id) == before
    assert len(invoices(anna, live_server, order_id)) == 1
