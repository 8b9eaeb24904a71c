"""/graph-store: the SPARQL 1.1 Graph Store HTTP Protocol (indirect identification,
``?graph=IRI`` or ``?default``). Reading is open; PUT, POST and DELETE need the
admin token and refresh the entities graph in the same transaction, as ``build``
does. The default graph is the union of the named graphs, so it is read-only.
"""

from __future__ import annotations

from flask import Blueprint, Response, request

from server import auth
from server.context import services
from server.errors import HttpError
from server.linked_data import graph_names
from server.negotiation import GRAPH_OFFERS, choose, media_type
from server.protocol import ABSOLUTE_IRI

bp = Blueprint("graph_store", __name__)
READ_OFFERS = tuple(o for o in GRAPH_OFFERS if o[1] not in ("html", "trig", "nquads"))
# Bodies must say exactly what they are: no text/plain, application/xml or JSON guesses.
BODY_TYPES = {
    mt: key
    for mt, key in READ_OFFERS
    if mt not in ("text/plain", "application/xml", "text/xml", "application/json")
}


def _target() -> str | None:
    """The graph IRI named by the request, or None for the default graph."""
    graphs = request.args.getlist("graph")
    default = "default" in request.args
    if default and graphs or len(graphs) > 1 or not default and not graphs:
        raise HttpError(400, "name exactly one graph: ?graph=IRI or ?default")
    if default:
        return None
    iri = graphs[0].strip()
    if not ABSOLUTE_IRI.fullmatch(iri):
        raise HttpError(400, f"graph: {iri!r} is not an absolute IRI")
    return iri


@bp.route("/graph-store", methods=["GET", "HEAD"])
def read() -> Response:
    graph = _target()
    offers = READ_OFFERS if graph is None else tuple(o for o in GRAPH_OFFERS if o[1] != "html")
    fmt = choose(request.accept_mimetypes, offers, request.args.getlist("format"))
    if request.method == "HEAD":  # answer from the cached graph names, without a dump
        if graph is not None and graph not in graph_names():
            raise HttpError(404, f"no graph named <{graph}> in this store")
        return Response(mimetype=media_type(fmt))
    return Response(services().pool.dump(fmt, graph), mimetype=media_type(fmt))


@bp.route("/graph-store", methods=["PUT", "POST", "DELETE"])
def write() -> Response:
    s = services()
    auth.require_admin(request, s.config.admin_token)
    graph = _target()
    if graph is None:
        raise HttpError(
            405,
            "the default graph is the union of the named graphs and cannot be written; "
            "name a graph with ?graph=IRI",
            allow="GET, HEAD",
        )
    base = s.iris.base
    if request.method == "DELETE":
        s.pool.write("delete_graph", timeout=s.config.write_timeout, graph=graph, base=base)
        return Response(status=204)
    fmt = BODY_TYPES.get(request.mimetype)
    if fmt is None:
        accepted = ", ".join(dict.fromkeys(BODY_TYPES))
        raise HttpError(
            415, f"Content-Type {request.mimetype or '(none)'} is not accepted: use {accepted}"
        )
    data = request.get_data(cache=False)
    task = "put_graph" if request.method == "PUT" else "post_graph"
    answer = s.pool.write(
        task, timeout=s.config.write_timeout, graph=graph, data=data, fmt=fmt, base=base
    )
    created = bool(answer.get("created")) if isinstance(answer, dict) else False
    response = Response(status=201 if created else 204)
    if created:
        response.headers["Location"] = request.url
    return response
