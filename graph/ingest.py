"""Ingest: read a corpus folder once into ``Article`` records.

A corpus is a folder of ``.txt`` and ``.html`` files with an optional ``manifest.csv``
(file,url,title,publisher,author,date) whose values win over extracted ones. HTML main
text comes out through trafilatura. The decoded text is kept exactly: every offset in
the graph refers to ``Article.text``.

Bad input never raises out of ``read_corpus``: each bad file or manifest row becomes a
``Skipped`` with a one-line reason, and the rest of the corpus is still read.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("file", "url", "title", "publisher", "author", "date")
MIN_HTML_WORDS = 5  # trafilatura falls back to any text (a menu's "Home"); that is no article


@dataclass(frozen=True)
class Article:
    """One article as read: its exact text and what is known about it before extraction."""

    file_name: str
    path: Path
    text: str  # the exact decoded text (for HTML, trafilatura's main text)
    sha256: str  # of ``text`` encoded as UTF-8
    source_format: str  # "txt" or "html"
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: date | None = None

    @property
    def article_id(self) -> str:
        """A stable identifier from the file name, used in IRIs."""
        return slug(Path(self.file_name).stem)


@dataclass(frozen=True)
class Skipped:
    """A file or manifest row that could not be used, and why (one line)."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class IngestError(Exception):
    """An input that cannot be read; the message is one line naming the reason."""


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "x"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 text, refusing binary, bad UTF-8 and empty input."""
    if not data.strip():
        raise IngestError("empty file")
    if b"\x00" in data:
        raise IngestError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise IngestError(
            f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})"
        ) from None
    control = re.search(r"[\x01-\x08\x0e-\x1f]", text)
    if control:
        raise IngestError(f"binary file (control character at offset {control.start()})")
    return text


def html_main_text(html: str) -> tuple[str, dict[str, str | None]]:
    """The main text of an HTML page and its metadata, through trafilatura."""
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    )
    if not text or len(text.split()) < MIN_HTML_WORDS:
        raise IngestError("no main text found in HTML")
    meta = trafilatura.extract_metadata(html)
    found: dict[str, str | None] = {}
    if meta is not None:
        found = {
            "title": meta.title,
            "author": meta.author,
            "publisher": meta.sitename,
            "url": meta.url,
            "date": meta.date,
        }
    return text, found


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise IngestError(f"bad date {value!r} (expected YYYY-MM-DD)") from None


def read_manifest(folder: Path) -> tuple[dict[str, dict[str, str]], list[Skipped]]:
    """Manifest rows by file name; a malformed manifest is skipped whole."""
    path = folder / MANIFEST
    if not path.exists():
        return {}, []
    try:
        text = decode(path.read_bytes())
        rows = list(csv.DictReader(text.splitlines()))
    except (IngestError, csv.Error) as e:
        return {}, [Skipped(path, f"malformed manifest: {e}")]
    header = tuple(rows[0].keys()) if rows else tuple(next(csv.reader(text.splitlines()), []))
    if "file" not in header or set(header) - set(MANIFEST_COLUMNS):
        return {}, [
            Skipped(path, f"malformed manifest: header must be {','.join(MANIFEST_COLUMNS)}")
        ]
    entries: dict[str, dict[str, str]] = {}
    skipped: list[Skipped] = []
    for line_no, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            skipped.append(
                Skipped(path, f"malformed manifest: line {line_no} has the wrong number of fields")
            )
            continue
        name = (row.get("file") or "").strip()
        if not name:
            skipped.append(Skipped(path, f"malformed manifest: line {line_no} has no file"))
            continue
        if not (folder / name).is_file():
            skipped.append(
                Skipped(folder / name, f"listed in {MANIFEST} line {line_no} but missing")
            )
            continue
        if row.get("date"):
            try:
                parse_date(row["date"])
            except IngestError as e:
                skipped.append(Skipped(path, f"malformed manifest: line {line_no}: {e}"))
                continue
        entries[name] = {k: v.strip() for k, v in row.items() if v and v.strip()}
    return entries, skipped


def read_article(path: Path, manifest: dict[str, str] | None = None) -> Article:
    """Read one file into an Article; raises IngestError with a one-line reason."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise IngestError(f"unknown extension {path.suffix or '(none)'!r} (expected .txt or .html)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise IngestError(f"cannot read: {e.strerror}") from None
    text = decode(data)
    found: dict[str, str | None] = {}
    fmt = "txt"
    if suffix in HTML_SUFFIXES:
        text, found = html_main_text(text)
        fmt = "html"
    values = {**{k: v for k, v in found.items() if v}, **(manifest or {})}
    return Article(
        file_name=path.name,
        path=path,
        text=text,
        sha256=sha256_text(text),
        source_format=fmt,
        url=values.get("url"),
        title=values.get("title"),
        publisher=values.get("publisher"),
        author=values.get("author"),
        date=parse_date(values["date"]) if values.get("date") else None,
    )


def corpus_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name != MANIFEST and not path.name.startswith("."):
            yield path


def read_corpus(folders: Iterable[Path]) -> tuple[list[Article], list[Skipped]]:
    """Every readable article of the folders, and what was skipped and why."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    seen: dict[str, Path] = {}
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            skipped.append(Skipped(folder, "not a folder"))
            continue
        manifest, bad = read_manifest(folder)
        skipped.extend(bad)
        for path in corpus_files(folder):
            try:
                article = read_article(path, manifest.get(path.name))
            except IngestError as e:
                skipped.append(Skipped(path, str(e)))
                continue
            if article.article_id in seen:
                skipped.append(
                    Skipped(path, f"same article id as {seen[article.article_id]} (rename one)")
                )
                continue
            seen[article.article_id] = path
            articles.append(article)
    return articles, skipped
