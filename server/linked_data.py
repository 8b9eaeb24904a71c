"""Linked data: every IRI the graph mints under its base resolves on this server.

Instances have slash IRIs ``{base}id/...`` (minted that way by ``graph.rdf``, and each
resource is then a small document of its own, fetched alone): they denote things,
not documents, so ``/id/...`` answers 303 See Other to ``/doc/...``, which serves the
description by content negotiation (HTML for people; Turtle, JSON-LD, N-Triples or
RDF/XML for machines). Named graphs ``{base}graph/...`` *are* documents, so their IRIs
answer 200 with the graph. The ontology's terms are hash IRIs in a fixed namespace,
so its document is served at ``/ontology`` and ``#Term`` finds the term on the page.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from flask import Blueprint, Response, abort, redirect, render_template, request
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

import ontology
from graph.rdf.namespaces import OKG, ONTOLOGY_IRI
from server.context import services
from server.describe import Description
from server.exports import void_response
from server.links import iri_of, local_href
from server.negotiation import DOC_OFFERS, choose, media_type
from server.results import new_graph, write_graph
from server.views import short, show

bp = Blueprint("linked_data", __name__)


@bp.route("/id/<path:rest>")
def resource(rest: str) -> Response:
    if iri_of("id", rest, services().iris) is None:
        abort(404)
    target = f"{request.host_url}doc/{rest}"
    if request.query_string:
        target += "?" + request.query_string.decode("latin-1")
    response = redirect(target, code=303)
    response.headers["Vary"] = "Accept"
    return response


@bp.route("/doc/<path:rest>")
def document(rest: str) -> Response:
    s = services()
    iri = iri_of("id", rest, s.iris)
    if iri is None:
        abort(404)
    if iri == f"{s.iris.base}id/dataset":
        return void_response()
    fmt = choose(request.accept_mimetypes, DOC_OFFERS, request.args.getlist("format"))
    desc: Description = s.pool.call("describe", iri=iri)  # type: ignore[assignment]
    if not desc.found:
        abort(404)
    if fmt == "html":
        page = render_template("doc.html", **_page(desc, rest))
        return Response(page, mimetype="text/html", headers={"Vary": "Accept"})
    body = b"".join(write_graph(fmt, _graph(desc)))
    return Response(body, mimetype=media_type(fmt), headers={"Vary": "Accept"})


@bp.route("/graph/<path:rest>")
def named_graph(rest: str) -> Response:
    s = services()
    iri = iri_of("graph", rest, s.iris)
    if iri is None or iri not in graph_names():
        abort(404)
    fmt = choose(request.accept_mimetypes, DOC_OFFERS, request.args.getlist("format"))
    if fmt != "html":
        return Response(s.pool.dump(fmt, iri), mimetype=media_type(fmt), headers={"Vary": "Accept"})
    desc: Description = s.pool.call("describe", iri=iri)  # type: ignore[assignment]
    page = render_template("doc.html", graph_iri=iri, **_page(desc, rest))
    return Response(page, mimetype="text/html", headers={"Vary": "Accept"})


def graph_names() -> set[str]:
    s = services()
    return s.cached("graph_names", lambda: set(s.pool.call("graph_names")))  # type: ignore[arg-type]


def _graph(desc: Description) -> Graph:
    g = new_graph()
    this = URIRef(desc.iri)
    for p, o, _ in desc.out:
        g.add((this, p, o))  # type: ignore[arg-type]
    for s, p in desc.incoming:
        g.add((s, p, this))  # type: ignore[arg-type]
    for node, pairs in desc.nested.items():
        for p, o in pairs:
            g.add((URIRef(node), p, o))  # type: ignore[arg-type]
    return g


def _page(desc: Description, rest: str) -> dict[str, Any]:
    """The template's view of a description."""
    iris = services().iris
    labels = desc.labels
    rows: dict[str, dict[str, Any]] = {}
    types = []
    for p, o, graphs in desc.out:
        if p == RDF.type:
            types.append(show(o, labels, iris))
            continue
        row = rows.setdefault(str(p), {"predicate": show(p, labels, iris), "values": []})
        value = show(o, labels, iris)
        value["graphs"] = [show(URIRef(g), labels, iris) for g in graphs]
        row["values"].append(value)
    incoming = [
        {"subject": show(s, labels, iris), "predicate": show(p, labels, iris)}
        for s, p in desc.incoming
    ]
    nested = {
        node: [
            {"predicate": show(p, labels, iris), "value": show(o, labels, iris)}
            for p, o in pairs
            if p != RDF.type
        ]
        for node, pairs in desc.nested.items()
    }
    evidence = [
        {
            "article": show(URIRef(e.article), labels, iris),
            "start": e.start,
            "end": e.end,
            "before": e.before,
            "exact": e.exact,
            "after": e.after,
        }
        for e in desc.evidence
    ]
    return {
        "iri": desc.iri,
        "label": labels.get(desc.iri) or short(desc.iri, iris),
        "types": types,
        "rows": sorted(rows.values(), key=lambda r: r["predicate"]["short"]),
        "incoming": incoming,
        "more_incoming": desc.more_incoming,
        "nested": nested,
        "evidence": evidence,
        "formats": ["turtle", "jsonld", "ntriples", "rdfxml"],
        "path": request.path,
        "is_quotation": any(t.get("iri") == str(OKG.Quotation) for t in types),
        "speaker": _first(desc, OKG.speaker, labels),
        "role": _first(desc, OKG.speakerRole, labels),
        "about": _first(desc, OKG.about, labels),
        "rest": rest,
    }


