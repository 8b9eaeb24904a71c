"""The OpenAPI 3.0 description of the saved-query API: one operation per saved query,
its parameters typed from the query's header, so API tools can call them."""

from __future__ import annotations

from typing import Any

from graph import __version__
from graph.extract.records import AREAS, GRADES, POLARITIES, THEMES
from graph.queries import Parameter, SavedQuery

PAGING = ("limit", "offset", "format")
TABLE_FORMATS = ("json", "csv", "tsv", "html")
_ENUMS = {"grade": GRADES, "area": AREAS, "theme": THEMES, "polarity": POLARITIES}


def _schema(p: Parameter) -> dict[str, Any]:
    if p.type == "integer":
        schema: dict[str, Any] = {"type": "integer"}
    elif p.type == "year":
        schema = {"type": "string", "pattern": r"^-?\d+$"}
    elif p.type == "date":
        schema = {"type": "string", "format": "date"}
    elif p.type == "iri":
        schema = {"type": "string", "format": "uri"}
    elif p.type in _ENUMS:
        schema = {"type": "string", "enum": list(_ENUMS[p.type])}
    else:
        schema = {"type": "string"}
    if p.default is not None:
        schema["default"] = int(p.default) if p.type == "integer" else p.default
    return schema


def _parameter(p: Parameter) -> dict[str, Any]:
    schema = _schema(p)
    description = p.description or p.name
    if p.type == "council":
        description += " (a council's name or its DfE local-authority number)"
    elif p.type == "person":
        description += " (matched without case, accents or punctuation)"
    out: dict[str, Any] = {
        "name": p.name,
        "in": "query",
        "required": p.required,
        "description": description,
    }
    if p.multiple:
        out["schema"] = {"type": "array", "items": schema}
        out["style"] = "form"
        out["explode"] = True
        if p.example is not None:
            out["example"] = [p.example]
    else:
        out["schema"] = schema
        if p.example is not None:
            out["example"] = p.example
    return out


_PAGING_PARAMETERS: list[dict[str, Any]] = [
    {
        "name": "limit",
        "in": "query",
        "required": False,
        "description": "Rows per page (JSON and HTML default to a page; CSV and TSV to all rows)",
        "schema": {"type": "integer", "minimum": 0},
    },
    {
        "name": "offset",
        "in": "query",
        "required": False,
        "description": "Rows to skip",
        "schema": {"type": "integer", "minimum": 0, "default": 0},
    },
    {
        "name": "format",
        "in": "query",
        "required": False,
        "description": "Result format, instead of the Accept header",
        "schema": {"type": "string", "enum": list(TABLE_FORMATS)},
    },
]


def _rows_schema(query: SavedQuery) -> dict[str, Any]:
    row = {"type": "object", "properties": {c: {} for c in query.columns}}
    return {
        "type": "object",
        "properties": {
            "query": {"type": "string"},
            "title": {"type": "string"},
            "columns": {"type": "array", "items": {"type": "string"}},
            "rows": {"type": "array", "items": row},
            "total": {"type": "integer"},
            "offset": {"type": "integer"},
            "limit": {"type": "integer", "nullable": True},
            "next": {"type": "string", "nullable": True},
            "prev": {"type": "string", "nullable": True},
            "sparql": {"type": "string"},
        },
    }


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"text/plain": {"schema": {"type": "string"}}}}


def _operation(query: SavedQuery) -> dict[str, Any]:
    return {
        "operationId": query.name.replace("-", "_"),
        "summary": query.title,
        "description": f"{query.description}\n\nSPARQL: /queries/{query.name}.rq",
        "tags": ["saved queries"],
        "parameters": [_parameter(p) for p in query.parameters] + _PAGING_PARAMETERS,
        "responses": {
            "200": {
                "description": "A page of rows (JSON, HTML) or all rows (CSV, TSV). Link "
                "headers point to the next and previous pages; ETag identifies the data "
                "release and the request.",
                "headers": {
                    "ETag": {"schema": {"type": "string"}},
                    "Link": {"schema": {"type": "string"}},
                    "X-Total-Count": {"schema": {"type": "integer"}},
                },
                "content": {
                    "application/json": {"schema": _rows_schema(query)},
                    "text/csv": {"schema": {"type": "string"}},
                    "text/tab-separated-values": {"schema": {"type": "string"}},
                    "text/html": {"schema": {"type": "string"}},
                },
            },
            "304": {"description": "Not modified since the ETag given in If-None-Match"},
            "400": _error("A parameter value is invalid; the message names the parameter"),
            "503": _error("The query was stopped at the time limit, or the server is busy"),
        },
    }


def document(queries: dict[str, SavedQuery], server_url: str) -> dict[str, Any]:
    """The OpenAPI document for the saved queries served at ``server_url``."""
    paths: dict[str, Any] = {
        "/queries": {
            "get": {
                "operationId": "list_queries",
                "summary": "The saved queries, with their parameters",
                "tags": ["saved queries"],
                "responses": {
                    "200": {
                        "description": "The list",
                        "content": {
                            "application/json": {"schema": {"type": "object"}},
                            "text/html": {"schema": {"type": "string"}},
                        },
                    }
                },
            }
        },
        "/sparql": {
            "get": {
                "operationId": "sparql_query",
                "summary": "Run a SPARQL 1.1 query (SPARQL 1.1 Protocol)",
                "tags": ["sparql"],
                "parameters": [
                    {
                        "name": "query",
                        "in": "query",
                        "required": False,
                        "description": "A SPARQL query; without it, the service description",
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "SPARQL results or an RDF graph, by Accept",
                        "content": {
                            "application/sparql-results+json": {"schema": {"type": "object"}},
                            "application/sparql-results+xml": {"schema": {"type": "string"}},
                            "text/csv": {"schema": {"type": "string"}},
                            "text/turtle": {"schema": {"type": "string"}},
                        },
                    },
                    "400": _error("The query is malformed; the message says where"),
                    "503": _error("The query was stopped at the time limit"),
                },
            }
        },
    }
    for query in queries.values():
        paths[f"/queries/{query.name}"] = {"get": _operation(query)}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "ofsted-kg saved queries",
            "version": __version__,
            "description": "Researchers' saved SPARQL queries over a knowledge graph of what "
            "the news says about Ofsted inspections of English councils' children's services. "
            "Parameters are bound as typed RDF terms; no value can change a query's text.",
        },
        "servers": [{"url": server_url.rstrip("/") or "/"}],
        "tags": [
            {"name": "saved queries", "description": "Parameterised queries (queries/*.rq)"},
            {"name": "sparql", "description": "The SPARQL 1.1 endpoint"},
        ],
        "paths": paths,
    }
