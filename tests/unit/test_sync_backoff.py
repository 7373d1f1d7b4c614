"""The outbox's retry delay: exponential with jitter, capped, never overflowing."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from desktop_app.services.sync import BACKOFF_BASE, BACKOFF_MAX, backoff


def test_first_retry_waits_between_half_and_full_base_delay() -> None:
    delay = backoff(1, None, random.Random(1))
    assert BACKOFF_BASE / 2 <= delay <= BACKOFF_BASE


def test_the_delay_doubles_per_attempt_before_the_jitter() -> None:
    # With jitter fixed at 1.0 (a random source that always answers the upper bound).
    class Upper(random.Random):
        def uniform(self, a: float, b: float) -> float:
            return b

    assert backoff(3, None, Upper()) == BACKOFF_BASE * 4


@pytest.mark.parametrize("attempts", [30, 46, 47, 1_000, 10_000])
def test_many_attempts_stay_at_the_cap_instead_of_overflowing(attempts: int) -> None:
    delay = backoff(attempts, None, random.Random(attempts))
    assert BACKOFF_MAX / 2 <= delay <= BACKOFF_MAX


def test_retry_after_is_a_lower_bound_but_capped() -> None:
    assert backoff(1, 120, random.Random(2)) == timedelta(seconds=120)
    assert backoff(1, 10**12, random.Random(2)) == BACKOFF_MAX
