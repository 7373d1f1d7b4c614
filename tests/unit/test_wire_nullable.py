"""Members the contract requires but allows to be null: null reads as None, a missing member
is a broken answer (found by the malformed-server suite at 1,000 examples)."""

from __future__ import annotations

import pytest

from desktop_app.remote.errors import ResponseFormatError
from desktop_app.remote.wire import read_event, read_me

EVENT = {
    "seq": 7,
    "order_id": "edd59a39-65a3-45eb-a9a6-624068f09b6f",
    "type": "submitted",
    "actor_role": "member",
    "status_from": "draft",
    "status_to": "smart_review",
    "reason": "",
    "at": "2026-11-27T10:00:00Z",
    "invoice_id": None,
}
ME = {
    "id": 1,
    "email": "anna@example.org",
    "role": "member",
    "member_number": "M-10001",
    "display_name": "Anna",
    "budgets": [{"id": "B-1", "name": "Persönliches Budget"}],
}


@pytest.mark.parametrize("key", ["status_from", "status_to"])
def test_an_event_status_may_be_null_but_not_missing(key: str) -> None:
    assert getattr(read_event({**EVENT, key: None}, "events[0]"), key) is None
    broken = {k: v for k, v in EVENT.items() if k != key}
    with pytest.raises(ResponseFormatError) as caught:
        read_event(broken, "events[0]")
    assert key in str(caught.value)


def test_invoice_id_added_later_may_be_missing() -> None:
    """Added after the first contract: an older server that lacks it stays readable."""
    event = read_event({k: v for k, v in EVENT.items() if k != "invoice_id"}, "events[0]")
    assert event.invoice_id is None


def test_member_number_may_be_null_but_not_missing() -> None:
    assert read_me({**ME, "member_number": None}).member_number is None
    assert read_me(ME).member_number == "M-10001"
    with pytest.raises(ResponseFormatError) as caught:
        read_me({k: v for k, v in ME.items() if k != "member_number"})
    assert "member_number" in str(caught.value)
