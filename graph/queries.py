"""Saved, parameterised SPARQL queries (queries/*.rq) and their typed parameters.

Each file starts with a header in ``#+`` comment lines holding YAML, in the spirit of
grlc: a title, a description and the parameters with their type, whether they are
required, may repeat, a default and an example. The CLI and the server both read
queries only through this module.

A parameter is bound to a projected variable of the query (by default the variable
with the parameter's name) as a typed RDF term through the store's substitutions:
the query text never changes. The queries compute those variables with
``BIND(... AS ?var)`` or match them in required patterns, so binding one restricts
the rows to those with that value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

import yaml
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from graph import gazetteer
from graph.extract.records import AREAS, GRADES, POLARITIES, THEMES
from graph.rdf.namespaces import IRIs
from graph.store.base import Store


class ParameterError(ValueError):
    """A parameter value that cannot be used; the message names the parameter."""


class UnknownQuery(KeyError):
    def __str__(self) -> str:
        return f"no saved query named {self.args[0]!r} (see `ofsted-kg query --list`)"


TYPES = (
    "string",
    "integer",
    "year",
    "date",
    "council",
    "grade",
    "area",
    "theme",
    "polarity",
    "person",
    "iri",
)
_VOCAB = {"grade": GRADES, "area": AREAS, "theme": THEMES, "polarity": POLARITIES}


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str = "string"
    description: str = ""
    required: bool = False
    multiple: bool = False
    default: str | None = None
    example: str | None = None
    var: str = ""  # the projected variable it binds; defaults to the name

    def convert(self, value: str, iris: IRIs) -> Identifier:
        """The typed RDF term for a value given as text; ParameterError if invalid."""
        value = value.strip()
        if not value:
            raise ParameterError(f"parameter {self.name!r}: empty value")
        if self.type == "string":
            return Literal(value)
        if self.type in ("integer", "year"):
            if not re.fullmatch(r"-?\d+", value):
                raise ParameterError(f"parameter {self.name!r}: {value!r} is not a whole number")
            return Literal(str(int(value))) if self.type == "year" else Literal(int(value))
        if self.type == "date":
            try:
                return Literal(date.fromisoformat(value).isoformat(), datatype=XSD.date)
            except ValueError:
                raise ParameterError(
                    f"parameter {self.name!r}: {value!r} is not a date (YYYY-MM-DD)"
                ) from None
        if self.type == "council":
            council = gazetteer.load().by_code.get(value) or gazetteer.load().resolve(value)
            if council is None:
                raise ParameterError(f"parameter {self.name!r}: no council named {value!r}")
            return Literal(council.name)
        if self.type in _VOCAB:
            allowed = _VOCAB[self.type]
            key = value.lower().replace(" ", "-")
            if key not in allowed:
                raise ParameterError(
                    f"parameter {self.name!r}: {value!r} is not one of {', '.join(allowed)}"
                )
            return Literal(key)
        if self.type == "person":
            return iris.person(value)
        if self.type == "iri":
            if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*", value):
                raise ParameterError(f"parameter {self.name!r}: {value!r} is not an IRI")
            return URIRef(value)
        raise ParameterError(f"parameter {self.name!r}: unknown type {self.type!r}")


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    sparql: str
    parameters: tuple[Parameter, ...] = field(default_factory=tuple)
    columns: tuple[str, ...] = ()

    def parameter(self, name: str) -> Parameter:
        for p in self.parameters:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.parameters) or "none"
        raise ParameterError(f"query {self.name!r} has no parameter {name!r} (it has: {known})")

    def bind(
        self, values: Mapping[str, Iterable[str]], iris: IRIs | None = None
    ) -> list[dict[str, Identifier]]:
        """Every set of bindings to run: one per combination of repeated values.

        Unknown, missing required, invalid and wrongly repeated parameters raise
        ParameterError naming the parameter.
        """
        iris = iris or IRIs()
        given = {name: [v for v in vals] for name, vals in values.items()}
        for name in given:
            self.parameter(name)
        sets: list[dict[str, Identifier]] = [{}]
        for p in self.parameters:
            raw = [v for v in given.get(p.name, []) if v.strip()]
            if not raw and p.default is not None:
                raw = [p.default]
            if not raw:
                if p.required:
                    raise ParameterError(f"parameter {p.name!r} is required (e.g. {p.example})")
                continue
            if len(raw) > 1 and not p.multiple:
                raise ParameterError(f"parameter {p.name!r} takes one value, got {len(raw)}")
            terms = [p.convert(v, iris) for v in dict.fromkeys(raw)]
            sets = [{**s, p.var: t} for s in sets for t in terms]
        return sets


_HEADER = re.compile(r"^#\+ ?(.*)$")
_SELECT = re.compile(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\s*(?:WHERE|FROM)\b", re.S | re.I)


def parse(name: str, text: str) -> SavedQuery:
    """A saved query from its file text; ValueError naming the file if the header is bad."""
    header_lines = []
    for line in text.splitlines():
        m = _HEADER.match(line)
        if not m:
            break
        header_lines.append(m.group(1))
    try:
        header = yaml.safe_load("\n".join(header_lines)) or {}
    except yaml.YAMLError as e:
        raise ValueError(f"queries/{name}.rq: bad header: {e}") from None
    if not isinstance(header, dict) or "title" not in header:
        raise ValueError(f"queries/{name}.rq: header needs at least a title")
    params = []
    for pname, spec in (header.get("params") or {}).items():
        spec = spec or {}
        ptype = spec.get("type", "string")
        if ptype not in TYPES:
            raise ValueError(f"queries/{name}.rq: parameter {pname!r} has unknown type {ptype!r}")
        params.append(
            Parameter(
                name=pname,
                type=ptype,
                description=str(spec.get("description", "")),
                required=bool(spec.get("required", False)),
                multiple=bool(spec.get("multiple", False)),
                default=None if spec.get("default") is None else str(spec["default"]),
                example=None if spec.get("example") is None else str(spec["example"]),
                var=str(spec.get("var", pname)),
            )
        )
    m = _SELECT.search(text)
    projection = (
        re.sub(r"\(.*?\bAS\s+(\?\w+)\s*\)", r"\1", m.group(1), flags=re.S | re.I) if m else ""
    )
    columns = tuple(re.findall(r"\?(\w+)", projection))
    for p in params:
        if columns and p.var not in columns:
            raise ValueError(
                f"queries/{name}.rq: parameter {p.name!r} binds ?{p.var}, which is not projected"
            )
    return SavedQuery(
        name=name,
        title=str(header["title"]),
        description=str(header.get("description", "")).strip(),
        sparql=text,
        parameters=tuple(params),
        columns=columns,
    )


@cache
def load_all() -> dict[str, SavedQuery]:
    """All saved queries by name, in name order."""
    folder = resources.files("queries")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = parse(name, entry.read_text(encoding="utf-8"))
    return found


def plain(term: Identifier | None) -> object:
    """A result term as a plain value: integers as int, everything else as text."""
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype in _INTEGER_TYPES:
        return int(term)
    return str(term)


_INTEGER_TYPES = {XSD.integer, XSD.nonNegativeInteger, XSD.int, XSD.long, XSD.positiveInteger}


def run(
    store: Store, query: SavedQuery, values: Mapping[str, Iterable[str]], iris: IRIs | None = None
) -> tuple[list[str], list[dict[str, object]]]:
    """Columns and rows (plain values) of a saved query with its parameters bound.

    A parameter given several values runs the query once per value; the rows are
    concatenated without repeats, in the order of the values.
    """
    columns: list[str] = list(query.columns)
    rows: list[dict[str, object]] = []
    seen: set[tuple[object, ...]] = set()
    for bindings in query.bind(values, iris):
        result = store.query(query.sparql, bindings)
        columns = result.variables or columns
        for row in result.rows or ():
            values_row = {k: plain(v) for k, v in row.items()}
            key = tuple(values_row.get(c) for c in columns)
            if key not in seen:
                seen.add(key)
                rows.append(values_row)
    return columns, rows


def get(name: str) -> SavedQuery:
    try:
        return load_all()[name]
    except KeyError:
        raise UnknownQuery(name) from None
