"""Rows of a saved query (plain values) as CSV or TSV, in chunks, written the way the
CLI writes them (``ofsted-kg query --format csv``) so both give the same file."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence

_BATCH = 500


def _cell(value: object, fmt: str) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.split("\t")) if fmt == "tsv" else text


def write_table(fmt: str, columns: Sequence[str], rows: list[dict[str, object]]) -> Iterator[bytes]:
    """``rows`` as ``fmt`` (csv or tsv), a batch of rows per chunk."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    writer.writerow(columns)
    for start in range(0, len(rows), _BATCH):
        for row in rows[start : start + _BATCH]:
            writer.writerow([_cell(row.get(c), fmt) for c in columns])
        yield out.getvalue().encode("utf-8")
        out.seek(0)
        out.truncate()
    if out.tell():
        yield out.getvalue().encode("utf-8")
