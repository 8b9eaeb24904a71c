"""The one mapping from extracted records to an article's named graph.

An article graph holds every claim the article makes, and nothing else, so dropping
the graph removes exactly that article's claims:

- the article itself (title, publisher, byline, date, file name, sha256, text);
- what it says of each inspection (council, year, months, framework);
- judgements, quotations, theme mentions and role statements, each with its source
  span as W3C Web Annotation selectors (TextPositionSelector in code points of the
  stored text, TextQuoteSelector with exact, prefix and suffix);
- the PROV-O record of the build that produced the graph.

Descriptions shared by several articles (people, publishers, councils, vocabularies)
live in graphs of their own (see ``graph.rdf.shared``); here they are only referenced.
No blank nodes: every IRI is deterministic, so rebuilding gives the same graph.
"""

from __future__ import annotations

from datetime import datetime

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from graph.extract.records import (
    ArticleFacts,
    InspectionKey,
    QuoteRecord,
    Span,
    Speaker,
)
from graph.ingest import Article
from graph.rdf.namespaces import OA, OKG, ORG, SCHEMA, IRIs, name_slug

CONTEXT_CHARS = 32  # prefix/suffix length of a TextQuoteSelector


def article_graph(
    article: Article,
    facts: ArticleFacts,
    iris: IRIs,
    *,
    version: str,
    started: datetime,
    ended: datetime,
) -> Graph:
    """The named graph of one article, from its extracted facts."""
    return _Mapper(article, facts, iris).build(version, started, ended)


