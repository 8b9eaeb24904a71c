"""The councils: codes kept from the vetted list, names resolved by the year meant."""

from __future__ import annotations

from rdflib import Literal, URIRef

from graph import gazetteer
from graph.rdf.namespaces import OKG, IRIs
from graph.rdf.shared import councils_graph

GAZ = gazetteer.load()


def test_every_row_is_kept_with_its_codes_and_sources() -> None:
    assert len(GAZ.councils) == 160
    leicester = GAZ.by_code["856"]
    assert (leicester.name, leicester.gss_code, leicester.wikidata) == (
        "Leicester",
        "E06000016",
        "Q21683242",
    )
    assert "DFE-QA" in leicester.source_note
    northumberland = GAZ.resolve("Northumberland County Council")
    assert [f.code for f in northumberland.former_gss_codes] == ["E10000022", "E06000048"]


def test_a_name_resolves_to_the_authority_of_its_year() -> None:
    assert GAZ.resolve("Northamptonshire County Council", 2019).dfe_code == "928"
    assert GAZ.resolve("Northamptonshire", 2024) is None  # abolished in 2021
    assert GAZ.resolve("North Northamptonshire", 2024).dfe_code == "940"
    assert GAZ.resolve("Dorset", 2015).dfe_code == "835"
    assert GAZ.resolve("Dorset Council", 2023).dfe_code == "838"
    assert GAZ.resolve("Cumbria", 2018).dfe_code == "909"
    assert (
        GAZ.resolve("Telford & Wrekin Council").dfe_code
        == GAZ.resolve("Telford and Wrekin").dfe_code
    )
    assert GAZ.resolve("Atlantis") is None


def test_a_council_covers_its_area_and_is_not_it() -> None:
    iris = IRIs("https://example.org/kg/")
    g = councils_graph(GAZ, iris)
    leicester = iris.council("856")
    areas = set(g.objects(leicester, OKG.coversArea))
    assert areas == {
        URIRef("http://statistics.data.gov.uk/id/statistical-geography/E06000016"),
        URIRef("http://www.wikidata.org/entity/Q21683242"),
    }
    assert (leicester, OKG.dfeCode, Literal("856")) in g
    assert not list(g.triples((leicester, URIRef("http://www.w3.org/2002/07/owl#sameAs"), None)))
