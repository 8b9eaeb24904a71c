"""Extraction: one article's text in, plain typed records with their spans out.

Each kind of fact has its own module:

- ``layout``: the article's blocks (title, byline, body paragraphs) and page furniture
  (menus, subscription offers, related-story lists, repeated captions) to ignore;
- ``metadata``: title, author, publisher and publication date;
- ``councils``: where the text names a council, resolved through the gazetteer;
- ``judgements``: inspections and their grades per area, current and previous;
- ``quotes``: quoted passages (the text inside the outer quotation marks);
- ``speakers``: who said each quote, in which role, for which organisation;
- ``themes``: practice themes praised or criticised;
- ``about``: which inspection each quote and theme is about.

``extract`` runs them in that order. Nothing here knows about RDF or the store.
"""

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