class _Mapper:
    def __init__(self, article: Article, facts: ArticleFacts, iris: IRIs) -> None:
        self.article = article
        self.facts = facts
        self.iris = iris
        self.aid = article.article_id
        self.node = iris.article(self.aid)
        self.g = Graph()

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.g.add((s, p, o))

    def build(self, version: str, started: datetime, ended: datetime) -> Graph:
        self._article()
        for record in self.facts.inspections:
            insp = self.inspection(record.key)
            for month in record.months:
                self.add(insp, OKG.month, _month(record.key.year, month))
            if record.framework:
                self.add(insp, OKG.framework, self.iris.framework(record.framework))
        for j in self.facts.judgements:
            year = str(
                j.inspection.year or ("undated-earlier" if j.inspection.previous else "undated")
            )
            node = self.iris.in_article(
                self.aid, f"judgement/{j.inspection.dfe_code}-{year}-{j.area}-{j.grade}"
            )
            if (node, RDF.type, OKG.Judgement) in self.g:
                continue  # the same grade stated twice is one claim, with its first span
            self.add(node, RDF.type, OKG.Judgement)
            self.add(node, OKG.ofInspection, self.inspection(j.inspection))
            self.add(node, OKG.area, self.iris.area(j.area))
            self.add(node, OKG.grade, self.iris.grade(j.grade))
            self.source(node, j.span)
        for q in self.facts.quotes:
            self._quotation(q)
        for t in self.facts.themes:
            node = self.iris.in_article(
                self.aid, f"theme/{t.span.start}-{t.span.end}-{t.theme}-{t.polarity}"
            )
            self.add(node, RDF.type, OKG.ThemeMention)
            self.add(node, OKG.theme, self.iris.theme(t.theme))
            self.add(node, OKG.polarity, self.iris.polarity(t.polarity))
            if t.inspection is not None:
                self.add(node, OKG.ofInspection, self.inspection(t.inspection))
            self.source(node, t.span)
        self._build_record(version, started, ended)
        return self.g

    def _article(self) -> None:
        a, meta = self.article, self.facts.meta
        self.add(self.node, RDF.type, OKG.Article)
        self.add(self.node, OKG.fileName, Literal(a.file_name))
        self.add(self.node, OKG.sha256, Literal(a.sha256))
        self.add(self.node, OKG.text, Literal(a.text))
        self.add(self.node, OKG.sourceFormat, Literal(a.source_format))
        if meta.title:
            self.add(self.node, DCTERMS.title, Literal(meta.title))
        if meta.author:
            self.add(self.node, OKG.byline, Literal(meta.author))
        if meta.date:
            self.add(self.node, DCTERMS.issued, Literal(meta.date.isoformat(), datatype=XSD.date))
        if meta.publisher:
            self.add(self.node, OKG.publishedBy, self.iris.publisher(meta.publisher))
            self.add(self.node, OKG.publisherName, Literal(meta.publisher))
        if a.url:
            self.add(self.node, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI))

    def inspection(self, key: InspectionKey) -> URIRef:
        """The inspection's IRI, with what this article says of its council and year."""
        node = self.iris.inspection(key.dfe_code, key.year, self.aid, key.previous)
        self.add(node, OKG.inspectedCouncil, self.iris.council(key.dfe_code))
        if key.year is not None:
            self.add(node, OKG.year, Literal(str(key.year), datatype=XSD.gYear))
        return node

    def source(self, claim: URIRef, span: Span) -> None:
        """The claim's evidence as a Web Annotation specific resource with two selectors."""
        text = self.article.text
        src = URIRef(f"{claim}/source")
        pos = URIRef(f"{src}/position")
        quote = URIRef(f"{src}/quote")
        self.add(claim, OKG.source, src)
        self.add(src, RDF.type, OKG.SourceSpan)
        self.add(src, OA.hasSource, self.node)
        self.add(src, OA.hasSelector, pos)
        self.add(src, OA.hasSelector, quote)
        self.add(pos, RDF.type, OA.TextPositionSelector)
        self.add(pos, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger))
        self.add(pos, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger))
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(span.of(text)))
        self.add(quote, OA.prefix, Literal(text[max(0, span.start - CONTEXT_CHARS) : span.start]))
        self.add(quote, OA.suffix, Literal(text[span.end : span.end + CONTEXT_CHARS]))

    def speaker(self, who: Speaker) -> URIRef:
        if who.kind == "inspectorate" or who.organisation == "ofsted" and who.kind != "person":
            return self.iris.ofsted()
        if who.kind == "council" and who.organisation:
            return self.iris.council(who.organisation)
        if who.kind == "person":
            return self.iris.person(who.name)
        return self.iris.organisation(who.name)

    def organisation(self, code: str) -> URIRef:
        return self.iris.ofsted() if code == "ofsted" else self.iris.council(code)

    def _quotation(self, q: QuoteRecord) -> None:
        node = self.iris.in_article(self.aid, f"quotation/{q.span.start}-{q.span.end}")
        self.add(node, RDF.type, OKG.Quotation)
        self.add(node, OKG.quotedText, Literal(q.span.of(self.article.text)))
        self.add(node, OKG.isPartial, Literal(q.partial))
        self.source(node, q.span)
        if q.about is not None:
            self.add(node, OKG.about, self.inspection(q.about))
        who = q.speaker
        if who is None:
            return
        speaker = self.speaker(who)
        self.add(node, OKG.speaker, speaker)
        self.add(node, OKG.speakerName, Literal(who.name))
        if who.kind != "person" and who.role:
            # unnamed people speaking for an organisation: no person, no role statement
            self.add(node, OKG.speakerDescription, Literal(who.role))
        if who.kind == "person" and (who.role or who.organisation):
            role = self.iris.in_article(
                self.aid,
                f"role/{name_slug(who.name)}/{name_slug(who.role or 'member')}"
                f"/{who.organisation or 'unknown'}",
            )
            self.add(node, OKG.speakerRole, role)
            self.add(role, RDF.type, OKG.RoleStatement)
            self.add(role, ORG.member, speaker)
            self.add(role, OKG.nameAsStated, Literal(who.name))
            self.add(role, OKG.statedIn, self.node)
            if who.role:
                self.add(role, OKG.roleTitle, Literal(who.role))
            if who.organisation:
                self.add(role, ORG.organization, self.organisation(who.organisation))
            if self.facts.meta.date:
                self.add(
                    role, OKG.statedOn, Literal(self.facts.meta.date.isoformat(), datatype=XSD.date)
                )

    def _build_record(self, version: str, started: datetime, ended: datetime) -> None:
        graph = self.iris.article_graph(self.aid)
        build = self.iris.in_article(self.aid, "build")
        self.add(graph, RDF.type, OKG.ArticleGraph)
        self.add(graph, PROV.wasDerivedFrom, self.node)
        self.add(graph, PROV.wasGeneratedBy, build)
        self.add(build, RDF.type, OKG.Build)
        self.add(build, PROV.used, self.node)
        self.add(build, PROV.wasAssociatedWith, self.iris.software(version))
        self.add(build, PROV.startedAtTime, Literal(started.isoformat(), datatype=XSD.dateTime))
        self.add(build, PROV.endedAtTime, Literal(ended.isoformat(), datatype=XSD.dateTime))
        self.add(build, OKG.inputSha256, Literal(self.article.sha256))


def _month(year: int | None, month: int) -> Literal:
    """A month at the precision the text gives: with its year, or alone (xsd:gMonth)."""
    if year is None:
        return Literal(f"--{month:02d}", datatype=XSD.gMonth)
    return Literal(f"{year}-{month:02d}", datatype=XSD.gYearMonth)
