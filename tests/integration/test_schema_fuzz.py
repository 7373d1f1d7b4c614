"""A bounded schemathesis run over real HTTP against the published contract
(docs/api/openapi.yaml, which test_contract.py keeps equal to what the server serves).

Checks on every answer: no 5xx, the body matches the schema declared for its status (every
error is a ``Problem``: see reference_server/openapi_problems.py), and the declared media type.
Passes per operation: the demo member with the ids of real demo orders (so requests get past
"not found" into the handlers), staff likewise, nobody logged in, schemathesis' boundary cases,
and the member with data that violates the schema (must be refused with a 4xx, never a 5xx).
Examples are derandomised: CI runs the same bounded set every time (about 1,800 requests,
15 s), a failure reproduces locally, and its report carries a curl command.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import Case
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)
from sqlalchemy import select

from reference_server.app import create_app
from reference_server.client_links import current_link_mail
from reference_server.demo import DEMO_ACCOUNTS, seed_demo
from reference_server.problems import PROBLEM_JSON
from reference_server.records import InvoiceRecord, OrderRecord, UserRecord

from .conftest import LiveServer
from .served import serve

CONTRACT = Path(__file__).resolve().parents[2] / "docs" / "api" / "openapi.yaml"
SCHEMA = schemathesis.openapi.from_path(CONTRACT)
# An invalid contract fails here, at collection (Err has no ok()).
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]  # type: ignore[union-attr]
# Operations with something to violate: a declared body or query parameter. (A header-only or
# path-only operation accepts any text; hypothesis would find nothing to generate.)
NEGATABLE = [op for op in OPERATIONS if list(op.body) or list(op.query)]
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
_PATH_PARAMETER = re.compile(r"{(\w+)}")


class Fuzzed:
    def __init__(self, server: LiveServer) -> None:
        self.server = server
        self.tokens = {role: _token(server, *DEMO_ACCOUNTS[role]) for role in ("member", "staff")}
        self.real_ids = _real_ids(server)
        self.statuses: dict[str, Counter[int]] = defaultdict(Counter)  # role -> status class

    def run(
        self,
        operation: schemathesis.APIOperation,
        role: str | None,
        examples: int,
        mode: GenerationMode = GenerationMode.POSITIVE,
        real_ids: bool = False,
    ) -> None:
        headers = {"Authorization": f"Bearer {self.tokens[role]}"} if role else {}
        known = {
            name: self.real_ids[name]
            for name in _PATH_PARAMETER.findall(operation.path)
            if real_ids and name in self.real_ids
        }

        @settings(
            max_examples=examples,
            deadline=None,
            derandomize=True,
            database=None,
            phases=[Phase.explicit, Phase.generate],  # no shrinking: the run stays bounded
            suppress_health_check=list(HealthCheck),
        )
        @given(operation.as_strategy(mode, path_parameters=known or None))
        def check(case: Case) -> None:
            response = case.call_and_validate(
                base_url=self.server.url, headers=headers, checks=CHECKS
            )
            self.statuses[role or "anonymous"][response.status_code // 100] += 1

        check()

    def run_boundaries(self, operation: schemathesis.APIOperation, role: str) -> None:
        headers = {"Authorization": f"Bearer {self.tokens[role]}"}
        cases = SCHEMA.iter_coverage_cases(
            operation,
            generation_modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
            generation_config=SCHEMA.config.generation_for(operation=operation),
        )
        for case in cases:
            response = case.call_and_validate(
                base_url=self.server.url, headers=headers, checks=CHECKS
            )
            self.statuses["boundaries"][response.status_code // 100] += 1


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzed]:
    # As deployed: default rate limits (this run meets no 429), no dev clock.
    app = create_app(tmp_path_factory.mktemp("fuzz") / "server.sqlite3")
    seed_demo(app.state.context.db, app.state.context.clock)
    with serve(app) as server:
        yield Fuzzed(server)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_member_with_real_ids(fuzzed: Fuzzed, operation: schemathesis.APIOperation) -> None:
    fuzzed.run(operation, "member", examples=10, real_ids=True)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_staff_with_real_ids(fuzzed: Fuzzed, operation: schemathesis.APIOperation) -> None:
    fuzzed.run(operation, "staff", examples=5, real_ids=True)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_unauthenticated(fuzzed: Fuzzed, operation: schemathesis.APIOperation) -> None:
    fuzzed.run(operation, None, examples=4)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_member_with_boundary_values(fuzzed: Fuzzed, operation: schemathesis.APIOperation) -> None:
    """Schemathesis' coverage cases: each bound, one past it, wrong types, missing parts."""
    fuzzed.run_boundaries(operation, "member")


