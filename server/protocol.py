"""The SPARQL 1.1 Protocol's rules for reading a request: which operation, where its
text is, which dataset it names, and every way a request can be malformed
(wrong method, media type or charset, two queries, a query and an update, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flask import Request

from server.errors import HttpError

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*")
QUERY_DATASET = ("default-graph-uri", "named-graph-uri")
UPDATE_DATASET = ("using-graph-uri", "using-named-graph-uri")


@dataclass
class SparqlRequest:
    """One protocol operation: ``kind`` is 'query', 'update', or None (no operation:
    the client asks for the service description)."""

    kind: str | None
    text: str = ""
    graphs: dict[str, list[str]] = field(default_factory=dict)
    formats: list[str] = field(default_factory=list)


def _charset_ok(request: Request) -> None:
    charset = request.mimetype_params.get("charset")
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii"):
        raise HttpError(415, f"charset {charset!r} is not supported: send UTF-8")


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise HttpError(400, f"the {what} is not valid UTF-8 (byte {e.start})") from None


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise HttpError(400, f"{len(values)} '{name}' parameters given; send exactly one")
    return values[0] if values else None


def _graphs(params: dict[str, list[str]], names: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for name in names:
        values = [v.strip() for v in params.get(name, [])]
        for value in values:
            if not ABSOLUTE_IRI.fullmatch(value):
                raise HttpError(400, f"{name}: {value!r} is not an absolute IRI")
        if values:
            found[name] = values
    return found


def read(request: Request) -> SparqlRequest:
    """The operation a request asks for; HttpError (4xx) naming what is wrong."""
    args = {k: request.args.getlist(k) for k in request.args}
    if request.method == "GET":
        if "update" in args:
            raise HttpError(405, "updates must be sent with POST, not GET", allow="GET, POST")
        text = _one(args.get("query", []), "query")
        params = args
        kind = "query" if text is not None else None
    elif request.method == "POST":
        mimetype = request.mimetype
        if not mimetype:
            raise HttpError(
                415,
                f"a POST needs a Content-Type: {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}",
            )
        _charset_ok(request)
        if mimetype == FORM:
            form = {k: request.form.getlist(k) for k in request.form}
            params = {k: form.get(k, []) + args.get(k, []) for k in set(form) | set(args)}
            query = _one(params.get("query", []), "query")
            update = _one(params.get("update", []), "update")
            if query is not None and update is not None:
                raise HttpError(400, "the form holds both a query and an update; send one")
            if query is None and update is None:
                raise HttpError(400, "the form holds no 'query' and no 'update' parameter")
            kind, text = ("query", query) if query is not None else ("update", update)
        elif mimetype in (QUERY_TYPE, UPDATE_TYPE):
            kind = "query" if mimetype == QUERY_TYPE else "update"
            if "query" in args or "update" in args:
                raise HttpError(
                    400, f"with {mimetype} the body is the {kind}; do not also send it in the URL"
                )
            text = _decode(request.get_data(cache=False), kind)
            params = args
        else:
            raise HttpError(
                415,
                f"Content-Type {mimetype} is not accepted: use {FORM}, {QUERY_TYPE} "
                f"or {UPDATE_TYPE}",
            )
    else:
        raise HttpError(405, f"{request.method} is not allowed on /sparql", allow="GET, POST")
    result = SparqlRequest(kind=kind, text=text or "", formats=params.get("format", []))
    if kind is None:
        return result
    if not result.text.strip():
        raise HttpError(400, f"the {kind} is empty")
    wrong = UPDATE_DATASET if kind == "query" else QUERY_DATASET
    for name in wrong:
        if name in params:
            raise HttpError(
                400, f"{name} is a parameter of {'updates' if kind == 'query' else 'queries'}"
            )
    result.graphs = _graphs(params, QUERY_DATASET if kind == "query" else UPDATE_DATASET)
    return result
