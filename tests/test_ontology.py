"""The ontology and its SKOS vocabularies: complete, documented, loadable offline, and
matching the terms the mapping and the saved queries use and the gold vocabularies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS

import ontology
from graph.extract.records import AREAS, GRADES, POLARITIES, THEMES
from graph.rdf.namespaces import OKG, ONTOLOGY_IRI, ORG, SCHEMA, IRIs

ROOT = Path(__file__).resolve().parents[1]
GOLD_README = ROOT.parent / "shared" / "gold" / "README.md"
BASE = "https://w3id.org/ofsted-kg/"
BUILTIN = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#",
    "http://www.w3.org/2001/XMLSchema#",
)

CLASSES = {
    "Council",
    "Inspectorate",
    "Publisher",
    "Person",
    "Inspection",
    "Judgement",
    "ThemeMention",
    "Quotation",
    "RoleStatement",
    "Article",
    "ArticleGraph",
    "Build",
    "SourceSpan",
    "Grade",
    "JudgementArea",
    "PracticeTheme",
    "Polarity",
    "Framework",
}
OBJECT_PROPERTIES = {
    "coversArea",
    "inspectedCouncil",
    "inspectedBy",
    "framework",
    "ofInspection",
    "area",
    "grade",
    "source",
    "theme",
    "polarity",
    "speaker",
    "speakerRole",
    "about",
    "statedIn",
    "publishedBy",
}
DATATYPE_PROPERTIES = {
    "dfeCode",
    "gssCode",
    "formerGssCode",
    "officialName",
    "region",
    "authorityType",
    "validFrom",
    "validTo",
    "ofstedUrn",
    "year",
    "month",
    "quotedText",
    "speakerName",
    "isPartial",
    "roleTitle",
    "nameAsStated",
    "statedOn",
    "byline",
    "fileName",
    "sha256",
    "text",
    "sourceFormat",
    "inputSha256",
    "softwareVersion",
    "rank",
}
FUNCTIONAL = {
    "dfeCode",
    "gssCode",
    "inspectedCouncil",
    "year",
    "ofInspection",
    "area",
    "grade",
    "source",
    "theme",
    "polarity",
    "quotedText",
    "speaker",
    "speakerRole",
    "about",
    "isPartial",
    "roleTitle",
    "statedIn",
    "fileName",
    "sha256",
    "text",
    "rank",
}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology.ontology_graph()


@pytest.fixture(scope="module")
def vocab() -> Graph:
    return ontology.vocabularies_graph(BASE)


def okg_terms(g: Graph) -> set[URIRef]:
    return {t for t in g.all_nodes() if isinstance(t, URIRef) and t.startswith(str(OKG))}


def test_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    for p in (OWL.versionInfo, URIRef("http://purl.org/dc/terms/title")):
        assert onto.value(ONTOLOGY_IRI, p) is not None, p
    assert not list(onto.objects(ONTOLOGY_IRI, OWL.imports)), "must load offline"


def test_every_term_has_a_label_and_a_comment(onto: Graph) -> None:
    declared = {
        s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and s != ONTOLOGY_IRI
    }
    missing = [
        str(t)
        for t in sorted(okg_terms(onto) | declared)
        if onto.value(t, RDFS.label) is None or onto.value(t, RDFS.comment) is None
    ]
    assert not missing, f"terms without rdfs:label or rdfs:comment: {missing}"


def test_every_external_term_used_is_declared(onto: Graph) -> None:
    """No owl:imports, so every reused term must be declared here to load offline."""
    used = {
        t
        for triple in onto
        for t in triple
        if isinstance(t, URIRef) and not str(t).startswith(BUILTIN) and t != ONTOLOGY_IRI
    }
    undeclared = sorted(str(t) for t in used if (t, RDF.type, None) not in onto)
    assert not undeclared


def test_the_terms_the_mapping_writes_exist_with_their_kinds(onto: Graph) -> None:
    for name in CLASSES:
        assert (OKG[name], RDF.type, OWL.Class) in onto, name
    for name in OBJECT_PROPERTIES:
        assert (OKG[name], RDF.type, OWL.ObjectProperty) in onto, name
    for name in DATATYPE_PROPERTIES:
        assert (OKG[name], RDF.type, OWL.DatatypeProperty) in onto, name
    for name in FUNCTIONAL:
        assert (OKG[name], RDF.type, OWL.FunctionalProperty) in onto, name
    assert (OKG.framework, RDF.type, OWL.FunctionalProperty) not in onto  # several visits


def test_every_okg_term_in_the_code_and_queries_is_defined(onto: Graph) -> None:
    """The mapping, the shared graphs and the saved queries use only defined terms."""
    sources = [ROOT / "graph" / "rdf" / "mapping.py", ROOT / "graph" / "rdf" / "shared.py"]
    sources += sorted((ROOT / "queries").glob("*.rq"))
    pattern = re.compile(r"(?:OKG\.|\{OKG\}|okg:)([A-Za-z][A-Za-z0-9]*)")
    used = {name for path in sources for name in pattern.findall(path.read_text("utf-8"))}
    assert len(used) > 20, "the scan found too few terms to be meaningful"
    defined = {
        str(t)[len(str(OKG)) :] for t in onto.subjects(RDF.type, None) if t in okg_terms(onto)
    }
    assert sorted(used - defined) == []


def test_classes_reuse_standard_vocabularies(onto: Graph) -> None:
    prov = "http://www.w3.org/ns/prov#"
    expected = {
        OKG.Council: {ORG.FormalOrganization, SCHEMA.GovernmentOrganization},
        OKG.Inspectorate: {ORG.FormalOrganization, SCHEMA.GovernmentOrganization},
        OKG.Person: {
            SCHEMA.Person,
            URIRef("http://xmlns.com/foaf/0.1/Person"),
            URIRef(prov + "Person"),
        },
        OKG.Inspection: {URIRef(prov + "Activity"), SCHEMA.Event},
        OKG.Quotation: {SCHEMA.Quotation, URIRef(prov + "Entity")},
        OKG.RoleStatement: {ORG.Membership},
        OKG.Article: {SCHEMA.Article, URIRef(prov + "Entity")},
        OKG.SourceSpan: {URIRef("http://www.w3.org/ns/oa#SpecificResource")},
        OKG.Grade: {SKOS.Concept},
    }
    for cls, parents in expected.items():
        assert parents <= set(onto.objects(cls, RDFS.subClassOf)), cls
    assert (OKG.inspectedBy, RDFS.subPropertyOf, URIRef(prov + "wasAssociatedWith")) in onto
    assert (OKG.speaker, RDFS.subPropertyOf, URIRef(prov + "wasAttributedTo")) in onto


def disjoint_pairs(g: Graph) -> set[frozenset[URIRef]]:
    pairs = {frozenset(p) for p in g.subject_objects(OWL.disjointWith)}
    for node in g.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(Collection(g, g.value(node, OWL.members)))
        pairs |= {frozenset((a, b)) for a in members for b in members if a != b}
    return pairs


def test_disjointness_where_true(onto: Graph) -> None:
    pairs = disjoint_pairs(onto)
    assert frozenset((OKG.Person, OKG.Council)) in pairs
    assert frozenset((OKG.Council, OKG.Inspectorate)) in pairs
    assert frozenset((OKG.Judgement, OKG.Quotation)) in pairs
    assert frozenset((OKG.Article, OKG.ArticleGraph)) in pairs
    assert frozenset((OKG.Grade, OKG.PracticeTheme)) in pairs
    assert frozenset((OKG.Council, SCHEMA.Place)) in pairs  # a council is not its area
    # councils and Ofsted publish press releases
    assert frozenset((OKG.Publisher, OKG.Council)) not in pairs
    assert frozenset((OKG.Publisher, OKG.Inspectorate)) not in pairs


def concepts(vocab: Graph, cls: URIRef) -> dict[str, URIRef]:
    return {str(vocab.value(c, SKOS.notation)): c for c in vocab.subjects(RDF.type, cls)}


def gold_themes() -> list[str]:
    text = GOLD_README.read_text("utf-8")
    table = text[text.index("| theme |") :]
    return [t for t in re.findall(r"^\| ([a-z-]+) \|", table, re.M) if t != "theme"]


def test_vocabularies_have_the_gold_ids(vocab: Graph) -> None:
    assert set(concepts(vocab, OKG.Grade)) == set(GRADES)
    assert len(GRADES) == 5
    assert set(concepts(vocab, OKG.JudgementArea)) == set(AREAS)
    assert len(AREAS) == 6
    assert set(concepts(vocab, OKG.Polarity)) == set(POLARITIES)
    themes = gold_themes()
    assert len(themes) == 24
    assert set(concepts(vocab, OKG.PracticeTheme)) == set(themes) == set(THEMES)
    frameworks = concepts(vocab, OKG.Framework)
    expected = {"ilacs", "sif", "child-protection", "safeguarding-and-looked-after"}
    assert expected | {"focused-visit", "monitoring-visit", "jtai"} <= set(frameworks)


def test_theme_definitions_follow_the_gold_table(vocab: Graph) -> None:
    front_door = concepts(vocab, OKG.PracticeTheme)["front-door"]
    assert "strategy discussions" in str(vocab.value(front_door, SKOS.definition))


def test_every_concept_is_described_and_in_its_scheme(vocab: Graph) -> None:
    schemes = {
        OKG.Grade: "grades",
        OKG.JudgementArea: "areas",
        OKG.PracticeTheme: "themes",
        OKG.Polarity: "polarities",
        OKG.Framework: "frameworks",
    }
    iris = IRIs(BASE)
    for cls, scheme in schemes.items():
        for concept in concepts(vocab, cls).values():
            for p in (SKOS.prefLabel, SKOS.definition, RDFS.label):
                assert vocab.value(concept, p) is not None, (concept, p)
            assert vocab.value(concept, SKOS.inScheme) == iris.scheme(scheme)
            assert (iris.scheme(scheme), RDF.type, SKOS.ConceptScheme) in vocab
            assert (iris.scheme(scheme), SKOS.hasTopConcept, concept) in vocab
        assert (None, OWL.distinctMembers, None) in vocab


def test_grade_ranks_order_the_grades(vocab: Graph) -> None:
    grades = concepts(vocab, OKG.Grade)
    rank = {g: vocab.value(c, OKG.rank).toPython() for g, c in grades.items()}
    assert rank["outstanding"] > rank["good"] > rank["requires-improvement"] > rank["inadequate"]
    assert rank["adequate"] == rank["requires-improvement"]
    assert all(isinstance(r, int) for r in rank.values())


def test_grades_are_all_different_for_the_reasoner(vocab: Graph) -> None:
    grades = set(concepts(vocab, OKG.Grade).values())
    groups = [
        set(Collection(vocab, vocab.value(node, OWL.distinctMembers)))
        for node in vocab.subjects(RDF.type, OWL.AllDifferent)
    ]
    assert grades in groups


def test_vocabularies_follow_the_configured_base() -> None:
    """The IRIs are exactly those graph.rdf.namespaces.IRIs mints, for any base."""
    for base in ("https://example.org/kg/", "https://example.org/kg", "http://localhost:5000/"):
        g = ontology.vocabularies_graph(base)
        iris = IRIs(base)
        assert (iris.grade("good"), RDF.type, OKG.Grade) in g
        assert (iris.area("overall-effectiveness"), RDF.type, OKG.JudgementArea) in g
        assert (iris.theme("front-door"), SKOS.inScheme, iris.scheme("themes")) in g
        assert (iris.framework("ilacs"), RDF.type, OKG.Framework) in g
        subjects = {str(s) for s in g.subjects() if isinstance(s, URIRef)}
        assert all(s.startswith(iris.base + "id/") for s in subjects), base


def test_ofsted_is_the_inspectorate(vocab: Graph) -> None:
    ofsted = IRIs(BASE).ofsted()
    assert (ofsted, RDF.type, OKG.Inspectorate) in vocab
    assert vocab.value(ofsted, RDFS.label) == Literal("Ofsted")
    alt = {str(x) for x in vocab.objects(ofsted, SKOS.altLabel)}
    assert "Office for Standards in Education, Children's Services and Skills" in alt


def test_packaged_files_are_where_the_module_says(onto: Graph) -> None:
    for path in (ontology.ONTOLOGY, ontology.VOCABULARIES, ontology.SHAPES):
        assert path.is_file(), path
    assert len(ontology.shapes_graph()) > 100