@pytest.mark.parametrize("operation", NEGATABLE, ids=lambda op: op.label)
def test_member_with_invalid_data(fuzzed: Fuzzed, operation: schemathesis.APIOperation) -> None:
    fuzzed.run(operation, "member", examples=5, mode=GenerationMode.NEGATIVE)


def test_the_runs_reached_the_handlers(fuzzed: Fuzzed) -> None:
    """Runs after the passes above (file order): with the real ids, member and staff requests
    must get past authentication and "not found" into the handlers, not only 4xx."""
    if sum(fuzzed.statuses["member"].values()) < len(OPERATIONS):
        pytest.skip("run together with the fuzzing passes above")
    for role in ("member", "staff"):
        assert fuzzed.statuses[role][2] >= 30, fuzzed.statuses
    assert set(fuzzed.statuses["anonymous"]) <= {2, 4}, fuzzed.statuses


# Found by this run: integers past SQLite's 64-bit INTEGER reached the driver (OverflowError,
# a 500); they are refused as invalid now. And a replayed refusal came back as application/json.
@pytest.mark.parametrize(
    ("role", "path", "query"),
    [
        ("member", "/invoices", {"offset": 2**64}),
        ("staff", "/invoices", {"member_id": 2**64}),
        ("staff", "/changes", {"member_id": 2**64}),
        ("staff", f"/support/members/{2**64}/orders", {}),
        ("staff", "/support/members/1/orders", {"offset": 2**64}),
    ],
)
def test_huge_integers_are_refused_not_overflowed(
    fuzzed: Fuzzed, role: str, path: str, query: dict[str, int]
) -> None:
    headers = {"Authorization": f"Bearer {fuzzed.tokens[role]}"}
    response = requests.get(fuzzed.server.api(path), params=query, headers=headers, timeout=10)
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "invalid_request"


def test_a_replayed_refusal_is_still_a_problem_document(fuzzed: Fuzzed) -> None:
    headers = {"Authorization": f"Bearer {fuzzed.tokens['member']}", "Idempotency-Key": "k-1"}
    url = fuzzed.server.api(f"/orders/{fuzzed.real_ids['order_id']}/cancellation")
    first, replay = (
        requests.post(url, data=b"not json", headers=headers, timeout=10) for _ in range(2)
    )
    assert first.status_code == replay.status_code == 422
    assert first.json() == replay.json()
    assert replay.headers["Content-Type"] == first.headers["Content-Type"] == PROBLEM_JSON


def test_the_contract_covers_the_api() -> None:
    """The fuzzing reaches every route family; a lost path would shrink the run unnoticed."""
    paths = {operation.path for operation in OPERATIONS}
    assert len(OPERATIONS) >= 30
    for path in ("/api/v1/orders", "/api/v1/changes", "/api/v1/invoices", "/api/v1/auth/login"):
        assert path in paths


def _token(server: LiveServer, email: str, password: str) -> str:
    session = server.login(email, password)
    return session.headers["Authorization"].removeprefix("Bearer ")


def _real_ids(server: LiveServer) -> dict[str, str]:
    """Path parameters that exist: an active order, its invoice, a live client link."""
    with server.context.db.session() as session:
        member = session.scalar(
            select(UserRecord).where(UserRecord.email == DEMO_ACCOUNTS["member"][0])
        )
        assert member is not None
        order = session.scalar(
            select(OrderRecord).where(OrderRecord.status == "active").order_by(OrderRecord.id)
        )
        invoice = session.scalar(
            select(InvoiceRecord).where(InvoiceRecord.status == "draft").order_by(InvoiceRecord.id)
        )
        waiting = session.scalar(
            select(OrderRecord.id).where(OrderRecord.status == "client_confirmation")
        )
        assert order is not None and invoice is not None and waiting is not None
        mail = current_link_mail(session, waiting)
        assert mail is not None
        return {
            "order_id": order.id,
            "invoice_id": invoice.id,
            "token": mail.token,
            "member_id": str(member.id),
        }
