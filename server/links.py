"""Where an IRI lives on this server: minted IRIs under the base resolve here, so
pages link to the local documents and show the IRI itself beside them."""

from __future__ import annotations

import re

from graph.rdf.namespaces import OKG, ONTOLOGY_IRI, IRIs

_PATH = re.compile(r"[A-Za-z0-9._~!$&'()*+,;=:@/%-]+")


def local_href(iri: str, iris: IRIs) -> str:
    """The link a page should use for ``iri``: its local document, else the IRI."""
    base = iris.base
    if iri.startswith(base + "id/"):
        return "/doc/" + iri[len(base) + 3 :]
    if iri.startswith(base + "graph/"):
        return "/" + iri[len(base) :]
    if iri.startswith(str(OKG)):
        return "/ontology#" + iri[len(str(OKG)) :]
    if iri == str(ONTOLOGY_IRI):
        return "/ontology"
    return iri


def iri_of(kind: str, rest: str, iris: IRIs) -> str | None:
    """The minted IRI for a request path ('id' or 'graph' and the rest), or None if
    the path holds characters no minted IRI has."""
    if not rest or not _PATH.fullmatch(rest) or ".." in rest.split("/"):
        return None
    return f"{iris.base}{kind}/{rest}"
