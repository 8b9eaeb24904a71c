"""Namespaces, and the IRIs the graph mints under one configurable base.

The ontology (classes and properties) has a fixed namespace, ``OKG``, so that queries
work on any deployment. Instances and SKOS concepts live under the *base*
(default ``https://w3id.org/ofsted-kg/``), configurable with ``--base`` or the
environment variable ``OFSTED_KG_BASE``. All instance IRIs are deterministic: the same
corpus gives the same IRIs on every build.
"""

from __future__ import annotations

import os
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

OKG = Namespace("https://w3id.org/ofsted-kg/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/ofsted-kg/ontology")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
ONS_GEOGRAPHY = "http://statistics.data.gov.uk/id/statistical-geography/"
WIKIDATA = "http://www.wikidata.org/entity/"

DEFAULT_BASE = "https://w3id.org/ofsted-kg/"

PREFIXES: dict[str, str] = {
    "okg": str(OKG),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "oa": str(OA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "foaf": str(FOAF),
}


def default_base() -> str:
    return os.environ.get("OFSTED_KG_BASE", DEFAULT_BASE)


def name_slug(name: str) -> str:
    """A person's or publisher's name as an IRI segment: 'Guy Renner-Thompson' ->
    'guy-renner-thompson'. Accents are dropped, so spellings with and without meet."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "x"


class IRIs:
    """Mints every instance IRI under ``base``. One place, so the server can resolve them."""

    def __init__(self, base: str | None = None) -> None:
        base = base or default_base()
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base

    def _id(self, path: str) -> URIRef:
        return URIRef(f"{self.base}id/{path}")

    # shared entities
    def council(self, dfe_code: str) -> URIRef:
        return self._id(f"council/{dfe_code}")

    def ofsted(self) -> URIRef:
        return self._id("organisation/ofsted")

    def organisation(self, name: str) -> URIRef:
        return self._id(f"organisation/{name_slug(name)}")

    def person(self, name: str) -> URIRef:
        return self._id(f"person/{name_slug(name)}")

    def publisher(self, name: str) -> URIRef:
        return self._id(f"publisher/{name_slug(name)}")

    def inspection(
        self, dfe_code: str, year: int | None, article_id: str, previous: bool = False
    ) -> URIRef:
        """Dated inspections are shared by every article reporting them; an undated one
        belongs to the article that reports it, since it cannot be matched safely (and an
        undated earlier one is kept apart from the undated current one)."""
        if year is None:
            kind = "undated-earlier" if previous else "undated"
            return self._id(f"inspection/{dfe_code}/{kind}/{article_id}")
        return self._id(f"inspection/{dfe_code}/{year}")

    def software(self, version: str) -> URIRef:
        return self._id(f"software/ofsted-kg/{version}")

    # vocabularies (SKOS concepts)
    def grade(self, grade: str) -> URIRef:
        return self._id(f"grade/{grade}")

    def area(self, area: str) -> URIRef:
        return self._id(f"area/{area}")

    def theme(self, theme: str) -> URIRef:
        return self._id(f"theme/{theme}")

    def polarity(self, polarity: str) -> URIRef:
        return self._id(f"polarity/{polarity}")

    def framework(self, framework: str) -> URIRef:
        return self._id(f"framework/{framework}")

    def scheme(self, name: str) -> URIRef:
        return self._id(f"scheme/{name}")

    # per-article resources
    def article(self, article_id: str) -> URIRef:
        return self._id(f"article/{article_id}")

    def in_article(self, article_id: str, path: str) -> URIRef:
        return self._id(f"article/{article_id}/{path}")

    # named graphs
    def article_graph(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/article/{article_id}")

    @property
    def article_graph_prefix(self) -> str:
        return f"{self.base}graph/article/"

    def shared_graph(self, name: str) -> URIRef:
        """'ontology', 'vocabularies', 'councils' or 'entities'."""
        return URIRef(f"{self.base}graph/{name}")
