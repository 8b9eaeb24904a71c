"""`validate`: SHACL shapes and OWL consistency accept good data and name what is wrong.

The instance data here is written by hand (a made-up article of our own), plus one
test that runs the real mapping and store on made-up records, so the shapes are
checked against the data the build actually writes.
"""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, date, datetime
from pathlib import Path

import owlready2
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

import ontology
from graph import gazetteer
from graph.extract.records import (
    ArticleFacts,
    ArticleMeta,
    InspectionKey,
    InspectionRecord,
    JudgementRecord,
    QuoteRecord,
    Span,
    Speaker,
    ThemeRecord,
)
from graph.ingest import Article
from graph.rdf import shared
from graph.rdf.mapping import article_graph
from graph.rdf.namespaces import OA, OKG, ORG, SCHEMA, IRIs
from graph.store.oxigraph import OxigraphStore
from graph.validate import (
    ValidationReport,
    check_consistency,
    check_shacl,
    union_graph,
    validate,
)

IRI = IRIs("https://example.org/kg/")
TEXT = (
    "Inspectors rated Northshire's children's services good in March 2023.\n"
    '"We are proud of our social workers," said Pat Doe, director of children\'s services.\n'
    "Caseloads were manageable, the report found.\n"
)
QUOTE = "We are proud of our social workers,"
SHA = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()

ARTICLE = IRI.article("a1")
COUNCIL = IRI.council("999")
INSPECTION = IRI.inspection("999", 2023, "a1")
PERSON = IRI.person("Pat Doe")
QUOTATION = IRI.in_article("a1", "quotation/1")
JUDGEMENT = IRI.in_article("a1", "judgement/1")
ROLE = IRI.in_article("a1", "role/pat-doe")


def add_span(g: Graph, claim: URIRef, text: str) -> URIRef:
    start = TEXT.index(text)
    end = start + len(text)
    span, pos, quote = (URIRef(f"{claim}/source{x}") for x in ("", "/pos", "/quote"))
    g.add((claim, OKG.source, span))
    g.add((span, RDF.type, OKG.SourceSpan))
    g.add((span, OA.hasSource, ARTICLE))
    g.add((span, OA.hasSelector, pos))
    g.add((span, OA.hasSelector, quote))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((pos, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(text)))
    g.add((quote, OA.prefix, Literal(TEXT[max(0, start - 10) : start])))
    g.add((quote, OA.suffix, Literal(TEXT[end : end + 10])))
    return span


