"""/queries: the saved queries as a web API (in the spirit of grlc and Datasette's
canned queries), and /openapi.json describing it.

Parameters come from the query string and are validated and bound as typed RDF
terms before any worker runs (a bad value is a 400 naming the parameter). JSON and
HTML answers are pages with Link headers; CSV and TSV stream every row unless a
limit is given, so a large result is never cut silently. Every answer carries an
ETag of the data release and the request, and If-None-Match gets a 304.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request

from graph import queries
from graph.extract.records import AREAS, GRADES, POLARITIES, THEMES
from graph.queries import SavedQuery
from server.context import absolute, services, site_url
from server.errors import HttpError
from server.negotiation import HTML, TABLE_OFFERS, choose, media_type
from server.openapi import PAGING, document
from server.views import show_plain
from server.workers import Spooled

bp = Blueprint("saved_queries", __name__)
SUFFIXES = ("json", "csv", "tsv", "html", "rq")
_CHOICES = {"grade": GRADES, "area": AREAS, "theme": THEMES, "polarity": POLARITIES}


def check_names() -> None:
    """Saved-query parameters may not shadow the paging parameters."""
    for q in queries.load_all().values():
        for p in q.parameters:
            if p.name in PAGING:
                raise ValueError(f"queries/{q.name}.rq: parameter {p.name!r} is reserved")


def describe_query(q: SavedQuery) -> dict[str, Any]:
    example = {p.name: p.example for p in q.parameters if p.example is not None and p.required}
    return {
        "name": q.name,
        "title": q.title,
        "description": q.description,
        "url": absolute(f"/queries/{q.name}"),
        "example_url": absolute(f"/queries/{q.name}")
        + ("?" + urlencode(example) if example else ""),
        "sparql_url": absolute(f"/queries/{q.name}.rq"),
        "columns": list(q.columns),
        "parameters": [
            {
                "name": p.name,
                "type": p.type,
                "description": p.description,
                "required": p.required,
                "multiple": p.multiple,
                "default": p.default,
                "example": p.example,
                "choices": list(_CHOICES.get(p.type, ())),
            }
            for p in q.parameters
        ],
    }


@bp.route("/queries")
@bp.route("/queries.json")
def index() -> Response:
    items = [describe_query(q) for q in queries.load_all().values()]
    if request.path.endswith(".json"):
        fmt = "json"
    else:
        offers = (("application/json", "json"), (HTML, "html"))
        fmt = choose(request.accept_mimetypes, offers, request.args.getlist("format"), "table")
    if fmt == "json":
        return Response(_json({"queries": items}), mimetype="application/json")
    return Response(render_template("queries.html", queries=items))


@bp.route("/openapi.json")
def openapi() -> Response:
    return Response(_json(document(queries.load_all(), site_url())), mimetype="application/json")


def _int(name: str, default: int | None, maximum: int | None = None) -> int | None:
    values = request.args.getlist(name)
    if not values:
        return default
    if len(values) > 1:
        raise HttpError(400, f"parameter {name!r} takes one value, got {len(values)}")
    value = values[0].strip()
    if not value.isdigit():
        raise HttpError(400, f"parameter {name!r}: {value!r} is not a whole number >= 0")
    number = int(value)
    if maximum is not None and number > maximum:
        raise HttpError(400, f"parameter {name!r}: at most {maximum}")
    return number


def _page_url(offset: int, limit: int) -> str:
    params = [
        (k, v)
        for k in request.args
        for v in request.args.getlist(k)
        if k not in ("offset", "limit")
    ]
    params += [("limit", str(limit)), ("offset", str(offset))]
    return request.base_url + "?" + urlencode(params)


@bp.route("/queries/<path:name>")
def run(name: str) -> Response:
    s = services()
    stem, dot, suffix = name.rpartition(".")
    if dot and suffix in SUFFIXES:
        name, fmt = stem, suffix
    else:
        fmt = ""
    query = queries.get(name)
    if fmt == "rq":
        return Response(query.sparql, mimetype="application/sparql-query")
    if not fmt:
        fmt = choose(
            request.accept_mimetypes, TABLE_OFFERS, request.args.getlist("format"), "table"
        )
    values = {k: request.args.getlist(k) for k in request.args if k not in PAGING}
    query.bind(values, s.iris)  # ParameterError (400) before any worker runs
    streamed = fmt in ("csv", "tsv")  # every row unless a limit is asked for
    limit = _int(
        "limit",
        None if streamed else s.config.page_size,
        None if streamed else s.config.max_page_size,
    )
    offset = _int("offset", 0) or 0
    etag = hashlib.sha256(
        json.dumps([s.release, name, sorted(values.items()), fmt, limit, offset]).encode()
    ).hexdigest()[:24]
    if request.if_none_match and request.if_none_match.contains_weak(etag):
        response = Response(status=304)
        response.set_etag(etag)
        return response
    answer = s.pool.stream(
        "saved_query",
        name=name,
        values=values,
        base=s.iris.base,
        fmt=fmt,
        limit=limit,
        offset=offset,
    )
    if isinstance(answer, Spooled):  # CSV or TSV, streamed to the client
        total = int(answer.head["total"])  # type: ignore[call-overload]
        links = _links(total, limit, offset)
        response = Response(answer, mimetype=media_type(fmt, "table"))
    else:
        page: dict[str, Any] = answer  # type: ignore[assignment]
        total = int(page["total"])
        links = _links(total, limit, offset)
        response = _page_response(query, fmt, values, page, links, limit, offset)
    response.set_etag(etag)
    response.headers["Cache-Control"] = "public, no-cache"
    response.headers["X-Total-Count"] = str(total)
    response.headers["Vary"] = "Accept"
    if links:
        response.headers["Link"] = ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items())
    return response


def _page_response(
    query: SavedQuery,
    fmt: str,
    values: dict[str, list[str]],
    page: dict[str, Any],
    links: dict[str, str],
    limit: int | None,
    offset: int,
) -> Response:
    """A page of rows as JSON or as an HTML table."""
    body = {
        "query": query.name,
        "title": query.title,
        "parameters": values,
        "columns": page["columns"],
        "rows": page["rows"],
        "total": page["total"],
        "offset": offset,
        "limit": limit,
        "next": links.get("next"),
        "prev": links.get("prev"),
        "sparql": absolute(f"/queries/{query.name}.rq"),
    }
    if fmt == "json":
        return Response(_json(body), mimetype="application/json")
    return Response(_html(query, body, links), mimetype="text/html")


def _links(total: int, limit: int | None, offset: int) -> dict[str, str]:
    if limit is None or limit == 0:
        return {}
    links = {"first": _page_url(0, limit)}
    if offset > 0:
        links["prev"] = _page_url(max(0, offset - limit), limit)
    if offset + limit < total:
        links["next"] = _page_url(offset + limit, limit)
    last = max(0, (total - 1) // limit * limit) if total else 0
    links["last"] = _page_url(last, limit)
    return links


def _html(query: SavedQuery, body: dict[str, Any], links: dict[str, str]) -> str:
    iris = services().iris
    rows = [[show_plain(row.get(c), iris) for c in body["columns"]] for row in body["rows"]]
    return render_template(
        "query.html",
        query=describe_query(query),
        sparql=query.sparql,
        body=body,
        rows=rows,
        links=links,
        given={k: v for k, v in body["parameters"].items()},
    )


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
