"""/sparql: the SPARQL 1.1 Protocol (query and update) and the service description.

Views stay thin: the protocol rules live in ``server.protocol``, text checks in
``server.sparql_text``, formats in ``server.negotiation``, execution in the pool.
"""

from __future__ import annotations

import json

from flask import Blueprint, Response, render_template, request

from graph.store.base import RDF_FORMATS, RESULT_FORMATS
from server import auth, protocol, sparql_text
from server.context import absolute, services
from server.dataset import service_description
from server.errors import HttpError
from server.linked_data import graph_names
from server.negotiation import GRAPH_OFFERS, RESULT_OFFERS, choose, media_type
from server.results import write_graph
from server.views import show_json
from server.workers import Spooled, TaskFailed

bp = Blueprint("sparql", __name__)
TRUNCATED = "X-Result-Truncated"


@bp.route("/sparql", methods=["GET", "POST", "PUT", "DELETE", "PATCH"])
def endpoint() -> Response:
    op = protocol.read(request)
    if op.kind is None:
        return _service_description(op.formats)
    if op.kind == "query":
        return _query(op)
    return _update(op)


def _service_description(formats: list[str]) -> Response:
    fmt = choose(request.accept_mimetypes, GRAPH_OFFERS, formats)
    if fmt == "html":  # a browser: the query form (with ?edit=QUERY to start from)
        return Response(render_template("sparql.html", query=request.args.get("edit", "")))
    graph = service_description(absolute("/sparql"), services())
    body = b"".join(write_graph(fmt, graph))
    return Response(body, mimetype=media_type(fmt))


def _query(op: protocol.SparqlRequest) -> Response:
    s = services()
    endpoint_url = absolute("/sparql")
    analysis = sparql_text.analyse_query(op.text, endpoint_url)
    if analysis.is_update:
        raise HttpError(
            400, "this is an update, not a query: POST it as 'update' (with the admin token)"
        )
    graph_form = analysis.form in ("CONSTRUCT", "DESCRIBE")
    offers = GRAPH_OFFERS if graph_form else RESULT_OFFERS
    fmt = choose(request.accept_mimetypes, offers, op.formats, "graph" if graph_form else "results")
    default, named = _dataset(op, analysis)
    html = fmt == "html"
    answer = s.pool.stream(
        "sparql_query",
        sparql=sparql_text.with_base(op.text, endpoint_url),
        fmt=("turtle" if graph_form else "json") if html else fmt,
        max_rows=s.config.max_rows,
        default_graphs=default,
        named_graphs=named,
        line_offset=sparql_text.BASE_LINES,
    )
    if not isinstance(answer, Spooled):
        raise TaskFailed(500, "the query task answered without results")
    headers = {"Vary": "Accept"}
    if answer.head.get("truncated"):
        headers[TRUNCATED] = "true"
        headers["X-SPARQL-MaxRows"] = str(s.config.max_rows)
    if html:
        return _html(op.text, answer, graph_form, headers)
    mimetype = RDF_FORMATS[fmt] if graph_form else RESULT_FORMATS.get(fmt, media_type(fmt))
    return Response(answer, mimetype=mimetype, headers=headers)


def _dataset(
    op: protocol.SparqlRequest, analysis: sparql_text.Analysis
) -> tuple[list[str] | None, list[str] | None]:
    """The dataset: the protocol's parameters win over the query's FROM clauses; with
    neither, the default graph is the union of all graphs."""
    default = op.graphs.get("default-graph-uri")
    named = op.graphs.get("named-graph-uri")
    if default is None and named is None:
        if not analysis.from_graphs and not analysis.from_named:
            return None, None
        default, named = analysis.from_graphs, analysis.from_named
    return default or [], named or []


def _html(text: str, answer: Spooled, graph_form: bool, headers: dict[str, str]) -> Response:
    body = answer.read().decode("utf-8")
    truncated = headers.get(TRUNCATED) == "true"
    if graph_form:
        page = render_template("sparql.html", query=text, turtle=body, truncated=truncated)
    else:
        data = json.loads(body)
        variables = data.get("head", {}).get("vars", [])
        iris = services().iris
        rows = [
            [show_json(b.get(v), iris) for v in variables]
            for b in data.get("results", {}).get("bindings", [])
        ]
        page = render_template(
            "sparql.html",
            query=text,
            variables=variables,
            rows=rows,
            boolean=data.get("boolean"),
            truncated=truncated,
        )
    return Response(page, mimetype="text/html", headers=headers)


def _update(op: protocol.SparqlRequest) -> Response:
    s = services()
    auth.require_admin(request, s.config.admin_token)
    text = sparql_text.analyse_update(op.text)
    text = sparql_text.add_using(
        text,
        op.graphs.get("using-graph-uri", []),
        op.graphs.get("using-named-graph-uri", []),
        union=sorted(graph_names()),
    )
    s.pool.write(
        "update",
        timeout=s.config.write_timeout,
        sparql=sparql_text.with_base(text, absolute("/sparql")),
        base=s.iris.base,
        line_offset=sparql_text.BASE_LINES,
    )
    return Response("update applied\n", mimetype="text/plain")
