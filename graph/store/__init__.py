"""Where triples live, behind one interface (``graph.store.base.Store``)."""

from __future__ import annotations

from pathlib import Path

from graph.store.base import QueryResult, QuerySyntaxError, Store, StoreError

DEFAULT_STORE = "./data/store"

__all__ = ["open_store", "QueryResult", "QuerySyntaxError", "Store", "StoreError", "DEFAULT_STORE"]


def open_store(spec: str = DEFAULT_STORE, *, read_only: bool = False) -> Store:
    """Open a store: 'memory' for a throwaway graph, else a folder for Oxigraph on disk."""
    from graph.store.oxigraph import OxigraphStore

    if spec == "memory":
        return OxigraphStore(None)
    if spec.startswith(("http://", "https://")):
        raise StoreError(f"{spec}: remote SPARQL stores are not supported yet")
    path = Path(spec)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{spec}: not a folder")
    if read_only and not path.exists():
        raise StoreError(f"{spec}: no store here (run `ofsted-kg build` first)")
    return OxigraphStore(path, read_only=read_only)
