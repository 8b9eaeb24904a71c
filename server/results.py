"""SPARQL results and RDF graphs written in the standard formats, from rdflib terms.

Rows arrive through the store interface as rdflib terms and are capped before they
are written, so the writers here work on a bounded list; Oxigraph's own serialiser
cannot write a capped result. The four result formats are the W3C ones (JSON, XML,
CSV, TSV; rdflib has no TSV writer); graphs go through rdflib's serialisers.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from graph.rdf.namespaces import PREFIXES

Row = dict[str, Identifier | None]
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_RDFLIB_FORMATS = {
    "turtle": "turtle",
    "ntriples": "nt",
    "rdfxml": "xml",
    "jsonld": "json-ld",
    "trig": "trig",
    "nquads": "nquads",
}
_CHUNK = 1 << 16


def _chunks(text: str) -> Iterator[bytes]:
    data = text.encode("utf-8")
    for i in range(0, len(data), _CHUNK):
        yield data[i : i + _CHUNK]


def _json_term(term: Identifier) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _xml_text(value: str) -> str:
    return escape(_XML_ILLEGAL.sub("\ufffd", value))


def _xml_term(term: Identifier) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{_xml_text(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{_xml_text(str(term))}</bnode>"
    assert isinstance(term, Literal)
    attrs = ""
    if term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype is not None and term.datatype != XSD.string:
        attrs = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attrs}>{_xml_text(str(term))}</literal>"


def _nt_string(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


def nt_term(term: Identifier) -> str:
    """A term in N-Triples syntax (used by TSV results)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    text = f'"{_nt_string(str(term))}"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{text}^^<{term.datatype}>"
    return text


def _csv_value(term: Identifier | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def write_select(fmt: str, variables: Sequence[str], rows: Iterable[Row]) -> Iterator[bytes]:
    """A SELECT result in ``fmt`` (json, xml, csv, tsv), in chunks."""
    if fmt == "json":
        bindings = [{k: _json_term(v) for k, v in row.items() if v is not None} for row in rows]
        doc = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
        yield from _chunks(json.dumps(doc, ensure_ascii=False))
    elif fmt == "xml":
        out = io.StringIO()
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write('<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>')
        for v in variables:
            out.write(f"<variable name={quoteattr(v)}/>")
        out.write("</head>\n<results>\n")
        for row in rows:
            out.write("<result>")
            for k, v in row.items():
                if v is not None:
                    out.write(f"<binding name={quoteattr(k)}>{_xml_term(v)}</binding>")
            out.write("</result>\n")
        out.write("</results>\n</sparql>\n")
        yield from _chunks(out.getvalue())
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow([_csv_value(row.get(v)) for v in variables])
        yield from _chunks(out.getvalue())
    elif fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        for row in rows:
            lines.append(
                "\t".join("" if row.get(v) is None else nt_term(row[v]) for v in variables)
            )  # type: ignore[arg-type]
        yield from _chunks("\n".join(lines) + "\n")
    else:
        raise ValueError(f"unknown result format {fmt!r}")


def write_ask(fmt: str, value: bool) -> Iterator[bytes]:
    """An ASK result in ``fmt``."""
    word = "true" if value else "false"
    if fmt == "json":
        yield json.dumps({"head": {}, "boolean": value}).encode()
    elif fmt == "xml":
        yield (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{word}</boolean></sparql>\n"
        ).encode()
    elif fmt == "csv":
        yield f"_askResult\r\n{word}\r\n".encode()
    elif fmt == "tsv":
        yield f"?_askResult\n{word}\n".encode()
    else:
        raise ValueError(f"unknown result format {fmt!r}")


def new_graph() -> Graph:
    """An rdflib graph with the project's prefixes bound, for readable Turtle."""
    g = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)
    return g


def write_graph(fmt: str, graph: Graph) -> Iterator[bytes]:
    """A graph in ``fmt`` (a key of graph.store.base.RDF_FORMATS), in chunks."""
    name = _RDFLIB_FORMATS[fmt]
    if name == "json-ld":
        data = graph.serialize(format=name, context=dict(PREFIXES), auto_compact=True)
    else:
        data = graph.serialize(format=name)
    yield from _chunks(data)
