"""What a diagnostics bundle must not carry: credentials and third parties' e-mail addresses.

Who is a third party: everyone but the member whose profile this is. The member's own
address (``account_email`` in the settings) stays, because support needs to know whose
bundle it is. Client invoice addresses, contact persons' addresses and any other address
in orders, the outbox, the logs or the settings are replaced by a placeholder. The
placeholder is keyed per bundle, so one address gets the same placeholder everywhere in a
bundle (support can still see "the same contact") but cannot be looked up by hashing
guessed addresses.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Any

from ..platform.log_redaction import MASK, redact

PLACEHOLDER_DOMAIN = "redacted.invalid"
# Starts only where a local part can start: a long run of word characters without "@" is
# then scanned once, not once per position (quadratic on a multi-megabyte log line).
_EMAIL = re.compile(r"(?<![\w.%+'-])[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+")
# "password: hunter2", "token = abc" in free text (the log filter covers JSON, query
# strings and headers; this covers what people and libraries write otherwise).
_LOOSE = re.compile(
    r"(?i)(?P<k>\b[a-z0-9_-]*?(?:token|password|passwort|secret|api[_-]?key)\b\s*[:=]\s*)"
    r"(?P<v>(?!\*\*\*)[^\s,;\"'}\])]+)"
)
# A JWT wherever it appears, e.g. pasted into a comment or an error message.
_JWT = re.compile(r"\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*")
SECRET_KEY = re.compile(r"(?i)token|password|passwort|secret|authorization|api_?key")


class Scrubber:
    """Masks credentials and third parties' addresses in text; one instance per bundle."""

    def __init__(self, own_email: str = "") -> None:
        self.own_email = own_email.strip().casefold()
        self._key = secrets.token_bytes(16)

    def __call__(self, text: str) -> str:
        # An address in a query string ("jane%40client.example") is an address too.
        text = re.sub(r"(?i)%40", "@", text)
        text = redact(text)
        text = _LOOSE.sub(lambda m: f"{m.group('k')}{MASK}", text)
        text = _JWT.sub(MASK, text)
        return _EMAIL.sub(self._email, text)

    def _email(self, match: re.Match[str]) -> str:
        address = match.group(0)
        folded = address.casefold()
        if folded == self.own_email or folded.endswith("@" + PLACEHOLDER_DOMAIN):
            return address
        digest = hmac.new(self._key, folded.encode(), hashlib.sha256).hexdigest()[:10]
        return f"email-{digest}@{PLACEHOLDER_DOMAIN}"

    def value(self, value: Any) -> Any:
        """A JSON value with secret-named keys masked and every string scrubbed."""
        if isinstance(value, dict):
            return {
                str(k): MASK if SECRET_KEY.search(str(k)) and v not in (None, "") else self.value(v)
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, str):
            return self(value)
        return value
