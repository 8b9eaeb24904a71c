"""Descriptions shared by all articles, each in a named graph of its own.

- ``ontology``: the OWL ontology (ontology/ofsted-kg.ttl);
- ``vocabularies``: SKOS schemes for grades, areas, themes, polarities, frameworks,
  and the inspectorate;
- ``councils``: every council of graph/data/councils.csv;
- ``entities``: people, publishers, other organisations, the inspections and the
  software, derived from the article graphs by ``entities_update`` (one description
  each, so queries over the union default graph do not repeat them per article).
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from graph.gazetteer import Gazetteer
from graph.rdf.namespaces import OKG, ONS_GEOGRAPHY, ORG, SCHEMA, WIKIDATA, IRIs


def councils_graph(gaz: Gazetteer, iris: IRIs) -> Graph:
    g = Graph()
    for c in gaz.councils:
        node = iris.council(c.dfe_code)
        g.add((node, RDF.type, OKG.Council))
        g.add((node, RDFS.label, Literal(c.name)))
        g.add((node, SKOS.prefLabel, Literal(c.name)))
        g.add((node, SCHEMA.name, Literal(c.council_name)))
        g.add((node, OKG.officialName, Literal(c.council_name)))
        for alt in c.alt_names:
            g.add((node, SKOS.altLabel, Literal(alt)))
        g.add((node, OKG.dfeCode, Literal(c.dfe_code)))
        g.add((node, OKG.gssCode, Literal(c.gss_code)))
        for former in c.former_gss_codes:
            g.add((node, OKG.formerGssCode, Literal(former.code)))
        g.add((node, OKG.coversArea, URIRef(ONS_GEOGRAPHY + c.gss_code)))
        if c.wikidata:
            g.add((node, OKG.coversArea, URIRef(WIKIDATA + c.wikidata)))
        g.add((node, OKG.region, Literal(c.region)))
        g.add((node, OKG.authorityType, Literal(c.la_type)))
        if c.valid_from is not None:
            g.add((node, OKG.validFrom, Literal(str(c.valid_from), datatype=XSD.gYear)))
        if c.valid_to is not None:
            g.add((node, OKG.validTo, Literal(str(c.valid_to), datatype=XSD.gYear)))
        if c.ofsted_urn:
            g.add((node, OKG.ofstedUrn, Literal(c.ofsted_urn)))
        g.add((node, OKG.sourceNote, Literal(c.source_note)))
    return g


def skolemised(graph: Graph, iris: IRIs) -> Graph:
    """The graph with its blank nodes (OWL lists and restrictions) replaced by IRIs
    under ``{base}.well-known/genid/`` named from rdflib's canonical labelling, so that
    the same file gives the same quads on every build (RDF 1.1 skolemisation)."""
    canonical = to_canonical_graph(graph)
    genid = f"{iris.base}.well-known/genid/"
    out = Graph()
    for triple in canonical:
        out.add(
            tuple(URIRef(genid + str(t)) if isinstance(t, BNode) else t for t in triple)  # type: ignore[arg-type]
        )
    return out


def ontology_graph(iris: IRIs) -> Graph:
    import ontology

    return skolemised(Graph().parse(str(ontology.ONTOLOGY), format="turtle"), iris)


def vocabularies_graph(iris: IRIs) -> Graph:
    import ontology

    return skolemised(ontology.vocabularies_graph(iris.base), iris)


def entities_update(iris: IRIs) -> str:
    """SPARQL Update that rebuilds the entities graph from the current article graphs.

    Run in the same transaction as every change to article graphs, so the shared
    descriptions always match the claims: a person dropped with their last article
    disappears, and the chosen name (the least of the spellings) does not depend on
    the order articles were added. Full IRIs, no PREFIX: Oxigraph reads a prologue
    only at the start of a request, and this update is appended to others.
    """
    entities = iris.shared_graph("entities")
    articles = iris.article_graph_prefix
    person = f"{iris.base}id/person/"
    organisation = f"{iris.base}id/organisation/"
    publisher = f"{iris.base}id/publisher/"
    councils = iris.shared_graph("councils")
    return f"""
DROP SILENT GRAPH <{entities}> ;
INSERT {{ GRAPH <{entities}> {{ ?p a <{OKG}Person> ;
    <{SCHEMA}name> ?name ; <{RDFS}label> ?name }} }}
WHERE {{
  {{ SELECT ?p (MIN(?n) AS ?name) WHERE {{
      GRAPH ?g {{ {{ ?x <{ORG}member> ?p ; <{OKG}nameAsStated> ?n }}
                 UNION {{ ?x <{OKG}speaker> ?p ; <{OKG}speakerName> ?n }} }}
      FILTER(STRSTARTS(STR(?g), "{articles}") && STRSTARTS(STR(?p), "{person}"))
  }} GROUP BY ?p }}
}} ;
INSERT {{ GRAPH <{entities}> {{ ?o a <{ORG}Organization> ;
    <{SCHEMA}name> ?name ; <{RDFS}label> ?name }} }}
WHERE {{
  {{ SELECT ?o (MIN(?n) AS ?name) WHERE {{
      GRAPH ?g {{ ?x <{OKG}speaker> ?o ; <{OKG}speakerName> ?n }}
      FILTER(STRSTARTS(STR(?g), "{articles}") && STRSTARTS(STR(?o), "{organisation}")
             && ?o != <{iris.ofsted()}>)
  }} GROUP BY ?o }}
}} ;
INSERT {{ GRAPH <{entities}> {{ ?b a <{OKG}Publisher> ;
    <{SCHEMA}name> ?name ; <{RDFS}label> ?name }} }}
WHERE {{
  {{ SELECT ?b (MIN(?n) AS ?name) WHERE {{
      GRAPH ?g {{ ?a <{OKG}publishedBy> ?b ; <{OKG}publisherName> ?n }}
      FILTER(STRSTARTS(STR(?g), "{articles}") && STRSTARTS(STR(?b), "{publisher}"))
  }} GROUP BY ?b }}
}} ;
INSERT {{ GRAPH <{entities}> {{
  ?i a <{OKG}Inspection> ; <{OKG}inspectedBy> <{iris.ofsted()}> ; <{RDFS}label> ?label }} }}
WHERE {{
  {{ SELECT DISTINCT ?i ?c ?y WHERE {{
      GRAPH ?g {{ ?i <{OKG}inspectedCouncil> ?c OPTIONAL {{ ?i <{OKG}year> ?y }} }}
      FILTER(STRSTARTS(STR(?g), "{articles}"))
  }} }}
  GRAPH <{councils}> {{ ?c <{RDFS}label> ?council }}
  BIND(CONCAT(?council, " children's services inspection, ",
              COALESCE(STR(?y), "date not given")) AS ?label)
}} ;
INSERT {{ GRAPH <{entities}> {{
  ?s a <{PROV}SoftwareAgent> ; <{RDFS}label> ?label ; <{OKG}softwareVersion> ?v }} }}
WHERE {{
  {{ SELECT DISTINCT ?s WHERE {{
      GRAPH ?g {{ ?b <{PROV}wasAssociatedWith> ?s }}
      FILTER(STRSTARTS(STR(?g), "{articles}"))
  }} }}
  BIND(STRAFTER(STR(?s), "/software/ofsted-kg/") AS ?v)
  BIND(CONCAT("ofsted-kg ", ?v) AS ?label)
}}
"""
