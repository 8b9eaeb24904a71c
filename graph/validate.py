"""Check a graph against the SHACL shapes and, with the ontology, for OWL consistency.

Two complementary checks:

- SHACL (pySHACL) checks the shape of the instance data: cardinalities, datatypes,
  patterns (sha256, DfE and GSS codes), the classes of linked resources, and that every
  span's exact text is the article text between its offsets.
- OWL (owlready2's HermiT reasoner) checks that the data with the ontology is
  consistent: nothing is in two disjoint classes (a person who is also a council), and
  no functional property has two values known to differ (a judgement with two grades).

The reasoner is fed only what bears on consistency: the ontology's axioms (without
annotations), class assertions, object-property assertions, owl:sameAs/differentFrom/
AllDifferent, and the values of functional datatype properties of datatypes in the
OWL 2 datatype map. Dates (xsd:gYear, xsd:gYearMonth, xsd:gMonth, xsd:date) are not in
that map and HermiT rejects them; labels and other annotations only slow it down;
SHACL already checks every literal's datatype and count. Axioms found in the data
(the store keeps a copy of the ontology) are not used: the data is checked against this
project's ontology, which the data cannot redefine.
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rdflib import BNode, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.term import Node

import ontology
from graph.rdf.namespaces import PREFIXES

# Literal datatypes HermiT understands (OWL 2 datatype map); None is a plain string.
_OWL2_DATATYPES = {
    None,
    XSD.string,
    XSD.boolean,
    XSD.integer,
    XSD.nonNegativeInteger,
    XSD.decimal,
    XSD.dateTime,
    XSD.anyURI,
}
_NOT_XML_CHAR = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SCHEMA_NAMESPACES = (str(OWL), str(RDF), str(RDFS), str(XSD))
MAX_VIOLATIONS = 50  # lines of the SHACL report; the count is always given


@dataclass
class ValidationReport:
    shacl_conforms: bool
    shacl_report: str  # one line per violation: focus node, path, message
    consistent: bool
    reasoner_message: str

    @property
    def ok(self) -> bool:
        return self.shacl_conforms and self.consistent


def validate(data: Graph) -> ValidationReport:
    """SHACL and OWL consistency of ``data``: the union of all graphs of a store, as one
    Graph (a Dataset or ConjunctiveGraph is flattened to the union of its graphs)."""
    data = union_graph(data)
    tbox = ontology.ontology_graph()
    conforms, report = check_shacl(data, tbox)
    consistent, message = check_consistency(data, tbox)
    return ValidationReport(conforms, report, consistent, message)


def union_graph(data: Graph) -> Graph:
    """One graph with every triple of every named graph of ``data``."""
    if not isinstance(data, ConjunctiveGraph):
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


# ---------------------------------------------------------------- SHACL


def check_shacl(data: Graph, tbox: Graph | None = None) -> tuple[bool, str]:
    """pySHACL with the ontology mixed in, so sh:class sees subclasses (no inference:
    the mapping asserts every instance's own class, and RDFS inference over article
    texts would be slow for nothing)."""
    from pyshacl import validate as shacl_validate

    tbox = tbox if tbox is not None else ontology.ontology_graph()
    combined = Graph()
    for triple in _chain(data, tbox):
        combined.add(triple)
    conforms, results, _ = shacl_validate(
        combined,
        shacl_graph=ontology.shapes_graph(),
        inference="none",
        inplace=True,
        allow_warnings=True,
    )
    if conforms:
        return True, "conforms"
    return False, _summarise(results)


def _chain(*graphs: Graph) -> Iterator[tuple[Node, Node, Node]]:
    for g in graphs:
        yield from g


def _summarise(results: Graph) -> str:
    lines = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        line = f"{_short(focus)}: {_short(path) if path else '-'}: {message}"
        if value is not None and not (isinstance(value, Literal) and len(value) > 60):
            line += f" (value: {_short(value)})"
        lines.append(line)
    lines.sort()
    shown = lines[:MAX_VIOLATIONS]
    if len(lines) > len(shown):
        shown.append(f"... and {len(lines) - len(shown)} more")
    return f"{len(lines)} violation(s):\n" + "\n".join(shown)


def _short(term: Node | None) -> str:
    """Ontology terms as okg:Person, instances as full IRIs."""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            local = str(term)[len(namespace) :]
            if str(term).startswith(namespace) and local and "/" not in local:
                return f"{prefix}:{local}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return "[blank node]"
    return repr(str(term)) if term is not None else "-"


# ---------------------------------------------------------------- OWL consistency


def check_consistency(data: Graph, tbox: Graph | None = None) -> tuple[bool, str]:
    """Run HermiT (through owlready2) on the ontology with the data; see module doc."""
    import owlready2

    if shutil.which(owlready2.JAVA_EXE) is None:
        return False, (
            f"cannot run the OWL reasoner: '{owlready2.JAVA_EXE}' (Java) is not on the PATH; "
            "install a Java runtime, e.g. Debian's default-jre-headless"
        )
    tbox = tbox if tbox is not None else ontology.ontology_graph()
    feed = reasoner_input(data, tbox)
    nt = feed.serialize(format="nt", encoding="utf-8")
    world = owlready2.World()
    try:
        world.get_ontology("https://w3id.org/ofsted-kg/reasoner-input").load(
            fileobj=io.BytesIO(nt), format="ntriples"
        )
        _run_hermit(world)
    except owlready2.OwlReadyInconsistentOntologyError:
        return False, "inconsistent: " + explain_inconsistency(feed)
    except owlready2.OwlReadyJavaError as e:
        first = next((ln for ln in str(e).splitlines()[1:] if ln.strip()), str(e))
        return False, f"the OWL reasoner failed: {first.strip()}"
    finally:
        world.close()
    return True, f"consistent ({len(feed)} axioms and assertions checked by HermiT)"


def _run_hermit(world: object) -> None:
    """owlready2 writes HermiT's input to a temporary file that it leaves behind when the
    ontology is inconsistent; a private temporary directory makes sure it goes."""
    import owlready2

    previous = tempfile.tempdir
    with tempfile.TemporaryDirectory(prefix="ofsted-kg-hermit-") as private:
        tempfile.tempdir = private
        try:
            owlready2.sync_reasoner_hermit(
                world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
            )
        finally:
            tempfile.tempdir = previous


def reasoner_input(data: Graph, tbox: Graph) -> Graph:
    """The ontology's logical axioms plus the data's assertions that bear on consistency."""
    feed = Graph()
    annotation = set(tbox.subjects(RDF.type, OWL.AnnotationProperty)) | {
        RDFS.label,
        RDFS.comment,
        RDFS.seeAlso,
        RDFS.isDefinedBy,
        OWL.versionInfo,
    }
    for s, p, o in tbox:
        if p in annotation or isinstance(o, Literal):
            continue
        feed.add((s, p, o))
    object_props = set(tbox.subjects(RDF.type, OWL.ObjectProperty))
    data_props = set(tbox.subjects(RDF.type, OWL.DatatypeProperty))
    functional_data = data_props & set(tbox.subjects(RDF.type, OWL.FunctionalProperty))
    terms = set(tbox.subjects())
    for s, p, o in data:
        if s in terms or isinstance(s, BNode):
            continue  # the ontology itself (also stored in the data), or structure copied below
        if p == RDF.type:
            if isinstance(o, URIRef) and not str(o).startswith(_SCHEMA_NAMESPACES):
                feed.add((s, p, o))
        elif p in object_props or p in (OWL.sameAs, OWL.differentFrom):
            if not isinstance(o, Literal):
                feed.add((s, p, o))
        elif p in functional_data and _reasonable(o):
            feed.add((s, p, o))
    for node in data.subjects(RDF.type, OWL.AllDifferent):
        _copy_all_different(data, node, feed)
    return feed


def _reasonable(o: Node) -> bool:
    """A literal HermiT can compare: an OWL 2 datatype, and only characters XML allows
    (HermiT rejects a string with a control character as malformed)."""
    return (
        isinstance(o, Literal)
        and o.datatype in _OWL2_DATATYPES
        and not _NOT_XML_CHAR.search(str(o))
    )


def _copy_all_different(data: Graph, node: Node, feed: Graph) -> None:
    for p in (OWL.distinctMembers, OWL.members):
        head = data.value(node, p)
        if head is None:
            continue
        members = [m for m in Collection(data, head) if isinstance(m, URIRef)]
        copy = BNode()
        feed.add((copy, RDF.type, OWL.AllDifferent))
        new_head = BNode()
        Collection(feed, new_head, members)
        feed.add((copy, OWL.distinctMembers, new_head))


# ---------------------------------------------------------------- explanation


def explain_inconsistency(feed: Graph) -> str:
    """Name a likely culprit: HermiT only says "inconsistent", which helps no one.

    A cheap look for the two usual causes: an individual in two disjoint classes, and
    a functional property with two values that are known to differ.
    """
    supers = _superclasses(feed)
    types: dict[Node, set[Node]] = defaultdict(set)
    for s, o in feed.subject_objects(RDF.type):
        if isinstance(o, URIRef) and not str(o).startswith(_SCHEMA_NAMESPACES):
            types[s] |= supers(o)
    for p, dom in feed.subject_objects(RDFS.domain):
        for s, _ in feed.subject_objects(p):
            types[s] |= supers(dom)
    for p, rng in feed.subject_objects(RDFS.range):
        for _, o in feed.subject_objects(p):
            if not isinstance(o, Literal):
                types[o] |= supers(rng)
    disjoint = _disjoint_pairs(feed)
    for individual, classes in sorted(types.items(), key=lambda kv: str(kv[0])):
        for a, b in sorted(disjoint, key=str):
            if a in classes and b in classes:
                return f"{_name(individual)} is both {_name(a)} and {_name(b)}, which are disjoint"
    differ = _differ(feed, types, disjoint)
    for p in sorted(feed.subjects(RDF.type, OWL.FunctionalProperty), key=str):
        values: dict[Node, set[Node]] = defaultdict(set)
        for s, o in feed.subject_objects(p):
            values[s].add(o)
        for s, vs in sorted(values.items(), key=lambda kv: str(kv[0])):
            for x in sorted(vs, key=str):
                for y in sorted(vs, key=str):
                    if x != y and (isinstance(x, Literal) or differ(x, y)):
                        return (
                            f"{_name(s)} has two different values of functional property"
                            f" {_name(p)}: {_name(x)} and {_name(y)}"
                        )
    return "the ontology with the data has no model (HermiT gave no further detail)"


def _superclasses(feed: Graph) -> Callable[[Node], set[Node]]:
    cache: dict[Node, set[Node]] = {}

    def supers(cls: Node) -> set[Node]:
        if cls not in cache:
            cache[cls] = {cls}
            for parent in feed.objects(cls, RDFS.subClassOf):
                cache[cls] |= supers(parent)
        return cache[cls]

    return supers


def _disjoint_pairs(feed: Graph) -> set[tuple[Node, Node]]:
    pairs = set(feed.subject_objects(OWL.disjointWith))
    for node in feed.subjects(RDF.type, OWL.AllDisjointClasses):
        head = feed.value(node, OWL.members)
        members = list(Collection(feed, head)) if head is not None else []
        pairs |= {(a, b) for i, a in enumerate(members) for b in members[i + 1 :]}
    return pairs


def _differ(
    feed: Graph, types: dict[Node, set[Node]], disjoint: set[tuple[Node, Node]]
) -> Callable[[Node, Node], bool]:
    """Whether two individuals are known to be different individuals."""
    groups: dict[Node, set[Node]] = defaultdict(set)
    for node in feed.subjects(RDF.type, OWL.AllDifferent):
        head = feed.value(node, OWL.distinctMembers)
        for member in Collection(feed, head) if head is not None else []:
            groups[member].add(node)
    declared = {frozenset(pair) for pair in feed.subject_objects(OWL.differentFrom)}
    keys = set(feed.subjects(RDF.type, OWL.FunctionalProperty)) & set(
        feed.subjects(RDF.type, OWL.DatatypeProperty)
    )

    def differ(x: Node, y: Node) -> bool:
        if frozenset((x, y)) in declared or groups[x] & groups[y]:
            return True
        tx, ty = types.get(x, set()), types.get(y, set())
        if any((a in tx and b in ty) or (a in ty and b in tx) for a, b in disjoint):
            return True
        for p in keys:  # two values of a functional key: two individuals
            vx, vy = feed.value(x, p), feed.value(y, p)
            if vx is not None and vy is not None and vx != vy:
                return True
        return False

    return differ


def _name(term: Node) -> str:
    return repr(str(term)) if isinstance(term, Literal) else _short(term)