def valid_graph() -> Graph:
    """A small, complete instance graph: article, council, inspection, judgement,
    quotation with its speaker's role statement, theme mention, and build record."""
    g = ontology.vocabularies_graph(IRI.base)
    add = g.add
    # council
    add((COUNCIL, RDF.type, OKG.Council))
    add((COUNCIL, RDFS.label, Literal("Northshire")))
    add((COUNCIL, SKOS.prefLabel, Literal("Northshire")))
    add((COUNCIL, OKG.officialName, Literal("Northshire County Council")))
    add((COUNCIL, OKG.dfeCode, Literal("999")))
    add((COUNCIL, OKG.gssCode, Literal("E10000099")))
    add((COUNCIL, OKG.formerGssCode, Literal("E10000098")))
    add((COUNCIL, OKG.authorityType, Literal("county")))
    add((COUNCIL, OKG.validFrom, Literal("2009", datatype=XSD.gYear)))
    add(
        (
            COUNCIL,
            OKG.coversArea,
            URIRef("http://statistics.data.gov.uk/id/statistical-geography/E10000099"),
        )
    )
    add((COUNCIL, OKG.coversArea, URIRef("http://www.wikidata.org/entity/Q123")))
    # article and publisher
    publisher = IRI.publisher("Northshire News")
    add((publisher, RDF.type, OKG.Publisher))
    add((publisher, SCHEMA.name, Literal("Northshire News")))
    add((ARTICLE, RDF.type, OKG.Article))
    add((ARTICLE, OKG.fileName, Literal("a1.txt")))
    add((ARTICLE, OKG.sha256, Literal(SHA)))
    add((ARTICLE, OKG.text, Literal(TEXT)))
    add((ARTICLE, OKG.sourceFormat, Literal("txt")))
    add((ARTICLE, DCTERMS.title, Literal("Services rated good")))
    add((ARTICLE, DCTERMS.issued, Literal("2023-05-02", datatype=XSD.date)))
    add((ARTICLE, OKG.publishedBy, publisher))
    # inspection and judgement
    add((INSPECTION, RDF.type, OKG.Inspection))
    add((INSPECTION, OKG.inspectedCouncil, COUNCIL))
    add((INSPECTION, OKG.inspectedBy, IRI.ofsted()))
    add((INSPECTION, OKG.year, Literal("2023", datatype=XSD.gYear)))
    add((INSPECTION, OKG.month, Literal("2023-03", datatype=XSD.gYearMonth)))
    add((INSPECTION, OKG.framework, IRI.framework("ilacs")))
    add((JUDGEMENT, RDF.type, OKG.Judgement))
    add((JUDGEMENT, OKG.ofInspection, INSPECTION))
    add((JUDGEMENT, OKG.area, IRI.area("overall-effectiveness")))
    add((JUDGEMENT, OKG.grade, IRI.grade("good")))
    add_span(g, JUDGEMENT, "rated Northshire's children's services good")
    # person, role statement, quotation
    add((PERSON, RDF.type, OKG.Person))
    add((PERSON, SCHEMA.name, Literal("Pat Doe")))
    add((ROLE, RDF.type, OKG.RoleStatement))
    add((ROLE, ORG.member, PERSON))
    add((ROLE, ORG.organization, COUNCIL))
    add((ROLE, OKG.roleTitle, Literal("director of children's services")))
    add((ROLE, OKG.nameAsStated, Literal("Pat Doe")))
    add((ROLE, OKG.statedIn, ARTICLE))
    add((ROLE, OKG.statedOn, Literal("2023-05-02", datatype=XSD.date)))
    add((QUOTATION, RDF.type, OKG.Quotation))
    add((QUOTATION, OKG.quotedText, Literal(QUOTE)))
    add((QUOTATION, OKG.speaker, PERSON))
    add((QUOTATION, OKG.speakerName, Literal("Pat Doe")))
    add((QUOTATION, OKG.speakerRole, ROLE))
    add((QUOTATION, OKG.about, INSPECTION))
    add((QUOTATION, OKG.isPartial, Literal(False)))
    add_span(g, QUOTATION, QUOTE)
    # theme mention
    theme = IRI.in_article("a1", "theme/1")
    add((theme, RDF.type, OKG.ThemeMention))
    add((theme, OKG.theme, IRI.theme("caseloads")))
    add((theme, OKG.polarity, IRI.polarity("strength")))
    add((theme, OKG.ofInspection, INSPECTION))
    add_span(g, theme, "Caseloads were manageable")
    # provenance
    graph, build, software = (
        IRI.article_graph("a1"),
        IRI.in_article("a1", "build"),
        IRI.software("1"),
    )
    add((graph, RDF.type, OKG.ArticleGraph))
    add((graph, PROV.wasDerivedFrom, ARTICLE))
    add((graph, PROV.wasGeneratedBy, build))
    add((build, RDF.type, OKG.Build))
    add((build, PROV.used, ARTICLE))
    add((build, PROV.wasAssociatedWith, software))
    add((build, PROV.startedAtTime, Literal("2024-01-01T10:00:00+00:00", datatype=XSD.dateTime)))
    add((build, PROV.endedAtTime, Literal("2024-01-01T10:00:01+00:00", datatype=XSD.dateTime)))
    add((build, OKG.inputSha256, Literal(SHA)))
    add((software, RDF.type, PROV.SoftwareAgent))
    add((software, RDFS.label, Literal("ofsted-kg 1")))
    add((software, OKG.softwareVersion, Literal("1")))
    return g


def span_position(g: Graph, claim: URIRef) -> URIRef:
    span = g.value(claim, OKG.source)
    return next(s for s in g.objects(span, OA.hasSelector) if (s, OA.start, None) in g)


def shacl_problems(g: Graph) -> str:
    conforms, report = check_shacl(g)
    assert not conforms, "the broken graph was accepted"
    return report


# ---------------------------------------------------------------- the valid graph


@pytest.fixture(scope="module")
def valid_report() -> ValidationReport:
    return validate(valid_graph())


def test_valid_graph_conforms_and_is_consistent(valid_report: ValidationReport) -> None:
    assert valid_report.shacl_conforms, valid_report.shacl_report
    assert valid_report.consistent, valid_report.reasoner_message
    assert valid_report.ok


