"""The contract says what the server sends on an error: an RFC 9457 problem document.

FastAPI declares its own 422 body (``HTTPValidationError``, ``detail`` a list) that this server
never sends: every error, 422 included, goes through problems.py as
``application/problem+json``. The schema is rewritten once, when first generated: each 422
answers a ``Problem``, and a ``default`` response says that any other error status does too
(a schema check of the API then validates error bodies instead of tripping over them).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from .problems import PROBLEM_JSON

PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "type": "object",
    "description": "RFC 9457 problem document; ``code`` is stable and translated by clients.",
    "required": ["type", "title", "status", "code"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "code": {"type": "string"},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"field": {"type": "string"}, "code": {"type": "string"}},
            },
        },
    },
    "additionalProperties": True,  # problem-specific members, e.g. current_status
}
_FASTAPI_ONLY = ("HTTPValidationError", "ValidationError")
_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def _problem(description: str) -> dict[str, Any]:
    reference = {"$ref": "#/components/schemas/Problem"}
    return {"description": description, "content": {PROBLEM_JSON: {"schema": reference}}}


def declare_problems(schema: dict[str, Any]) -> None:
    """Rewrite a generated schema in place (see the module docstring)."""
    for path_item in schema.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in _METHODS:
                continue
            responses = operation.setdefault("responses", {})
            if "422" in responses:
                responses["422"] = _problem("The request is not valid")
            responses["default"] = _problem("Any other error")
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for name in _FASTAPI_ONLY:
        components.pop(name, None)
    components["Problem"] = PROBLEM_SCHEMA


def install_problem_responses(app: FastAPI) -> None:
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            declare_problems(generate())  # FastAPI caches the generated dict: edit it once
        return generate()

    app.openapi = openapi  # type: ignore[method-assign]
