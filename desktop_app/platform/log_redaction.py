"""A logging filter that masks credentials wherever they slip into a log line.

The REST client never logs tokens, but third-party libraries (urllib3 at DEBUG, a traceback
of a failed call) might; the log file is what users attach to support requests.
"""

from __future__ import annotations

import logging
import re

MASK = "***"

# "Bearer <token>" in headers, reprs and messages; any other Authorization value entirely.
_BEARER = re.compile(r"(?i)\b(bearer)(\s+)[^\s'\",;}\])]+")
_AUTHORIZATION = re.compile(
    r"(?i)(?P<k>\bauthorization[\"']?\s*[:=]\s*+[\"']?+)(?!bearer\s)(?P<v>[^\"'\r\n,}]+)"
)
# JSON / repr members: "refresh_token": "…", 'password': '…', "token": 123
# snake_case, camelCase and dashed names: refresh_token, refreshToken, x-api-key
# One character class, no nested quantifier: a long token-like run cannot make it backtrack
# exponentially (a match can only start at a word's beginning).
_KEYS = r"[a-z0-9_-]*?(?:token|password|secret|api[_-]?key)"
_QUOTED = re.compile(
    rf"(?i)(?P<k>([\"'])(?:{_KEYS})\2\s*:\s*)(?P<q>[\"'])(?:\\.|(?!(?P=q)).)*(?P=q)"
)
_BARE = re.compile(rf"(?i)(?P<k>([\"'])(?:{_KEYS})\2\s*:\s*)(?P<v>[^\s\"',}}\]]+)")
# query strings and key=value: access_token=…&, password=…
_PAIR = re.compile(rf"(?i)(?P<k>(?<![a-z0-9_])(?:{_KEYS})=)(?P<v>[^&\s'\",;]+)")


def redact(text: str) -> str:
    text = _BEARER.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    text = _AUTHORIZATION.sub(lambda m: f"{m.group('k')}{MASK}", text)
    text = _QUOTED.sub(lambda m: f"{m.group('k')}{m.group('q')}{MASK}{m.group('q')}", text)
    text = _BARE.sub(lambda m: m.group("k") + (m.group("v") if _harmless(m) else MASK), text)
    return _PAIR.sub(lambda m: f"{m.group('k')}{MASK}", text)


def _harmless(match: re.Match[str]) -> bool:
    # null / true / false carry no secret; leaving them keeps the log readable.
    return match.group("v").lower() in ("null", "none", "true", "false")


class RedactingFilter(logging.Filter):
    """Formats the message once, masks it and drops the args (so no handler sees raw values)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text, so the masked traceback is what gets written.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install(logger: logging.Logger | None = None) -> RedactingFilter:
    """Attach one RedactingFilter to ``logger`` (root by default) and each of its handlers.

    Handler filters see records propagated from every child logger; the logger's own filter
    covers records logged on it directly. Calling it again does not add a second filter.
    """
    target = logger or logging.getLogger()
    existing = next((f for f in target.filters if isinstance(f, RedactingFilter)), None)
    active = existing or RedactingFilter()
    if existing is None:
        target.addFilter(active)
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(active)
    return active