def test_a_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    graph = valid_graph()
    dataset = Dataset()
    for i, triple in enumerate(graph):
        dataset.add((*triple, URIRef(f"https://example.org/kg/graph/{i % 3}")))
    union = union_graph(dataset)
    assert len(union) == len(graph)
    assert check_shacl(union)[0]


# ---------------------------------------------------------------- SHACL rejects


def test_quotation_without_a_source_span_is_rejected() -> None:
    g = valid_graph()
    g.remove((QUOTATION, OKG.source, None))
    report = shacl_problems(g)
    assert "a quotation needs exactly one source span" in report
    assert "quotation/1" in report


def test_span_that_ends_before_it_starts_is_rejected() -> None:
    g = valid_graph()
    pos = span_position(g, QUOTATION)
    g.set((pos, OA.end, Literal(2, datatype=XSD.nonNegativeInteger)))
    report = shacl_problems(g)
    assert "no greater than its end" in report
    assert "quotation/1/source/pos" in report


def test_bad_sha256_is_rejected() -> None:
    g = valid_graph()
    g.set((ARTICLE, OKG.sha256, Literal("not-a-digest")))
    report = shacl_problems(g)
    assert "64 lower-case hex digits" in report
    assert "article/a1" in report


def test_sha256_of_some_other_text_is_rejected() -> None:
    g = valid_graph()
    g.set((ARTICLE, OKG.sha256, Literal(hashlib.sha256(b"other").hexdigest())))
    assert "not the SHA-256 of its stored text" in shacl_problems(g)


def test_quotation_with_two_speakers_is_rejected() -> None:
    g = valid_graph()
    g.add((QUOTATION, OKG.speaker, IRI.ofsted()))
    report = shacl_problems(g)
    assert "at most one speaker" in report
    assert "quotation/1" in report


def test_span_whose_exact_text_is_not_at_its_offsets_is_rejected() -> None:
    g = valid_graph()
    pos = span_position(g, JUDGEMENT)
    start = int(g.value(pos, OA.start))
    g.set((pos, OA.start, Literal(start + 1, datatype=XSD.nonNegativeInteger)))
    report = shacl_problems(g)
    assert "exact text is not the article text between its start and end" in report
    assert "judgement/1/source" in report


def test_quoted_text_must_be_the_span_text() -> None:
    g = valid_graph()
    g.set((QUOTATION, OKG.quotedText, Literal("We are proud")))
    assert "quotation's text is not the exact text of its source span" in shacl_problems(g)


def test_codes_and_concepts_are_checked() -> None:
    g = valid_graph()
    g.set((COUNCIL, OKG.dfeCode, Literal("99")))
    g.set((COUNCIL, OKG.gssCode, Literal("W06000001X")))
    g.set((JUDGEMENT, OKG.grade, IRI.theme("caseloads")))
    g.set((ARTICLE, OKG.sourceFormat, Literal("pdf")))
    report = shacl_problems(g)
    assert "DfE LA code of three digits" in report
    assert "GSS code: E and eight digits" in report
    assert "exactly one grade, an okg:Grade" in report
    assert 'must be "txt" or "html"' in report


def test_speaker_must_be_a_person_or_an_organisation() -> None:
    g = valid_graph()
    g.set((QUOTATION, OKG.speaker, ARTICLE))
    assert "an okg:Person or an org:Organization" in shacl_problems(g)


# ---------------------------------------------------------------- the reasoner


def test_individual_both_person_and_council_is_inconsistent() -> None:
    g = valid_graph()
    g.add((PERSON, RDF.type, OKG.Council))
    consistent, message = check_consistency(g)
    assert not consistent
    assert "person/pat-doe" in message
    assert "okg:Person" in message and "okg:Council" in message
    assert "\n" not in message


def test_judgement_with_two_grades_is_inconsistent() -> None:
    """requires-improvement and adequate share a rank, so only the vocabulary's
    owl:AllDifferent tells the reasoner they are two grades."""
    g = valid_graph()
    g.set((JUDGEMENT, OKG.grade, IRI.grade("requires-improvement")))
    g.add((JUDGEMENT, OKG.grade, IRI.grade("adequate")))
    consistent, message = check_consistency(g)
    assert not consistent
    assert "judgement/1" in message and "okg:grade" in message


