"""Descriptions of the dataset and the service for machines: the SPARQL Service
Description (GET /sparql), VoID (/.well-known/void) and DCAT (/catalog).

They are built from counts computed once per data release and from this server's
own URLs, so they always describe what is served here.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, XSD

from graph.rdf.namespaces import DCAT, OA, OKG, ORG, PREFIXES, SCHEMA, VOID
from server.results import new_graph
from server.workers import TaskFailed, Unavailable

if TYPE_CHECKING:
    from server.context import Services

log = logging.getLogger("ofsted_kg.server")

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
IANA = "https://www.iana.org/assignments/media-types/"
TITLE = "ofsted-kg: what the news says about Ofsted inspections of English councils"
DESCRIPTION = (
    "A knowledge graph of what news articles say about Ofsted inspections of English "
    "councils' children's services: councils, inspections, judgements, the people quoted "
    "with the role they held, what they said, and the practice themes praised or "
    "criticised. Every claim points to the exact characters of its article."
)
DUMPS = {
    "nquads": ("ofsted-kg.nq", "all named graphs as N-Quads"),
    "trig": ("ofsted-kg.trig", "all named graphs as TriG"),
    "turtle": ("ofsted-kg.ttl", "the default graph (union of all graphs) as Turtle"),
    "jsonld": ("ofsted-kg.jsonld", "the default graph (union of all graphs) as JSON-LD"),
}
STATS_TIMEOUT = 120.0


def stats(services: Services) -> dict[str, object] | None:
    """Counts for this release, or None if they could not be computed in time."""

    def compute() -> dict[str, object] | None:
        try:
            return services.pool.call(  # type: ignore[return-value]
                "stats", timeout=max(STATS_TIMEOUT, services.config.timeout)
            )
        except (Unavailable, TaskFailed) as e:
            log.warning("counts unavailable: %s", e)
            return None

    return services.cached("stats", compute)


def dataset_iri(services: Services) -> URIRef:
    return URIRef(f"{services.iris.base}id/dataset")


def dump_url(site: str, fmt: str) -> str:
    return f"{site}dumps/{DUMPS[fmt][0]}"


def _bind(g: Graph) -> Graph:
    for prefix, ns in (("void", VOID), ("dcat", DCAT), ("sd", SD), ("formats", FORMATS)):
        g.bind(prefix, ns)
    return g


def service_description(endpoint: str, services: Services) -> Graph:
    """The SPARQL 1.1 Service Description of this endpoint."""
    g = _bind(new_graph())
    service = URIRef(endpoint + "#service")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, URIRef(endpoint)))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if services.writes_open:
        g.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    for name in (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "RDF_XML",
        "JSON-LD",
    ):
        g.add((service, SD.resultFormat, FORMATS[name]))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    cfg = services.config
    g.add(
        (
            service,
            DCTERMS.description,
            Literal(
                f"Queries are stopped after {cfg.timeout:g} s; results hold at most "
                f"{cfg.max_rows} rows or triples (header X-Result-Truncated when cut); "
                "SERVICE and LOAD are refused. The default graph is the union of all "
                "named graphs.",
                lang="en",
            ),
        )
    )
    dataset = BNode()
    default = BNode()
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, DCTERMS.source, dataset_iri(services)))
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    counts = stats(services)
    if counts:
        g.add((default, VOID.triples, Literal(counts["triples"], datatype=XSD.integer)))
    for name in ("ontology", "vocabularies", "councils", "entities"):
        named = BNode()
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, services.iris.shared_graph(name)))
    return g


def void_graph(site: str, services: Services, release: str, modified: float) -> Graph:
    """VoID and DCAT descriptions of the dataset, with counts and examples."""
    g = _bind(new_graph())
    ds = dataset_iri(services)
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, Literal(TITLE, lang="en")))
    g.add((ds, DCTERMS.description, Literal(DESCRIPTION, lang="en")))
    g.add((ds, DCTERMS.identifier, Literal(release)))
    if modified:
        stamp = datetime.fromtimestamp(modified, UTC).replace(microsecond=0).isoformat()
        g.add((ds, DCTERMS.modified, Literal(stamp, datatype=XSD.dateTime)))
    g.add((ds, FOAF.homepage, URIRef(site)))
    g.add((ds, DCAT.landingPage, URIRef(site)))
    g.add((ds, VOID.sparqlEndpoint, URIRef(site + "sparql")))
    g.add((ds, VOID.uriSpace, Literal(f"{services.iris.base}id/")))
    g.add((ds, VOID.feature, FORMATS["N-Quads"]))
    for keyword in ("Ofsted", "children's services", "local authorities", "inspections", "news"):
        g.add((ds, DCAT.keyword, Literal(keyword, lang="en")))
    for vocabulary in (OKG, ORG, OA, SCHEMA, DCTERMS, DCAT):
        g.add((ds, VOID.vocabulary, URIRef(str(vocabulary))))
    g.add((ds, VOID.vocabulary, URIRef(PREFIXES["prov"])))
    g.add((ds, VOID.vocabulary, URIRef(PREFIXES["skos"])))
    for fmt, (file_name, what) in DUMPS.items():
        url = URIRef(dump_url(site, fmt))
        g.add((ds, VOID.dataDump, url))
        dist = URIRef(f"{site}dumps/{file_name}#distribution")
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.accessURL, url))
        g.add((dist, DCTERMS.title, Literal(what, lang="en")))
        media = _media_type(fmt)
        g.add((dist, DCAT.mediaType, URIRef(IANA + media)))
        g.add((dist, DCTERMS["format"], Literal(media)))
    service = URIRef(site + "sparql#service")
    g.add((service, RDF.type, DCAT.DataService))
    g.add((service, DCAT.endpointURL, URIRef(site + "sparql")))
    g.add((service, DCAT.endpointDescription, URIRef(site + "sparql")))
    g.add((service, DCAT.servesDataset, ds))
    g.add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
    g.add((service, DCTERMS.title, Literal("SPARQL 1.1 endpoint", lang="en")))
    counts = stats(services)
    if counts:
        g.add((ds, VOID.triples, Literal(counts["triples"], datatype=XSD.integer)))
        classes: dict[str, dict[str, object]] = counts["classes"]  # type: ignore[assignment]
        g.add((ds, VOID.classes, Literal(len(classes), datatype=XSD.integer)))
        g.add(
            (
                ds,
                VOID.entities,
                Literal(
                    sum(int(c["count"]) for c in classes.values()),
                    datatype=XSD.integer,  # type: ignore[call-overload]
                ),
            )
        )
        for cls, info in sorted(classes.items()):
            part = URIRef(f"{ds}#class-{_fragment(cls)}")
            g.add((ds, VOID.classPartition, part))
            g.add((part, VOID["class"], URIRef(cls)))
            g.add((part, VOID.entities, Literal(info["count"], datatype=XSD.integer)))
            if cls.startswith(str(OKG)) and str(info["example"]).startswith(services.iris.base):
                g.add((ds, VOID.exampleResource, URIRef(str(info["example"]))))
    return g


def catalog_graph(site: str, services: Services, release: str, modified: float) -> Graph:
    """A DCAT catalogue holding the dataset and the SPARQL service."""
    g = void_graph(site, services, release, modified)
    catalog = URIRef(site + "catalog")
    g.add((catalog, RDF.type, DCAT.Catalog))
    g.add((catalog, DCTERMS.title, Literal(f"{TITLE} (catalogue)", lang="en")))
    g.add((catalog, DCAT.dataset, dataset_iri(services)))
    g.add((catalog, DCAT.service, URIRef(site + "sparql#service")))
    g.add((catalog, FOAF.homepage, URIRef(site)))
    return g


def _fragment(iri: str) -> str:
    """A readable, unique fragment for a class: its prefixed name, else a digest."""
    for prefix, namespace in PREFIXES.items():
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and local.isidentifier():
            return f"{prefix}-{local}"
    return hashlib.sha256(iri.encode()).hexdigest()[:12]


def _media_type(fmt: str) -> str:
    from graph.store.base import RDF_FORMATS

    return RDF_FORMATS[fmt]
