"""Terms as pages show them: a label, a link to the term's document on this server,
and the IRI or the literal's language and datatype."""

from __future__ import annotations

from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from graph.rdf.namespaces import PREFIXES, IRIs
from server.links import local_href

LONG_TEXT = 400


def short(iri: str, iris: IRIs) -> str:
    """A compact name for an IRI: a prefixed name, or its path under the base."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    if iri.startswith(iris.base):
        return iri[len(iris.base) :]
    return iri


def show(term: Identifier | None, labels: dict[str, str], iris: IRIs) -> dict[str, Any]:
    """A term ready for a template."""
    if term is None:
        return {"kind": "none"}
    if isinstance(term, URIRef):
        iri = str(term)
        return {
            "kind": "iri",
            "iri": iri,
            "href": local_href(iri, iris),
            "label": labels.get(iri) or short(iri, iris),
            "short": short(iri, iris),
        }
    if isinstance(term, BNode):
        return {"kind": "bnode", "text": f"_:{term}"}
    assert isinstance(term, Literal)
    datatype = term.datatype
    return {
        "kind": "literal",
        "text": str(term),
        "long": len(str(term)) > LONG_TEXT,
        "lang": term.language or "",
        "datatype": short(str(datatype), iris) if datatype and datatype != XSD.string else "",
    }


def show_json(binding: dict[str, str] | None, iris: IRIs) -> dict[str, Any]:
    """A SPARQL JSON results binding ready for a template."""
    if binding is None:
        return {"kind": "none"}
    kind = binding.get("type")
    if kind == "uri":
        return show(URIRef(binding["value"]), {}, iris)
    if kind == "bnode":
        return show(BNode(binding["value"]), {}, iris)
    return show(
        Literal(
            binding["value"],
            lang=binding.get("xml:lang"),
            datatype=None if binding.get("xml:lang") else binding.get("datatype"),
        ),
        {},
        iris,
    )


def show_plain(value: object, iris: IRIs) -> dict[str, Any]:
    """A saved query's plain value (text or number): IRIs become links."""
    if value is None or value == "":
        return {"kind": "none"}
    text = str(value)
    if text.startswith(("http://", "https://")) and " " not in text:
        return show(URIRef(text), {}, iris)
    return {
        "kind": "literal",
        "text": text,
        "long": len(text) > LONG_TEXT,
        "lang": "",
        "datatype": "",
    }
