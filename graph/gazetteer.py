"""The councils: English children's-services authorities, from graph/data/councils.csv.

A council is keyed by its DfE LA number, which outlives GSS recodings. Names are
ambiguous over time ("Dorset" is two authorities; "Northamptonshire" was abolished in
2021), so every lookup takes the year the text is talking about.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class FormerCode:
    code: str
    kind: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Council:
    dfe_code: str
    name: str
    council_name: str
    alt_names: tuple[str, ...]
    gss_code: str
    former_gss_codes: tuple[FormerCode, ...]
    region: str
    la_type: str
    valid_from: int | None  # first year (from 1 April), when on or after 2009
    valid_to: int | None  # year of its last day (31 March), for abolished authorities
    wikidata: str | None
    source_note: str
    ofsted_urn: str | None

    def existed_in(self, year: int) -> bool:
        """Whether the authority existed for at least part of ``year``."""
        if self.valid_from is not None and year < self.valid_from:
            return False
        return not (self.valid_to is not None and year > self.valid_to)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, self.council_name, *self.alt_names)


_FORMER = re.compile(r"^(?P<code>E\d{8}) \((?P<kind>[^;]*); (?P<start>\S+) to (?P<end>\S+)\)$")


def _former_codes(cell: str) -> tuple[FormerCode, ...]:
    codes = []
    for part in filter(None, cell.split("|")):
        m = _FORMER.match(part.strip())
        if m is None:
            raise ValueError(f"councils.csv: cannot read former GSS code {part!r}")
        codes.append(FormerCode(m["code"], m["kind"], m["start"], m["end"]))
    return tuple(codes)


def normalise_name(name: str) -> str:
    """The comparison key of a council name: case, '&'/'and', and the words City,
    County, Borough, Council, 'of', 'the' and punctuation do not count."""
    s = name.lower().replace("&", " and ")
    s = re.sub(r"[^\w\s-]", " ", s)
    words = [
        w
        for w in s.replace("-", " ").split()
        if w not in {"city", "county", "borough", "council", "of", "the", "and", "metropolitan"}
    ]
    return " ".join(words)


class Gazetteer:
    """All councils, with name lookup resolved by year."""

    def __init__(self, councils: list[Council]) -> None:
        self.councils = councils
        self.by_code = {c.dfe_code: c for c in councils}
        self._by_key: dict[str, list[Council]] = {}
        for c in councils:
            for n in c.names:
                key = normalise_name(n)
                if key and c not in self._by_key.setdefault(key, []):
                    self._by_key[key].append(c)

    def resolve(self, name: str, year: int | None = None) -> Council | None:
        """The council a name meant in ``year`` (the current one when year is None)."""
        candidates = self._by_key.get(normalise_name(name), [])
        if not candidates:
            return None
        if year is None:
            current = [c for c in candidates if c.valid_to is None]
            return (current or candidates)[0]
        alive = [c for c in candidates if c.existed_in(year)]
        if alive:
            # In a changeover year prefer the authority that existed before 1 April
            # only when the successor does not carry the name.
            return min(alive, key=lambda c: (c.valid_from or 0) == year)
        return None

    def surface_forms(self) -> dict[str, list[Council]]:
        """Every printed name (as in the data, not normalised) and its councils."""
        forms: dict[str, list[Council]] = {}
        for c in self.councils:
            for n in c.names:
                forms.setdefault(n, []).append(c)
        return forms


def _read(text: str) -> list[Council]:
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    councils = []
    for row in csv.DictReader(lines):
        councils.append(
            Council(
                dfe_code=row["dfe_la_code"],
                name=row["name"],
                council_name=row["council_name"],
                alt_names=tuple(filter(None, row["alt_names"].split("|"))),
                gss_code=row["gss_code"],
                former_gss_codes=_former_codes(row["former_gss_codes"]),
                region=row["region"],
                la_type=row["la_type"],
                valid_from=int(row["valid_from"]) if row["valid_from"] else None,
                valid_to=int(row["valid_to"]) if row["valid_to"] else None,
                wikidata=row["wikidata"] or None,
                source_note=row["source_note"],
                ofsted_urn=row["ofsted_urn"] or None,
            )
        )
    return councils


@cache
def load() -> Gazetteer:
    """The packaged gazetteer (read once per process)."""
    text = resources.files("graph").joinpath("data/councils.csv").read_text(encoding="utf-8")
    return Gazetteer(_read(text))
