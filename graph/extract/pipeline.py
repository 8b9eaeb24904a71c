"""The extraction pipeline: runs each extractor in order over one article."""

from __future__ import annotations

from graph import gazetteer as gazetteer_mod
from graph.extract import about, councils, judgements, layout, metadata, quotes, speakers, themes
from graph.extract.records import ArticleFacts, ArticleMeta
from graph.ingest import Article


def extract(article: Article, gaz: gazetteer_mod.Gazetteer | None = None) -> ArticleFacts:
    """All the facts of one article. Manifest and HTML metadata win over the text's."""
    gaz = gaz or gazetteer_mod.load()
    doc = layout.segment(article.text)
    found = metadata.extract_meta(doc)
    meta = ArticleMeta(
        title=article.title or found.title,
        author=article.author or found.author,
        publisher=article.publisher or found.publisher,
        date=article.date or found.date,
    )
    mentions = councils.find_mentions(doc, gaz, meta.date)
    inspections, grades = judgements.extract_judgements(doc, mentions, meta.date, gaz)
    quoted = speakers.attribute(doc, quotes.find_quotes(doc), mentions, gaz)
    praised = themes.extract_themes(doc)
    quoted, praised = about.assign(doc, quoted, praised, inspections, mentions, meta.date)
    return ArticleFacts(
        meta=meta,
        inspections=inspections,
        judgements=grades,
        quotes=quoted,
        themes=praised,
    )