def test_inspection_of_two_councils_is_inconsistent() -> None:
    """Councils are told apart by their functional DfE codes."""
    g = valid_graph()
    other = IRI.council("998")
    g.add((other, RDF.type, OKG.Council))
    g.add((other, OKG.dfeCode, Literal("998")))
    g.add((INSPECTION, OKG.inspectedCouncil, other))
    consistent, message = check_consistency(g)
    assert not consistent
    assert "okg:inspectedCouncil" in message


def test_a_council_covering_itself_is_inconsistent() -> None:
    """A council is not its area."""
    g = valid_graph()
    g.add((COUNCIL, OKG.coversArea, COUNCIL))
    consistent, message = check_consistency(g)
    assert not consistent
    assert "council/999" in message


def test_data_cannot_rewrite_the_ontology() -> None:
    """Axioms in the data (here: saying people are councils) are not used by the
    reasoner; it checks the data against the project's ontology."""
    g = valid_graph()
    g.add((OKG.Person, OWL.equivalentClass, OKG.Council))
    assert check_consistency(g)[0]


def test_text_with_a_control_character_does_not_break_the_reasoner() -> None:
    """HermiT rejects such strings; they must not turn a valid store into a failure."""
    g = valid_graph()
    g.set((ARTICLE, OKG.text, Literal(TEXT + "\x0c page two")))
    consistent, message = check_consistency(g)
    assert consistent, message


def test_missing_java_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(owlready2, "JAVA_EXE", "no-such-java-for-ofsted-kg")
    consistent, message = check_consistency(valid_graph())
    assert not consistent
    assert message.startswith("cannot run the OWL reasoner: 'no-such-java-for-ofsted-kg'")
    assert "\n" not in message


# ---------------------------------------------------------------- the real mapping and store


def test_the_mappings_output_through_the_store_is_valid() -> None:
    """Records written here, mapped by the real mapping, stored in Oxigraph with the
    shared graphs and the entities update, read back as the CLI does: valid."""
    text = (
        "Southshire council's children's services were judged inadequate by Ofsted "
        "after an inspection in June and July 2019.\n"
        '"This is not good enough," said councillor Sam Roe, the lead member.\n'
        'Ofsted said: "Leaders do not know their services well."\n'
    )
    gaz = gazetteer.load()
    council = gaz.councils[0].dfe_code
    key = InspectionKey(council, 2019)
    undated = InspectionKey(council, None)

    def span(words: str) -> Span:
        start = text.index(words)
        return Span(start, start + len(words))

    article = Article(
        file_name="southshire.txt",
        path=Path("southshire.txt"),
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source_format="txt",
        url="https://example.org/news/1",
    )
    facts = ArticleFacts(
        meta=ArticleMeta(
            title="Judged inadequate",
            author="A Writer",
            publisher="The Paper",
            date=date(2019, 9, 1),
        ),
        inspections=[
            InspectionRecord(key, months=(6, 7), framework="ilacs", span=span("an inspection")),
            InspectionRecord(undated, months=(6,)),
        ],
        judgements=[
            JudgementRecord(key, "overall-effectiveness", "inadequate", span("judged inadequate"))
        ],
        quotes=[
            QuoteRecord(
                span("This is not good enough,"),
                Speaker("Sam Roe", "person", "lead member", council, span("Sam Roe")),
                about=key,
            ),
            QuoteRecord(
                span("Leaders do not know their services well."),
                Speaker("Ofsted", "inspectorate", None, "ofsted"),
                about=key,
            ),
        ],
        themes=[ThemeRecord("leadership", "weakness", span("Leaders do not know"), key)],
    )
    now = datetime(2024, 1, 1, tzinfo=UTC)
    graphs = {
        IRI.article_graph(article.article_id): article_graph(
            article, facts, IRI, version="1.0", started=now, ended=now
        ),
        IRI.shared_graph("ontology"): shared.ontology_graph(IRI),
        IRI.shared_graph("vocabularies"): shared.vocabularies_graph(IRI),
        IRI.shared_graph("councils"): shared.councils_graph(gaz, IRI),
    }
    store = OxigraphStore()
    store.replace_graphs(graphs, then=shared.entities_update(IRI))
    buffer = io.BytesIO()
    store.dump(buffer, "nquads")
    dataset = Dataset()
    dataset.parse(data=buffer.getvalue().decode("utf-8"), format="nquads")
    report = validate(dataset)
    assert report.shacl_conforms, report.shacl_report
    assert report.consistent, report.reasoner_message
