"""ofsted-kg: a knowledge graph of what the news says about Ofsted inspections of
English councils' children's services. Data flows ingest -> extract -> rdf -> store."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ofsted-kg")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"
