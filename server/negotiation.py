"""Content negotiation: the Accept header, or a ``format`` parameter for browsers.

Offers are listed in the server's order of preference, so ``*/*`` gets the first;
a more specific Accept entry wins over a wildcard of the same quality (Werkzeug's
rule). Format names are the keys of ``graph.store.base.RESULT_FORMATS`` and
``RDF_FORMATS`` plus ``html``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from werkzeug.datastructures import MIMEAccept

from graph.store.base import RDF_FORMATS, RESULT_FORMATS

HTML = "text/html"

# (media type offered, format key), in order of preference.
RESULT_OFFERS: tuple[tuple[str, str], ...] = (
    (RESULT_FORMATS["json"], "json"),
    (RESULT_FORMATS["xml"], "xml"),
    (RESULT_FORMATS["csv"], "csv"),
    (RESULT_FORMATS["tsv"], "tsv"),
    ("application/json", "json"),
    ("application/xml", "xml"),
    ("text/xml", "xml"),
    (HTML, "html"),
)
GRAPH_OFFERS: tuple[tuple[str, str], ...] = (
    (RDF_FORMATS["turtle"], "turtle"),
    (RDF_FORMATS["ntriples"], "ntriples"),
    (RDF_FORMATS["rdfxml"], "rdfxml"),
    (RDF_FORMATS["jsonld"], "jsonld"),
    (RDF_FORMATS["trig"], "trig"),
    (RDF_FORMATS["nquads"], "nquads"),
    ("application/x-turtle", "turtle"),
    ("application/turtle", "turtle"),
    ("text/n3", "turtle"),
    ("text/rdf+n3", "turtle"),
    ("application/n3", "turtle"),
    ("text/plain", "ntriples"),
    ("application/xml", "rdfxml"),
    ("text/xml", "rdfxml"),
    ("application/json", "jsonld"),
    ("application/x-json+ld", "jsonld"),
    (HTML, "html"),
)
# A document about a resource: people first, then machines.
DOC_OFFERS: tuple[tuple[str, str], ...] = ((HTML, "html"),) + tuple(
    o for o in GRAPH_OFFERS if o[1] in ("turtle", "jsonld", "ntriples", "rdfxml")
)
TABLE_OFFERS: tuple[tuple[str, str], ...] = (
    ("application/json", "json"),
    (RESULT_FORMATS["csv"], "csv"),
    (RESULT_FORMATS["tsv"], "tsv"),
    (HTML, "html"),
)

_ALIASES = {
    "results": {
        "json": "json",
        "srj": "json",
        "xml": "xml",
        "srx": "xml",
        "csv": "csv",
        "tsv": "tsv",
        "html": "html",
    },
    "graph": {
        "turtle": "turtle",
        "ttl": "turtle",
        "n3": "turtle",
        "nt": "ntriples",
        "ntriples": "ntriples",
        "n-triples": "ntriples",
        "xml": "rdfxml",
        "rdf": "rdfxml",
        "rdfxml": "rdfxml",
        "rdf+xml": "rdfxml",
        "json": "jsonld",
        "jsonld": "jsonld",
        "json-ld": "jsonld",
        "trig": "trig",
        "nq": "nquads",
        "nquads": "nquads",
        "html": "html",
    },
}

MEDIA_TYPES: dict[str, str] = {
    **RESULT_FORMATS,
    **RDF_FORMATS,
    "html": HTML,
}


class NotAcceptable(ValueError):
    """No offered format satisfies the client; the message lists what is offered."""


def media_type(key: str, kind: str = "graph") -> str:
    """The Content-Type for a format key (``json`` means SPARQL JSON for results,
    JSON for tables)."""
    if kind == "table" and key == "json":
        return "application/json"
    return MEDIA_TYPES[key]


def choose(
    accept: MIMEAccept,
    offers: Sequence[tuple[str, str]],
    format_values: Iterable[str] = (),
    kind: str = "graph",
) -> str:
    """The format key for a request: the first usable ``format`` value, else Accept."""
    keys = {key for _, key in offers}
    names = _ALIASES["results" if kind in ("results", "table") else "graph"]
    by_type = {mt: key for mt, key in offers}
    asked = [v.strip().lower() for v in format_values if v.strip()]
    for value in asked:
        key = names.get(value) or by_type.get(value.split(";")[0].strip())
        if key in keys:
            return key  # type: ignore[return-value]
    if asked:
        raise NotAcceptable(
            f"format {asked[0]!r} is not offered here; use one of " + ", ".join(sorted(keys))
        )
    if not accept:
        return offers[0][1]
    best = accept.best_match([mt for mt, _ in offers])
    if best is None:
        raise NotAcceptable(
            "none of the types in Accept is offered here; offered: "
            + ", ".join(dict.fromkeys(mt for mt, _ in offers))
        )
    return by_type[best]
