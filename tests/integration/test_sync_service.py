"""The sync services against the real reference server: submit, commands, pull, refusals."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import requests

from desktop_app.domain.commands import CommandKind, CommandState
from desktop_app.domain.status import OrderStatus
from desktop_app.domain.timeline import Actor
from desktop_app.platform.credentials import account_key
from desktop_app.services.account import LoginError
from desktop_app.services.sync import Outcome

from .conftest import LiveServer
from .sync_fixtures import Member, open_member, server_order_ids
from .tcp_proxy import TcpProxy


@pytest.fixture
def member(tmp_path: Path, live_server: LiveServer) -> Iterator[Member]:
    opened = open_member(tmp_path / "anna", live_server)
    yield opened
    opened.services.dispose()


def _staff(server: LiveServer) -> requests.Session:
    return server.login("staff@example.org")


def test_submit_online_reaches_the_server_once_and_comes_back(
    member: Member, live_server: LiveServer
) -> None:
    order = member.draft()
    queued = member.services.actions.submit(order.id)
    assert [c.kind for c in queued.commands] == [CommandKind.SUBMIT]
    assert member.services.drafts.load(order.id).status is OrderStatus.SMART_REVIEW
    assert member.services.actions.pending_count() == 1

    report = member.services.sync.sync()

    assert (report.outcome, report.sent, report.failed) == (Outcome.OK, 1, 0)
    assert server_order_ids(live_server) == [str(order.id)]
    assert member.services.actions.pending_count() == 0
    (event,) = member.services.actions.timeline(order.id)
    assert (event.type, event.actor, event.status_to, event.pending) == (
        "submitted",
        Actor.MEMBER,
        "smart_review",
        False,
    )
    again = member.services.sync.sync()
    assert (again.outcome, again.sent, again.events) == (Outcome.OK, 0, 0)
    assert server_order_ids(live_server) == [str(order.id)]


def test_submit_offline_waits_in_the_outbox_then_goes_out(
    tmp_path: Path, live_server: LiveServer
) -> None:
    proxy = TcpProxy(int(live_server.url.rsplit(":", 1)[1]))
    proxy.start()
    member = open_member(tmp_path / "anna", live_server, url=proxy.url)
    try:
        order = member.draft()
        proxy.stop()  # the network goes away
        member.services.actions.submit(order.id)
        offline = member.services.sync.sync()
        assert offline.outcome == Outcome.OFFLINE
        (waiting,) = member.services.actions.timeline(order.id)
        assert waiting.pending and waiting.type == "submit"
        assert server_order_ids(live_server) == []
        assert member.services.drafts.load(order.id).status is OrderStatus.SMART_REVIEW
    finally:
        member.services.dispose()

    proxy.start()  # back on the same port; the app restarts and the retry time has come
    live_server.context.clock.advance(timedelta(minutes=20))
    member = open_member(tmp_path / "anna", live_server, url=proxy.url, login=False)
    try:
        assert member.services.account.restore().logged_in
        report = member.services.sync.sync()
        assert (report.outcome, report.sent) == (Outcome.OK, 1)
        assert server_order_ids(live_server) == [str(order.id)]
    finally:
        member.services.dispose()
        proxy.stop()


def test_a_refused_submission_gives_the_draft_back_with_the_reason(
    member: Member, live_server: LiveServer
) -> None:
    order = member.draft(budget="B-2")  # not Anna's budget: the server refuses it
    member.services.actions.submit(order.id)
    report = member.services.sync.sync()
    assert (report.outcome, report.sent, report.failed) == (Outcome.OK, 0, 1)
    assert member.services.drafts.load(order.id).status is OrderStatus.DRAFT
    (failed,) = member.services.actions.needing_attention()
    assert (failed.state, failed.error_code) == (CommandState.FAILED, "validation_failed")
    assert server_order_ids(live_server) == []

    fixed = member.services.drafts.save(
        replace(member.services.drafts.load(order.id), budget="B-1")
    )
    member.services.actions.retry(failed.op_id)
    assert member.services.sync.sync().sent == 1
    assert member.services.actions.needing_attention() == []
    assert server_order_ids(live_server) == [str(fixed.order.id)]


def test_staff_decision_arrives_in_the_timeline(member: Member, live_server: LiveServer) -> None:
    order = member.draft()
    member.services.actions.submit(order.id)
    member.services.sync.sync()
    approved = _staff(live_server).post(
        live_server.api(f"/staff/orders/{order.id}/approve"), timeout=10
    )
    assert approved.status_code == 200, approved.text

    report = member.services.sync.sync()

    assert report.outcome == Outcome.OK and order.id in report.changes.orders_saved
    stored = member.services.drafts.load(order.id)
    assert stored.status is OrderStatus.CLIENT_CONFIRMATION
    assert [(e.type, e.actor) for e in member.services.actions.timeline(order.id)][:2] == [
        ("submitted", Actor.MEMBER),
        ("approved", Actor.STAFF),
    ]


def test_comment_is_sent_once_and_shown_pending_until_then(
    member: Member, live_server: LiveServer
) -> None:
    order = member.draft()
    member.services.actions.submit(order.id)
    member.services.sync.sync()
    member.services.actions.comment(order.id, "Bitte bis Freitag prüfen.")
    pending = [e for e in member.services.actions.timeline(order.id) if e.pending]
    assert [(e.type, e.reason) for e in pending] == [("comment", "Bitte bis Freitag prüfen.")]
    report = member.services.sync.sync()
    assert report.sent == 1 and report.outcome == Outcome.OK
    timeline = member.services.actions.timeline(order.id)
    assert not any(e.pending for e in timeline)
    assert ("comment", "Bitte bis Freitag prüfen.") in [(e.type, e.reason) for e in timeline]


def test_token_expiry_mid_sync_refreshes_and_loses_nothing(
    member: Member, live_server: LiveServer
) -> None:
    first = member.draft()
    member.services.actions.submit(first.id)
    assert member.services.sync.sync().sent == 1
    live_server.context.clock.advance(timedelta(minutes=16))
    second = member.draft()
    member.services.actions.submit(second.id)
    report = member.services.sync.sync()
    assert (report.outcome, report.sent) == (Outcome.OK, 1)
    assert sorted(server_order_ids(live_server)) == sorted([str(first.id), str(second.id)])
    assert member.credentials.load(member.services.account.state.key) is not None


def test_a_revoked_session_asks_for_a_login_and_keeps_the_command(
    member: Member, live_server: LiveServer
) -> None:
    order = member.draft()
    member.services.actions.submit(order.id)
    key = member.services.account.state.key
    member.credentials.save(key, "revoked-or-forgotten")
    member.services.account._client.access_token = None  # type: ignore[union-attr]
    report = member.services.sync.sync()
    assert report.outcome == Outcome.LOGIN_REQUIRED
    assert member.services.actions.pending_count() == 1
    assert not member.services.account.state.logged_in
    member.services.account.login(live_server.url, "anna@example.org", "richtig-geheim")
    assert member.services.sync.sync().sent == 1


def test_a_cursor_the_server_no_longer_knows_restarts_the_feed(
    member: Member, live_server: LiveServer
) -> None:
    order = member.draft()
    member.services.actions.submit(order.id)
    assert member.services.sync.sync().outcome == Outcome.OK
    conn = sqlite3.connect(member.paths.database)
    with conn:  # as after the server's database was restored from an older backup
        conn.execute("UPDATE sync_state SET value = '999999' WHERE key = 'cursor'")
    conn.close()
    report = member.services.sync.sync()
    assert report.outcome == Outcome.OK and report.events == 1
    assert [e.type for e in member.services.actions.timeline(order.id)] == ["submitted"]


def test_a_comment_queued_behind_a_refused_submission_goes_out_after_the_fix(
    member: Member, live_server: LiveServer
) -> None:
    order = member.draft(budget="B-2")  # refused: not Anna's budget
    member.services.actions.submit(order.id)
    member.services.actions.comment(order.id, "Bitte zügig prüfen.")
    report = member.services.sync.sync()
    assert (report.sent, report.failed) == (0, 1)
    codes = sorted(c.error_code for c in member.services.actions.needing_attention())
    assert codes == ["order_not_submitted", "validation_failed"]
    member.services.drafts.save(replace(member.services.drafts.load(order.id), budget="B-1"))
    member.services.actions.submit(order.id)
    assert member.services.sync.sync().sent == 2
    assert member.services.actions.needing_attention() == []
    types = [e.type for e in member.services.actions.timeline(order.id)]
    assert types == ["submitted", "comment"]


def test_another_account_sees_nothing_of_the_previous_one(
    member: Member, live_server: LiveServer
) -> None:
    sent = member.draft()
    member.services.actions.submit(sent.id)
    member.services.sync.sync()
    kept_draft = member.draft(order_description="Noch nicht eingereicht")
    member.services.actions.comment(sent.id, "Liegt noch im Postausgang.")

    with pytest.raises(LoginError) as refused:
        member.services.account.login(live_server.url, "ben@example.org", "richtig-geheim")
    assert refused.value.code == "pending_commands"
    assert member.services.account.state.email == "anna@example.org"  # still Anna

    assert member.services.sync.sync().sent == 1
    member.services.account.login(live_server.url, "ben@example.org", "richtig-geheim")
    ids = {s.id for s in member.services.drafts.summaries()}
    assert ids == {kept_draft.id}  # Anna's submitted order is gone, her draft stays
    assert member.services.actions.timeline(sent.id) == []
    anna_key = account_key(live_server.url, "anna@example.org")
    assert anna_key != member.services.account.state.key
    assert member.credentials.load(anna_key) is None  # her session is forgotten too
    report = member.services.sync.sync()
    assert report.outcome == Outcome.OK and report.events == 0  # Ben has nothing yet
