"""Practice themes (placeholder while the rules are written)."""

from __future__ import annotations

from graph.extract.layout import Document
from graph.extract.records import ThemeRecord


def extract_themes(doc: Document) -> list[ThemeRecord]:
    return []
