"""Ingest: every bad-input case gets a one-line reason naming the file; the rest reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from graph.ingest import read_corpus

GOOD = "Council rated good\n\nInspectors praised the council.\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def reasons(skipped: list) -> dict[str, str]:
    return {s.path.name: s.reason for s in skipped}


def test_text_is_kept_exactly(tmp_path: Path) -> None:
    text = "Line one\r\nLine two\u00a0with  odd   space\n“quoted”\n"
    write(tmp_path, "a.txt", text)
    articles, skipped = read_corpus([tmp_path])
    assert skipped == []
    assert articles[0].text == text
    assert len(articles[0].sha256) == 64


def test_each_bad_input_is_skipped_with_its_reason(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path, "latin1.txt", "Caf\u00e9 society".encode("latin-1"))
    write(tmp_path, "empty.txt", b"  \n\n")
    write(tmp_path, "notes.docx", b"PK\x03\x04")
    articles, skipped = read_corpus([tmp_path])
    assert [a.file_name for a in articles] == ["good.txt"]
    why = reasons(skipped)
    assert "binary" in why["binary.txt"]
    assert "UTF-8" in why["latin1.txt"] and "0xe9" in why["latin1.txt"]
    assert why["empty.txt"] == "empty file"
    assert "unknown extension '.docx'" in why["notes.docx"]
    assert all("\n" not in str(s) for s in skipped)


def test_manifest_values_win(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", GOOD)
    write(
        tmp_path,
        "manifest.csv",
        "file,url,title,publisher,author,date\n"
        "a.txt,https://example.org/a,Manifest title,Example Press,Jo Bloggs,2021-03-04\n",
    )
    articles, skipped = read_corpus([tmp_path])
    assert skipped == []
    a = articles[0]
    assert (a.title, a.publisher, a.author, a.date, a.url) == (
        "Manifest title",
        "Example Press",
        "Jo Bloggs",
        date(2021, 3, 4),
        "https://example.org/a",
    )


def test_manifest_row_for_missing_file(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "manifest.csv", "file,title\na.txt,A\nghost.txt,Ghost\n")
    articles, skipped = read_corpus([tmp_path])
    assert [a.title for a in articles] == ["A"]
    assert reasons(skipped)["ghost.txt"] == "listed in manifest.csv line 3 but missing"


def test_malformed_manifest_is_skipped_whole_and_files_still_build(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "manifest.csv", "name;heading\na.txt;A\n")
    articles, skipped = read_corpus([tmp_path])
    assert [a.file_name for a in articles] == ["a.txt"]
    assert articles[0].title is None
    assert reasons(skipped)["manifest.csv"].startswith("malformed manifest: header must be")


def test_manifest_with_a_bad_date_names_the_line(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "manifest.csv", "file,date\na.txt,4th of March\n")
    _, skipped = read_corpus([tmp_path])
    assert "line 2" in reasons(skipped)["manifest.csv"]
    assert "bad date" in reasons(skipped)["manifest.csv"]


def test_html_main_text_through_trafilatura(tmp_path: Path) -> None:
    body = " ".join(["Inspectors found that the council's services for children were good."] * 6)
    html = f"""<html><head><title>Council rated good | Example News</title>
    <meta property="og:site_name" content="Example News"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sub">Subscribe</a></nav>
    <article><h1>Council rated good</h1><p>{body}</p>
    <p>“We are delighted with the result,” said the council's director.</p></article>
    <footer>Cookie policy. Accept all cookies.</footer></body></html>"""
    write(tmp_path, "page.html", html)
    articles, skipped = read_corpus([tmp_path])
    assert skipped == []
    text = articles[0].text
    assert "Inspectors found" in text and "We are delighted" in text
    assert "Cookie policy" not in text and "Subscribe" not in text
    assert articles[0].source_format == "html"
    assert articles[0].publisher == "Example News"


def test_html_without_main_text(tmp_path: Path) -> None:
    write(tmp_path, "blank.html", "<html><body><nav>Home</nav></body></html>")
    _, skipped = read_corpus([tmp_path])
    assert reasons(skipped)["blank.html"] == "no main text found in HTML"


def test_missing_folder(tmp_path: Path) -> None:
    _, skipped = read_corpus([tmp_path / "nowhere"])
    assert skipped[0].reason == "not a folder"
