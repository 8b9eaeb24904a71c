"""/: what is in the graph, with counts, the saved queries with example links, and
a plain query form that posts to /sparql. Also as JSON (?format=json)."""

from __future__ import annotations

import json

from flask import Blueprint, Response, render_template, request

from graph import queries
from graph.rdf.namespaces import OKG
from server.context import services, site_url
from server.dataset import DUMPS, dump_url, stats
from server.negotiation import HTML, choose
from server.saved_queries import describe_query

bp = Blueprint("home", __name__)

# What the home page counts, in its order: (label, class in the ontology).
COUNTED = (
    ("articles", OKG.Article),
    ("inspections", OKG.Inspection),
    ("judgements", OKG.Judgement),
    ("quotations", OKG.Quotation),
    ("people quoted", OKG.Person),
    ("practice theme mentions", OKG.ThemeMention),
    ("publishers", OKG.Publisher),
)


def counts() -> dict[str, int] | None:
    found = stats(services())
    if found is None:
        return None
    classes: dict[str, dict[str, object]] = found["classes"]  # type: ignore[assignment]
    out = {label: int(classes.get(str(cls), {}).get("count", 0)) for label, cls in COUNTED}  # type: ignore[call-overload]
    out["councils inspected"] = int(found["councils_inspected"])  # type: ignore[call-overload]
    out["councils known"] = int(classes.get(str(OKG.Council), {}).get("count", 0))  # type: ignore[call-overload]
    out["triples"] = int(found["triples"])  # type: ignore[call-overload]
    out["named graphs"] = int(found["graphs"])  # type: ignore[call-overload]
    return out


@bp.route("/")
def index() -> Response:
    s = services()
    site = site_url()
    data = {
        "title": "ofsted-kg",
        "release": s.release,
        "counts": counts(),
        "queries": [describe_query(q) for q in queries.load_all().values()],
        "sparql": site + "sparql",
        "openapi": site + "openapi.json",
        "void": site + ".well-known/void",
        "catalog": site + "catalog",
        "ontology": site + "ontology",
        "dumps": {fmt: dump_url(site, fmt) for fmt in DUMPS},
        "writes_open": s.writes_open,
    }
    fmt = choose(
        request.accept_mimetypes,
        ((HTML, "html"), ("application/json", "json")),
        request.args.getlist("format"),
        "table",
    )
    if fmt == "json":
        return Response(json.dumps(data, indent=2) + "\n", mimetype="application/json")
    example = (
        "PREFIX okg: <https://w3id.org/ofsted-kg/ontology#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n"
        "SELECT ?council (COUNT(DISTINCT ?inspection) AS ?inspections)\n"
        "WHERE {\n  ?inspection okg:inspectedCouncil ?c .\n  ?c rdfs:label ?council .\n}\n"
        "GROUP BY ?council\nORDER BY DESC(?inspections)\nLIMIT 20"
    )
    return Response(
        render_template("home.html", query=request.args.get("query") or example, **data)
    )


@bp.route("/status")
def status() -> Response:
    """The worker pool's state (busy workers, queries stopped), as JSON."""
    return Response(
        json.dumps(services().pool.status(), indent=2) + "\n", mimetype="application/json"
    )
