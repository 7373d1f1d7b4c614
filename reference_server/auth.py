"""Passwords (scrypt), short-lived signed access tokens and rotating refresh tokens.

Rotation survives a lost answer: a rotated refresh token stays usable until its successor has
been used. A client whose refresh answer was cut off by the network, or which crashed before
it stored the new token, still holds the old one, and refreshing with it again replaces the
successor it never received (which is revoked). Once the successor is used, the old token is
refused — the usual reuse protection.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from .clock import ServerClock
from .problems import ApiProblem
from .records import RefreshTokenRecord, UserRecord

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        _scheme, n, r, p, salt, digest = stored.split("$")
        candidate = hashlib.scrypt(
            password.encode(), salt=bytes.fromhex(salt), dklen=32, n=int(n), r=int(r), p=int(p)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


@dataclass(frozen=True)
class Principal:
    user_id: int
    role: str


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class TokenService:
    def __init__(
        self,
        clock: ServerClock,
        access_lifetime: timedelta = timedelta(minutes=15),
        refresh_lifetime: timedelta = timedelta(days=30),
    ) -> None:
        self._secret = secrets.token_bytes(32)
        self._clock = clock
        self.access_lifetime = access_lifetime
        self.refresh_lifetime = refresh_lifetime

    def issue(
        self, session: Session, user: UserRecord, parent_hash: str | None = None
    ) -> dict[str, object]:
        now = self._clock.now()
        claims = {
            "sub": user.id,
            "role": user.role,
            "exp": int((now + self.access_lifetime).timestamp()),
        }
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signature = _b64(hmac.new(self._secret, payload.encode(), hashlib.sha256).digest())
        refresh = secrets.token_urlsafe(32)
        session.add(
            RefreshTokenRecord(
                token_hash=_token_hash(refresh),
                user_id=user.id,
                expires_at=_naive(now + self.refresh_lifetime),
                parent_hash=parent_hash,
            )
        )
        return {
            "access_token": f"{payload}.{signature}",
            "refresh_token": refresh,
            "token_type": "Bearer",
            "expires_in": int(self.access_lifetime.total_seconds()),
        }

    def verify_access(self, token: str) -> Principal:
        try:
            payload, signature = token.split(".")
            expected = _b64(hmac.new(self._secret, payload.encode(), hashlib.sha256).digest())
            if not hmac.compare_digest(expected, signature):
                raise ValueError("signature")
            claims = json.loads(_unb64(payload))
            if claims["exp"] < self._clock.now().timestamp():
                raise ApiProblem(401, "token_expired", "Access token expired")
            return Principal(int(claims["sub"]), str(claims["role"]))
        except ApiProblem:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise ApiProblem(401, "token_invalid", "Invalid access token") from exc

    def rotate(self, session: Session, refresh: str) -> dict[str, object]:
        record = session.get(RefreshTokenRecord, _token_hash(refresh))
        if record is None or record.revoked or record.expires_at < _naive(self._clock.now()):
            raise ApiProblem(401, "refresh_invalid", "Refresh token invalid or expired")
        # A successor issued for this token before never reached the client (it would have
        # used it, revoking this one): it is replaced. The predecessor is done with.
        _retire_neighbours(session, record)
        user = session.get(UserRecord, record.user_id)
        assert user is not None
        return self.issue(session, user, parent_hash=record.token_hash)

    def revoke(self, session: Session, refresh: str) -> None:
        """Logout: the token, its still valid predecessor and any unused successor."""
        record = session.get(RefreshTokenRecord, _token_hash(refresh))
        if record is not None:
            record.revoked = True
            _retire_neighbours(session, record)


def _retire_neighbours(session: Session, record: RefreshTokenRecord) -> None:
    successors = session.scalars(
        select(RefreshTokenRecord).where(
            RefreshTokenRecord.parent_hash == record.token_hash,
            RefreshTokenRecord.revoked.is_(False),
        )
    ).all()
    for successor in successors:
        successor.revoked = True
    if record.parent_hash is not None:
        parent = session.get(RefreshTokenRecord, record.parent_hash)
        if parent is not None:
            parent.revoked = True


def find_user(session: Session, email: str) -> UserRecord | None:
    return session.scalar(select(UserRecord).where(UserRecord.email == email.strip().lower()))


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)