def _first(desc: Description, predicate: URIRef, labels: dict[str, str]) -> dict[str, Any] | None:
    values = desc.values(predicate)
    return show(values[0], labels, services().iris) if values else None


# ---------------------------------------------------------------- the ontology


@cache
def _ontology() -> tuple[str, Graph]:
    text = ontology.ONTOLOGY.read_text(encoding="utf-8")
    return text, Graph().parse(data=text, format="turtle")


@bp.route("/ontology")
def ontology_document() -> Response:
    text, graph = _ontology()
    fmt = choose(request.accept_mimetypes, DOC_OFFERS, request.args.getlist("format"))
    headers = {"Vary": "Accept"}
    if fmt == "turtle":
        return Response(text, mimetype=media_type("turtle"), headers=headers)
    if fmt != "html":
        return Response(
            b"".join(write_graph(fmt, graph)), mimetype=media_type(fmt), headers=headers
        )
    return Response(render_template("ontology.html", **_ontology_page(graph)), headers=headers)


KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def _ontology_page(graph: Graph) -> dict[str, Any]:
    iris = services().iris

    def label(node: URIRef) -> str:
        value = graph.value(node, RDFS.label)
        return str(value) if value is not None else short(str(node), iris)

    def terms(kind: URIRef | None) -> list[dict[str, Any]]:
        found = []
        if kind is None:  # every other term of the namespace
            typed = {s for k in KINDS for s in graph.subjects(RDF.type, k)}
            nodes = {s for s in graph.subjects() if s not in typed}
        else:
            nodes = set(graph.subjects(RDF.type, kind))
        for node in sorted(nodes):
            if not isinstance(node, URIRef) or not str(node).startswith(str(OKG)):
                continue
            links = {}
            for name, prop in (
                ("subclass of", RDFS.subClassOf),
                ("subproperty of", RDFS.subPropertyOf),
                ("domain", RDFS.domain),
                ("range", RDFS.range),
                ("disjoint with", OWL.disjointWith),
                ("inverse of", OWL.inverseOf),
            ):
                values = [v for v in graph.objects(node, prop) if isinstance(v, URIRef)]
                if values:
                    links[name] = [
                        {"href": local_href(str(v), iris), "label": short(str(v), iris)}
                        for v in sorted(values)
                    ]
            comment = graph.value(node, RDFS.comment)
            found.append(
                {
                    "anchor": str(node)[len(str(OKG)) :],
                    "iri": str(node),
                    "label": label(node),
                    "comment": str(comment) if comment is not None else "",
                    "links": links,
                }
            )
        return found

    title = graph.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/title"))
    description = graph.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/description"))
    return {
        "title": str(title or "ofsted-kg ontology"),
        "description": str(description or ""),
        "namespace": str(OKG),
        "sections": [
            ("Classes", terms(OWL.Class)),
            ("Object properties", terms(OWL.ObjectProperty)),
            ("Datatype properties", terms(OWL.DatatypeProperty)),
            ("Annotation properties", terms(OWL.AnnotationProperty)),
            ("Other terms", terms(None)),
        ],
    }
