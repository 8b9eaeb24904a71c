"""The admin token that opens writes: absent, every write is refused.

Clients send it as ``Authorization: Bearer TOKEN``, or as the password of HTTP Basic
authentication (any user name), which SPARQL clients such as SPARQLWrapper and
rdflib's SPARQLUpdateStore can send without custom headers.
"""

from __future__ import annotations

import hmac

from flask import Request

from server.errors import HttpError


def _presented(request: Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    if request.authorization is not None and request.authorization.type == "basic":
        return request.authorization.password
    return None


def require_admin(request: Request, token: str | None) -> None:
    """HttpError 403 when writes are closed or the token is wrong, 401 when absent."""
    if not token:
        raise HttpError(
            403, "writes are closed on this server (start it with an admin token to open them)"
        )
    presented = _presented(request)
    if presented is None:
        raise HttpError(401, "this write needs the admin token (Authorization: Bearer TOKEN)")
    if not hmac.compare_digest(presented.encode(), token.encode()):
        raise HttpError(403, "the admin token is wrong")
