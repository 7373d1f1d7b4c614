"""What a write changed; one Qt signal broadcasts it and each view refreshes what it shows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    orders_saved: frozenset[uuid.UUID] = field(default_factory=frozenset)
    orders_deleted: frozenset[uuid.UUID] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.orders_saved | other.orders_saved,
            self.orders_deleted | other.orders_deleted,
        )

    @property
    def empty(self) -> bool:
        return not (self.orders_saved or self.orders_deleted)
