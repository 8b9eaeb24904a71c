"""The ``ofsted-kg`` command line.

Every command reads and writes only through the store interface and the saved
queries. Errors are one line naming the culprit, on stderr, with a non-zero exit
status: 1 when something was skipped or failed a check, 2 for unusable input.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from graph import __version__
from graph.queries import ParameterError, SavedQuery, UnknownQuery
from graph.rdf.namespaces import IRIs
from graph.store import DEFAULT_STORE, QuerySyntaxError, Store, StoreError, open_store

EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld")
TABLE_WIDTH = 60


class CommandError(Exception):
    """A one-line error for the user; exit status 2."""


def _fail(message: str, status: int = 2) -> int:
    print(f"ofsted-kg: error: {message}", file=sys.stderr)
    return status


def _open(args: argparse.Namespace, *, write: bool = False) -> Store:
    return open_store(args.store, read_only=not write and args.store != "memory")


# ---------------------------------------------------------------- build / drop


def cmd_build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from graph.build import build

    folders = [Path(f) for f in args.corpus]
    with _open(args, write=True) as store:

        def progress(articles: list) -> Iterator:  # type: ignore[type-arg]
            return tqdm(articles, desc="building", unit="article", disable=args.quiet or None)

        result = build(store, folders, IRIs(args.base), progress=progress)
        for skipped in result.skipped:
            print(f"ofsted-kg: skipped {skipped}", file=sys.stderr)
        print(f"{result.summary()}; {len(store)} quads in {args.store}")
    return 0 if result.ok else 1


def cmd_drop(args: argparse.Namespace) -> int:
    from graph.build import drop
    from graph.ingest import slug

    with _open(args, write=True) as store:
        result = drop(store, [slug(Path(a).stem) for a in args.article], IRIs(args.base))
        for skipped in result.skipped:
            print(f"ofsted-kg: skipped {skipped}", file=sys.stderr)
        print(f"{len(result.removed)} removed; {len(store)} quads in {args.store}")
    return 0 if result.ok else 1


# ---------------------------------------------------------------- queries


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def write_rows(
    columns: Sequence[str], rows: list[dict[str, object]], fmt: str, out: io.TextIOBase
) -> None:
    """Rows of plain values as csv, tsv, json (a list of objects) or an aligned table."""
    if fmt in ("csv", "tsv"):
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(
                [
                    _cell(row.get(c)).replace("\t", " ") if fmt == "tsv" else _cell(row.get(c))
                    for c in columns
                ]
            )
    elif fmt == "json":
        json.dump(
            [{c: row.get(c) for c in columns} for row in rows],
            out,
            ensure_ascii=False,
            indent=2,
            default=str,
        )
        out.write("\n")
    else:
        cells = [[" ".join(_cell(row.get(c)).split()) for c in columns] for row in rows]
        cells = [
            [v if len(v) <= TABLE_WIDTH else v[: TABLE_WIDTH - 1] + "…" for v in r] for r in cells
        ]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        out.write(
            "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n"
        )
        out.write("  ".join("-" * w for w in widths) + "\n")
        for r in cells:
            out.write("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")
        out.write(f"({len(rows)} rows)\n")


def run_saved(
    store: Store, query: SavedQuery, values: dict[str, list[str]], iris: IRIs
) -> tuple[list[str], list[dict[str, object]]]:
    from graph.queries import run

    return run(store, query, values, iris)


def _params(pairs: list[str]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise CommandError(f"--param {pair!r}: expected name=value")
        values.setdefault(name.strip(), []).append(value)
    return values


def cmd_query(args: argparse.Namespace) -> int:
    from graph import queries

    if args.list or not args.name:
        for q in queries.load_all().values():
            params = ", ".join(
                f"{p.name}{'' if p.required else '?'}:{p.type}" for p in q.parameters
            )
            print(f"{q.name:<24} {q.title}" + (f"  [{params}]" if params else ""))
        return 0
    query = queries.get(args.name)
    with _open(args) as store:
        columns, rows = run_saved(store, query, _params(args.param), IRIs(args.base))
    write_rows(columns, rows, args.format, sys.stdout)
    return 0


def cmd_sparql(args: argparse.Namespace) -> int:
    text = args.query
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise CommandError(f"{text[1:]}: cannot read query ({e})") from None
    with _open(args) as store:
        result = store.query(text)
        if result.kind == "ask":
            print("true" if result.boolean else "false")
        elif result.kind == "select":
            rows = [{k: v for k, v in row.items()} for row in result.rows or ()]
            write_rows(result.variables, rows, args.format, sys.stdout)
        else:
            for chunk in result.serialize("turtle" if args.format == "table" else "ntriples"):
                sys.stdout.buffer.write(chunk)
    return 0


# ---------------------------------------------------------------- export / validate / evaluate


def cmd_export(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if args.output and args.output != "-":
            with open(args.output, "wb") as out:
                store.dump(out, args.format)
        else:
            store.dump(sys.stdout.buffer, args.format)
            sys.stdout.buffer.flush()
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from rdflib import Dataset

    from graph.validate import union_graph, validate

    with _open(args) as store:
        buffer = io.BytesIO()
        store.dump(buffer, "nquads")
    dataset = Dataset()
    dataset.parse(data=buffer.getvalue().decode("utf-8"), format="nquads")
    data = union_graph(dataset)
    if len(data) == 0:
        raise CommandError(f"{args.store}: the store is empty (run `ofsted-kg build` first)")
    result = validate(data)
    print(f"SHACL: {'conforms' if result.shacl_conforms else 'does not conform'}")
    if not result.shacl_conforms:
        print(result.shacl_report)
    if result.consistent:
        print("OWL reasoner: the ontology with the data is consistent")
    else:
        print(f"OWL reasoner: {result.reasoner_message}")
    return 0 if result.ok else 1


def cmd_evaluate(args: argparse.Namespace) -> int:
    from graph import evaluate, queries

    gold = evaluate.load_gold(Path(args.gold))
    iris = IRIs(args.base)
    facts: dict[str, dict[str, list[dict[str, str]]]] = {}
    with _open(args) as store:
        for kind in ("judgements", "quotations", "themes", "articles"):
            _, rows = run_saved(store, queries.get(kind), {}, iris)
            for file, file_rows in evaluate.rows_by_file(
                {k: _cell(v) for k, v in r.items()} for r in rows
            ).items():
                facts.setdefault(file, {})[kind] = file_rows
    result = evaluate.evaluate(gold, facts)
    if args.json:
        print(json.dumps(result.figures(), indent=2))
    else:
        print(evaluate.report(result))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from server.cli import serve

    return serve(args)


# ---------------------------------------------------------------- entry point


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ofsted-kg",
        description="A knowledge graph of what the news says about Ofsted inspections of "
        "English councils' children's services.",
    )
    p.add_argument("--version", action="version", version=f"ofsted-kg {__version__}")
    p.add_argument(
        "--store",
        default=DEFAULT_STORE,
        help=f"store folder (default {DEFAULT_STORE}), or 'memory' for a throwaway graph",
    )
    p.add_argument("--base", default=None, help="base IRI of minted resources (env OFSTED_KG_BASE)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="extract corpus folders into the store")
    b.add_argument("corpus", nargs="+", metavar="CORPUS_DIR")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=cmd_build)

    d = sub.add_parser("drop", help="remove articles (by file name) and exactly their claims")
    d.add_argument("article", nargs="+", metavar="ARTICLE")
    d.set_defaults(func=cmd_drop)

    q = sub.add_parser("query", help="run a saved query (queries/*.rq); --list shows them")
    q.add_argument("name", nargs="?", metavar="NAME")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE")
    q.add_argument("--format", choices=("csv", "json", "tsv", "table"), default="table")
    q.add_argument("--list", action="store_true", help="list the saved queries")
    q.set_defaults(func=cmd_query)

    s = sub.add_parser("sparql", help="run a SPARQL query (a string, or @file)")
    s.add_argument("query", metavar="QUERY")
    s.add_argument("--format", choices=("csv", "json", "tsv", "table"), default="table")
    s.set_defaults(func=cmd_sparql)

    e = sub.add_parser("export", help="write the whole dataset")
    e.add_argument("--format", choices=EXPORT_FORMATS, default="trig")
    e.add_argument("-o", "--output", metavar="FILE", help="file to write (default stdout)")
    e.set_defaults(func=cmd_export)

    v = sub.add_parser("validate", help="SHACL shapes and OWL consistency of the store")
    v.set_defaults(func=cmd_validate)

    ev = sub.add_parser("evaluate", help="score the graph against gold facts")
    ev.add_argument("gold", metavar="GOLD_DIR")
    ev.add_argument("--json", action="store_true", help="print only the figures, as JSON")
    ev.set_defaults(func=cmd_evaluate)

    sv = sub.add_parser("serve", help="serve the graph over HTTP (development server)")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=5000)
    sv.add_argument(
        "--admin-token", default=None, help="enables writes (env OFSTED_KG_ADMIN_TOKEN)"
    )
    sv.add_argument("--timeout", type=float, default=10.0, help="query time limit in seconds")
    sv.add_argument("--write-timeout", type=float, default=None, help="update time limit (60 s)")
    sv.add_argument("--workers", type=int, default=None, help="query worker processes (2)")
    sv.add_argument("--max-rows", type=int, default=None, help="rows per /sparql result (10000)")
    sv.add_argument("--max-body", type=int, default=None, help="request body limit in bytes")
    sv.set_defaults(func=cmd_serve)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (CommandError, StoreError, ParameterError, QuerySyntaxError) as e:
        return _fail(str(e))
    except UnknownQuery as e:
        return _fail(str(e))
    except KeyboardInterrupt:
        return _fail("interrupted; the store is as it was before this command", 130)
    except BrokenPipeError:
        return 0
    except Exception as e:  # noqa: BLE001 - last resort: one line, not a stack trace
        from graph.evaluate import GoldError

        if isinstance(e, GoldError):
            return _fail(str(e))
        return _fail(f"{type(e).__name__}: {e}", 1)


if __name__ == "__main__":
    sys.exit(main())
