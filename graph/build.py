"""Build: corpus folders in, article graphs into the store, atomically and incrementally.

Every article is read once (ingest), extracted, and mapped to its named graph. All
new and changed graphs, the shared graphs and the refreshed entities graph are then
written in ONE store transaction: an interrupted or failed build leaves the previous
store exactly as it was. An article whose text and software version are unchanged is
not rebuilt, so rebuilding the same corpus changes nothing and adding one article
adds only its graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rdflib import Graph, URIRef

from graph import __version__, gazetteer
from graph.extract import extract
from graph.ingest import Article, Skipped, read_corpus
from graph.rdf import shared
from graph.rdf.mapping import article_graph
from graph.rdf.namespaces import OKG, IRIs
from graph.store.base import Store


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.skipped

    def summary(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.removed)} removed, "
            f"{len(self.skipped)} skipped"
        )


def built_articles(store: Store, iris: IRIs) -> dict[str, tuple[str, str]]:
    """Article id -> (input sha256, software IRI) of every article graph in the store."""
    result = store.query(
        f"""PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX okg: <{OKG}>
        SELECT ?g ?sha ?software WHERE {{
          GRAPH ?g {{ ?g prov:wasGeneratedBy ?b . ?b okg:inputSha256 ?sha ;
                       prov:wasAssociatedWith ?software }}
        }}"""
    )
    prefix = iris.article_graph_prefix
    found = {}
    for row in result.rows or ():
        name = str(row["g"])
        if name.startswith(prefix):
            found[name[len(prefix) :]] = (str(row["sha"]), str(row["software"]))
    return found


def shared_graphs(iris: IRIs) -> dict[URIRef, Graph]:
    return {
        iris.shared_graph("ontology"): shared.ontology_graph(iris),
        iris.shared_graph("vocabularies"): shared.vocabularies_graph(iris),
        iris.shared_graph("councils"): shared.councils_graph(gazetteer.load(), iris),
    }


def build(
    store: Store,
    folders: Iterable[Path],
    iris: IRIs | None = None,
    *,
    progress: Callable[[Iterable[Article]], Iterable[Article]] = lambda xs: xs,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> BuildReport:
    """Build the folders' articles into the store; see the module docstring."""
    iris = iris or IRIs()
    report = BuildReport()
    articles, report.skipped = read_corpus(folders)
    existing = built_articles(store, iris)
    software = str(iris.software(__version__))
    gaz = gazetteer.load()
    graphs: dict[URIRef, Graph] = {}
    for article in progress(articles):
        if existing.get(article.article_id) == (article.sha256, software):
            report.unchanged.append(article.file_name)
            continue
        started = now()
        try:
            facts = extract(article, gaz)
        except Exception as e:  # noqa: BLE001 - one bad article must not stop the build
            report.skipped.append(
                Skipped(article.path, f"extraction failed: {type(e).__name__}: {e}")
            )
            continue
        graphs[iris.article_graph(article.article_id)] = article_graph(
            article, facts, iris, version=__version__, started=started, ended=now()
        )
        (report.updated if article.article_id in existing else report.added).append(
            article.file_name
        )
    if graphs or not existing:
        graphs.update(shared_graphs(iris))
        store.replace_graphs(graphs, then=shared.entities_update(iris))
    return report


def drop(store: Store, article_ids: Iterable[str], iris: IRIs | None = None) -> BuildReport:
    """Remove articles' graphs, and with them exactly their claims."""
    iris = iris or IRIs()
    existing = built_articles(store, iris)
    report = BuildReport()
    names = []
    for aid in article_ids:
        if aid not in existing:
            report.skipped.append(Skipped(Path(aid), "no such article in the store"))
            continue
        names.append(iris.article_graph(aid))
        report.removed.append(aid)
    if names:
        store.replace_graphs({}, drop=names, then=shared.entities_update(iris))
    return report
