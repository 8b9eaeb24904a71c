"""Saved queries: headers, typed parameters and their errors."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from graph import queries
from graph.queries import ParameterError, parse

REQUIRED = {
    "judgements": ("article", "council", "council_code", "inspection_year", "area", "grade"),
    "quotations": (
        "article", "speaker", "role", "organisation", "about_council", "about_year", "text",
        "start", "end",
    ),
    "themes": ("article", "council", "inspection_year", "theme", "polarity"),
    "articles": ("article", "title", "publisher", "author", "date"),
}  # fmt: skip
RESEARCH = ("who-said-what", "council-timeline", "speaker", "theme-across-councils", "conflicts")


def test_required_queries_have_exactly_their_columns() -> None:
    saved = queries.load_all()
    for name, columns in REQUIRED.items():
        assert saved[name].columns == columns
    for name in RESEARCH:
        assert name in saved
        assert "article" in saved[name].columns or "articles" in saved[name].columns


def test_every_query_has_a_title_description_and_example_for_each_parameter() -> None:
    for q in queries.load_all().values():
        assert q.title and q.description
        for p in q.parameters:
            assert p.example, f"{q.name}: parameter {p.name} has no example"
            assert p.var in q.columns


def test_parameters_become_typed_terms() -> None:
    q = queries.get("who-said-what")
    (bindings,) = q.bind({"council": ["Leicester City Council"], "year": ["2017"]})
    assert bindings == {"council": Literal("Leicester"), "inspection_year": Literal("2017")}
    (by_code,) = q.bind({"council": ["856"]})
    assert by_code["council"] == Literal("Leicester")
    (person,) = queries.get("speaker").bind({"name": ["Jane  O'Brien-Smith"]})
    assert isinstance(person["person"], URIRef)
    assert str(person["person"]).endswith("/id/person/jane-o-brien-smith")


def test_bad_parameters_name_the_parameter() -> None:
    q = queries.get("who-said-what")
    with pytest.raises(ParameterError, match="'council' is required"):
        q.bind({})
    with pytest.raises(ParameterError, match="'council': no council named 'Atlantis'"):
        q.bind({"council": ["Atlantis"]})
    with pytest.raises(ParameterError, match="'year': 'last year' is not a whole number"):
        q.bind({"council": ["Leicester"], "year": ["last year"]})
    with pytest.raises(ParameterError, match="has no parameter 'colour'"):
        q.bind({"council": ["Leicester"], "colour": ["red"]})
    with pytest.raises(ParameterError, match="'council' takes one value, got 2"):
        q.bind({"council": ["Leicester", "Walsall"]})
    with pytest.raises(ParameterError, match="'theme': 'morale' is not one of"):
        queries.get("theme-across-councils").bind({"theme": ["morale"]})


def test_repeatable_parameter_gives_one_binding_set_per_value() -> None:
    q = parse(
        "t",
        "#+ title: T\n#+ params:\n#+   grade: {type: grade, multiple: true, example: good}\n"
        "SELECT ?grade WHERE { ?x ?y ?grade }\n",
    )
    sets = q.bind({"grade": ["good", "Requires improvement"]})
    assert sets == [{"grade": Literal("good")}, {"grade": Literal("requires-improvement")}]


def test_bad_headers_are_refused_naming_the_file() -> None:
    with pytest.raises(ValueError, match=r"queries/x.rq: header needs at least a title"):
        parse("x", "SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(ValueError, match="binds \\?nope, which is not projected"):
        parse("x", "#+ title: X\n#+ params:\n#+   nope: {example: 1}\nSELECT ?s WHERE { ?s ?p ?o }")
    with pytest.raises(ValueError, match="unknown type 'colour'"):
        parse("x", "#+ title: X\n#+ params:\n#+   s: {type: colour}\nSELECT ?s WHERE { ?s ?p ?o }")


def test_repeated_values_give_the_rows_of_each(seeds_store) -> None:  # type: ignore[no-untyped-def]
    from graph.store import open_store

    with open_store(str(seeds_store), read_only=True) as store:
        q = queries.get("judgements")
        _, both = queries.run(store, q, {"council": ["Leicester", "Walsall"]})
        _, walsall = queries.run(store, q, {"council": ["Walsall"]})
    councils = [row["council"] for row in both]
    assert set(councils) == {"Leicester", "Walsall"}
    assert [r for r in both if r["council"] == "Walsall"] == walsall
