"""Typed domain errors. Each carries a stable ``code`` that the GUI translates."""

from __future__ import annotations


class DomainError(Exception):
    code = "domain_error"


class IllegalTransitionError(DomainError):
    code = "illegal_transition"

    def __init__(self, kind: str, source: str, target: str) -> None:
        super().__init__(f"illegal {kind} transition {source} -> {target}")
        self.kind = kind
        self.source = source
        self.target = target


class NotEditableError(DomainError):
    """Only drafts may be edited, saved or deleted locally."""

    code = "not_editable"


class ReadOnlyError(DomainError):
    """The profile is open read-only (inspection mode): nothing may change."""

    code = "read_only"
