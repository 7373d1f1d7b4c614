"""The calendar file kept up to date for calendar apps to subscribe to.

It is rewritten only when its events changed: the new content is first rendered with the
DTSTAMP the file already carries, and if that gives the same bytes the file is left alone
(its modification time too, so a calendar app polling it sees nothing new). Otherwise it is
replaced atomically with the current time as DTSTAMP. The UIDs are the deadlines' own, so a
subscribed calendar updates its events instead of duplicating them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..domain.errors import ReadOnlyError
from ..domain.ics import CalendarEvent, stamp_of, to_ics
from ..platform.atomic_file import write_atomically
from ..platform.clock import Clock


class CalendarFile:
    def __init__(self, clock: Clock, read_only: bool = False) -> None:
        self._clock = clock
        self._read_only = read_only

    def update(self, path: Path, events: Sequence[CalendarEvent]) -> bool:
        """Bring ``path`` up to date; True when it was (re)written. Raises OSError when it
        cannot be read or written, ReadOnlyError in read-only (inspection) mode."""
        if self._read_only:
            raise ReadOnlyError()
        try:
            old = path.read_bytes()
        except FileNotFoundError:
            old = None
        if old is not None:
            stamp = stamp_of(old.decode("utf-8", errors="replace"))
            if to_ics(list(events), stamp or self._clock.now()).encode("utf-8") == old:
                return False
        write_atomically(path, to_ics(list(events), self._clock.now()).encode("utf-8"))
        return True
