"""The demo member's orders: every order status, invoices in every invoice status, and a
plausible history for each, dated relative to the server's today so the demo is always fresh.

A story is one order and its steps, each at (days from today, Berlin time), all in the past.
The steps of all stories run in time order on a story clock, with the daily time-rule sweep at
00:05 Berlin before each day's steps (invoice drafts at T-7, issuing on the invoice date,
expiry, completion), so the changes feed's sequence follows time as on a real server. Drafts
live only in the desktop app, so none is seeded. The stories are in demo_stories.py.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.status import OrderStatus

from .clock import BERLIN, ServerClock
from .demo_actions import Action, Scene, StoryClock, submit
from .demo_stories import Story, demo_stories
from .records import OrderRecord
from .time_rules import apply_due_to_order

SWEEP_AT = time(0, 5)


def seed_demo_orders(
    session: Session, clock: ServerClock, member_id: int, support_id: int | None = None
) -> int:
    """Seed the demo member's orders; the number made (0: the member already has orders)."""
    mine = select(OrderRecord.id).where(OrderRecord.member_id == member_id).limit(1)
    if session.scalar(mine) is not None:
        return 0
    today = clock.today()
    stories = demo_stories(today, member_id)
    steps = _schedule(stories, today)
    first_day = min(story.submitted[0] for story in stories)
    scene = Scene(session, StoryClock(_at(today, first_day, SWEEP_AT)), member_id, support_id)
    index = 0
    for offset in range(first_day, 0):
        scene.clock.moment = _at(today, offset, SWEEP_AT)
        _sweep(scene, scene.clock)
        while index < len(steps) and steps[index][0] < _at(today, offset + 1, time(0)):
            moment, _, key, action = steps[index]
            scene.clock.moment = moment
            action(scene, key)
            index += 1
    _sweep(scene, clock)  # today, in real time: what the server's first request would do
    _check(scene, stories)
    return len(stories)


def _schedule(stories: list[Story], today: date) -> list[tuple[datetime, int, str, Action]]:
    steps: list[tuple[datetime, int, str, Action]] = []
    for story in stories:
        for day, hh_mm, action in ((*story.submitted, submit(story.order)), *story.steps):
            if day >= 0:
                raise ValueError(f"{story.key}: demo steps must lie in the past")
            hours, minutes = (int(part) for part in hh_mm.split(":"))
            steps.append((_at(today, day, time(hours, minutes)), len(steps), story.key, action))
    return sorted(steps, key=lambda step: (step[0], step[1]))


def _at(today: date, offset: int, clock_time: time) -> datetime:
    """A Berlin wall-clock time ``offset`` days from today, as an aware UTC datetime."""
    day = today + timedelta(days=offset)
    return datetime.combine(day, clock_time, tzinfo=BERLIN).astimezone(UTC)


def _sweep(scene: Scene, clock: ServerClock) -> None:
    """The server's daily sweep, limited to the demo's orders (time_rules.apply_due)."""
    orders = sorted(scene.orders.values(), key=lambda o: (o.submitted_at, o.id))
    for order in orders:
        apply_due_to_order(scene.session, clock, order)


def _check(scene: Scene, stories: list[Story]) -> None:
    """A story that no longer ends where it should (a rule changed) fails loudly."""
    wrong = {
        story.key: scene.orders[story.key].status
        for story in stories
        if OrderStatus(scene.orders[story.key].status) is not story.expect
    }
    if wrong:
        raise RuntimeError(f"demo stories ended in unexpected statuses: {wrong}")
