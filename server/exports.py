"""Downloads of the whole dataset, streamed from a worker process so the server's
memory does not grow with the data, and the dataset's VoID and DCAT descriptions.
Both carry an ETag of the data release, so a client that has them gets a 304."""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request

from server.context import services, site_url
from server.dataset import DUMPS, catalog_graph, dump_url, void_graph
from server.negotiation import GRAPH_OFFERS, choose, media_type
from server.results import write_graph

bp = Blueprint("exports", __name__)
_BY_FILE = {file_name: fmt for fmt, (file_name, _) in DUMPS.items()}


def _etag(kind: str) -> str:
    return f"{services().release}-{kind}"


def _not_modified(etag: str) -> Response | None:
    if request.if_none_match and request.if_none_match.contains_weak(etag):
        response = Response(status=304)
        response.set_etag(etag)
        return response
    return None


@bp.route("/dumps")
@bp.route("/dumps/")
def dumps() -> Response:
    site = site_url()
    files = [
        {
            "name": name,
            "format": fmt,
            "url": dump_url(site, fmt),
            "what": what,
            "media_type": media_type(fmt),
        }
        for fmt, (name, what) in DUMPS.items()
    ]
    fmt = choose(
        request.accept_mimetypes,
        (("text/html", "html"), ("application/json", "json")),
        request.args.getlist("format"),
        "table",
    )
    if fmt == "json":
        return Response(
            _json({"release": services().release, "dumps": files}), mimetype="application/json"
        )
    return Response(render_template("dumps.html", files=files, release=services().release))


@bp.route("/dumps/<name>")
def dump(name: str) -> Response:
    fmt = _BY_FILE.get(name)
    if fmt is None:
        abort(404)
    etag = _etag(fmt)
    cached = _not_modified(etag)
    if cached is not None:
        return cached
    body = None if request.method == "HEAD" else services().pool.dump(fmt)  # HEAD: no process
    response = Response(body, mimetype=media_type(fmt))
    response.set_etag(etag)
    response.headers["Cache-Control"] = "public, no-cache"
    return response


def void_response() -> Response:
    """The VoID description (also served for the dataset's own IRI)."""
    return _description("void", void_graph)


@bp.route("/.well-known/void")
def void() -> Response:
    return void_response()


@bp.route("/catalog")
def catalog() -> Response:
    return _description("catalog", catalog_graph)


def _description(kind: str, build: object) -> Response:
    offers = tuple(o for o in GRAPH_OFFERS if o[1] not in ("html", "trig", "nquads"))
    fmt = choose(request.accept_mimetypes, offers, request.args.getlist("format"))
    etag = _etag(f"{kind}-{fmt}")
    cached = _not_modified(etag)
    if cached is not None:
        return cached
    s = services()
    graph = build(site_url(), s, s.release, s.pool.modified)  # type: ignore[operator]
    response = Response(b"".join(write_graph(fmt, graph)), mimetype=media_type(fmt))
    response.set_etag(etag)
    response.headers["Vary"] = "Accept"
    return response


def _json(data: object) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
