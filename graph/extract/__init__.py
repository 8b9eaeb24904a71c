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

``pipeline.extract`` runs them in that order. Nothing here knows about RDF or the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.records import ArticleFacts
    from graph.gazetteer import Gazetteer
    from graph.ingest import Article


def extract(article: Article, gaz: Gazetteer | None = None) -> ArticleFacts:
    """All the facts of one article (see ``graph.extract.pipeline``)."""
    from graph.extract.pipeline import extract as run

    return run(article, gaz)
