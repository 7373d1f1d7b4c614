"""DraftService: the offline draft use cases over a real profile database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.errors import NotEditableError
from desktop_app.domain.order import Client, ClientType, LineItem, Order
from desktop_app.domain.status import OrderStatus
from desktop_app.platform.clock import FixedClock
from desktop_app.platform.paths import AppPaths
from desktop_app.services.changes import Changes
from desktop_app.services.drafts import DraftService, OrderNotFoundError
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.database import Database
from desktop_app.storage.order_repository import OrderRepository
from tests.unit.storage_fixtures import child_row_counts, open_profile_database, sample_order

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(200))


@pytest.fixture
def db(app_paths: AppPaths) -> Iterator[Database]:
    database = open_profile_database(app_paths)
    yield database
    database.dispose()


@pytest.fixture
def repo(db: Database) -> OrderRepository:
    return OrderRepository(db)


@pytest.fixture
def service(repo: OrderRepository, app_paths: AppPaths, clock: FixedClock) -> DraftService:
    return DraftService(repo, AttachmentStore(app_paths.attachments_dir), clock)


def _content(order: Order) -> Order:
    """Everything but identity, status and timestamps."""
    return replace(
        order,
        id=uuid.UUID(int=0),
        status=OrderStatus.DRAFT,
        created_at=None,
        updated_at=None,
    )


# --- create / load --------------------------------------------------------------------------


def test_create_stores_a_draft_at_once(
    service: DraftService, repo: OrderRepository, clock: FixedClock
) -> None:
    saved = service.create(
        order_description="Fotoproduktion", client=Client(ClientType.PRIVATE, "Eva")
    )
    order = saved.order
    assert order.status is OrderStatus.DRAFT
    assert order.order_description == "Fotoproduktion"
    assert order.client.legal_name == "Eva"
    assert order.created_at == order.updated_at == clock.now()
    assert saved.changes == Changes(orders_saved=frozenset({order.id}))
    assert repo.get(order.id) == order
    assert service.load(order.id) == order


def test_create_gives_each_draft_its_own_identity(service: DraftService) -> None:
    ids = {service.create().order.id for _ in range(5)}
    assert len(ids) == 5
    assert {s.id for s in service.summaries()} == ids


def test_load_unknown_order_raises(service: DraftService) -> None:
    missing = uuid.uuid4()
    with pytest.raises(OrderNotFoundError) as excinfo:
        service.load(missing)
    assert excinfo.value.code == "order_not_found"
    assert str(missing) in str(excinfo.value)


# --- save -----------------------------------------------------------------------------------


def test_save_sets_created_at_once_and_updated_at_from_the_clock(
    service: DraftService, clock: FixedClock
) -> None:
    first_moment = clock.now()
    draft = service.create().order

    clock.moment = first_moment + timedelta(hours=3, microseconds=17)
    edited = replace(draft, order_description="Neu", line_items=(LineItem("a", Decimal(2)),))
    saved = service.save(edited)
    assert saved.order.created_at == first_moment
    assert saved.order.updated_at == clock.now()
    assert saved.changes.orders_saved == {draft.id}
    assert service.load(draft.id) == saved.order

    # A caller that lost or changed created_at cannot move it.
    clock.moment += timedelta(days=1)
    for created_at in (None, datetime(1999, 1, 1, tzinfo=UTC)):
        again = service.save(replace(edited, created_at=created_at))
        assert again.order.created_at == first_moment
        assert service.load(draft.id).created_at == first_moment
    assert service.load(draft.id).updated_at == clock.now()


def test_save_of_a_new_order_uses_the_clock_for_both_timestamps(
    service: DraftService, clock: FixedClock
) -> None:
    order = Order.new(order_description="x")
    assert order.created_at is None
    saved = service.save(order)
    assert saved.order.created_at == saved.order.updated_at == clock.now()
    assert saved.order.created_at.tzinfo is not None  # type: ignore[union-attr]


def test_save_keeps_whole_content(service: DraftService) -> None:
    order = replace(sample_order(), created_at=None, updated_at=None)
    saved = service.save(order)
    assert _content(service.load(order.id)) == _content(order)
    assert saved.order == service.load(order.id)


@pytest.mark.parametrize("status", [s for s in OrderStatus if s is not OrderStatus.DRAFT])
def test_saving_a_non_draft_is_refused(
    service: DraftService, repo: OrderRepository, status: OrderStatus
) -> None:
    order = Order.new(status=status, order_description="submitted")
    with pytest.raises(NotEditableError) as excinfo:
        service.save(order)
    assert excinfo.value.code == "not_editable"
    assert repo.get(order.id) is None


def test_a_stored_non_draft_cannot_be_overwritten_by_a_draft(
    service: DraftService, repo: OrderRepository
) -> None:
    active = sample_order(status=OrderStatus.ACTIVE)
    repo.save(active)
    with pytest.raises(NotEditableError):
        service.save(replace(active, status=OrderStatus.DRAFT, order_description="sneaky"))
    assert repo.get(active.id) == active


# --- duplicate ------------------------------------------------------------------------------


def test_duplicate_makes_a_new_draft_with_the_same_content(
    service: DraftService, db: Database, clock: FixedClock
) -> None:
    original = service.save(replace(sample_order(), created_at=None, updated_at=None)).order
    clock.moment += timedelta(minutes=5)

    copy = service.duplicate(original.id)
    dup = copy.order
    assert dup.id != original.id
    assert dup.status is OrderStatus.DRAFT
    assert _content(dup) == _content(original)
    assert dup.created_at == dup.updated_at == clock.now()
    assert copy.changes.orders_saved == {dup.id}
    assert service.load(dup.id) == dup
    assert service.load(original.id) == original
    assert child_row_counts(db.path, dup.id) == child_row_counts(db.path, original.id) == (2, 2, 2)

    # The copy owns its children: deleting the original leaves them.
    service.delete(original.id)
    assert service.load(dup.id) == dup


@pytest.mark.parametrize(
    "status", [OrderStatus.ACTIVE, OrderStatus.REJECTED, OrderStatus.SMART_REVIEW]
)
def test_duplicate_of_a_non_draft_is_a_draft(
    service: DraftService, repo: OrderRepository, clock: FixedClock, status: OrderStatus
) -> None:
    stored = sample_order(status=status)
    repo.save(stored)
    dup = service.duplicate(stored.id).order
    assert dup.status is OrderStatus.DRAFT
    assert dup.id != stored.id
    assert _content(dup) == _content(stored)
    assert dup.created_at == clock.now() != stored.created_at
    assert repo.get(stored.id) == stored
    assert repo.get(dup.id) == dup
    assert repo.count() == 2


def test_duplicate_of_unknown_order_raises(service: DraftService, repo: OrderRepository) -> None:
    with pytest.raises(OrderNotFoundError):
        service.duplicate(uuid.uuid4())
    assert repo.count() == 0


# --- delete ---------------------------------------------------------------------------------


def test_delete_removes_a_draft(service: DraftService, db: Database) -> None:
    keep = service.create(order_description="bleibt").order
    draft = service.save(replace(sample_order(), created_at=None)).order
    changes = service.delete(draft.id)
    assert changes == Changes(orders_deleted=frozenset({draft.id}))
    with pytest.raises(OrderNotFoundError):
        service.load(draft.id)
    assert child_row_counts(db.path, draft.id) == (0, 0, 0)
    assert [s.id for s in service.summaries()] == [keep.id]


@pytest.mark.parametrize("status", [s for s in OrderStatus if s is not OrderStatus.DRAFT])
def test_delete_refuses_non_drafts(
    service: DraftService, repo: OrderRepository, status: OrderStatus
) -> None:
    stored = sample_order(status=status)
    repo.save(stored)
    with pytest.raises(NotEditableError):
        service.delete(stored.id)
    assert repo.get(stored.id) == stored


def test_delete_unknown_order_raises(service: DraftService) -> None:
    service.create()
    with pytest.raises(OrderNotFoundError):
        service.delete(uuid.uuid4())
    assert len(service.summaries()) == 1


# --- the rest -------------------------------------------------------------------------------


def test_summaries_reflect_saved_drafts(service: DraftService) -> None:
    draft = service.create(
        order_description="Titel\nRest",
        line_items=(LineItem("a", Decimal("2"), "", 1_000),),
        invoice_dates=(date(2027, 1, 1),),
    ).order
    (summary,) = service.summaries()
    assert (summary.id, summary.title, summary.net_cents, summary.invoice_dates) == (
        draft.id,
        "Titel",
        2_000,
        (date(2027, 1, 1),),
    )


def test_import_attachment_goes_to_the_profile_store(
    service: DraftService, app_paths: AppPaths, tmp_path: Path
) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(PNG)
    ref = service.import_attachment(source, is_confirmation_proof=True)
    assert ref.media_type == "image/png"
    assert ref.is_confirmation_proof is True
    path = service.attachment_path(ref.sha256)
    assert path.is_relative_to(app_paths.attachments_dir)
    assert path.read_bytes() == PNG

    draft = service.create(attachments=(ref,)).order
    assert service.load(draft.id).attachments == (ref,)
    assert service.load(draft.id).has_confirmation_proof
