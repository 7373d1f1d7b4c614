"""A member's profile wired to the live reference server, as the app builds it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC
from pathlib import Path

from desktop_app.domain.order import Order
from desktop_app.platform.clock import Clock
from desktop_app.platform.credentials import MemoryCredentials
from desktop_app.platform.paths import AppPaths
from desktop_app.services.composition import Services, build_services
from desktop_app.storage.migrate import prepare_database
from desktop_app.storage.order_store import OrderStore

from .conftest import PASSWORD, LiveServer, valid_domain_order


def server_clock(server: LiveServer) -> Clock:
    """The app's clock following the server's (moving the dev clock moves both)."""
    return Clock(lambda: server.context.clock.now().astimezone(UTC))


# One "OS keyring" per profile folder, surviving a restart of the app within a test.
_KEPT: dict[Path, MemoryCredentials] = {}


@dataclass
class Member:
    services: Services
    paths: AppPaths
    credentials: MemoryCredentials

    def draft(self, **fields: object) -> Order:
        order = valid_domain_order(self.services.drafts.today())
        return self.services.drafts.save(replace(order, **fields)).order  # type: ignore[arg-type]


def open_member(
    root: Path,
    server: LiveServer,
    email: str = "anna@example.org",
    url: str | None = None,
    login: bool = True,
    credentials: MemoryCredentials | None = None,
    password: str = PASSWORD,
) -> Member:
    paths = AppPaths.for_profile(root)
    paths.ensure()
    prepare_database(paths.database, paths.backups_dir)
    credentials = credentials or _KEPT.setdefault(root, MemoryCredentials())
    services = build_services(paths, OrderStore(paths.database), server_clock(server), credentials)
    if login:
        services.account.login(url or server.url, email, password)
    return Member(services, paths, credentials)


def server_order_ids(server: LiveServer) -> list[str]:
    from sqlalchemy import select

    from reference_server.records import OrderRecord

    with server.context.db.session() as session:
        return list(session.scalars(select(OrderRecord.id)).all())


def new_id() -> uuid.UUID:
    return uuid.uuid4()
