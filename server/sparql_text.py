"""What the server needs to know of a SPARQL text before Oxigraph runs it.

A careful tokenizer, not a regular expression over the raw text: strings, comments
and IRIs are single tokens, so ``"SERVICE"``, ``# LOAD`` or ``<http://x/SERVICE>``
are never taken for keywords, while ``service`` in any case is. From the tokens we
learn the query form (to choose a result format), the dataset clauses (FROM / FROM
NAMED, which the store's union default graph would otherwise override), whether a
request would make the server fetch a URL (SERVICE, LOAD: refused), and where to put
USING clauses for the protocol's using-graph-uri parameters. Oxigraph still parses
and checks everything; when the tokenizer is unsure it sees *more* keywords, never
fewer, so a refusal can only err towards refusing an invalid text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ESC = r"\\[_~.\-!$&'()*+,;=/?#@%]"
_NAME = r"[A-Za-z_\u00B7-\uFFFF0-9]"
_TOKEN = re.compile(
    rf"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)
  | (?P<var>[?$]{_NAME}+)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<word>(?:[A-Za-z_\u00C0-\uFFFF](?:[\w.\-\u00B7-\uFFFF]*[\w\-\u00B7-\uFFFF])?)?
              :(?:(?:{_NAME}|:|%[0-9A-Fa-f]{{2}}|{_ESC})(?:[\w.:\-\u00B7-\uFFFF]|%[0-9A-Fa-f]{{2}}|{_ESC})*)?
            |[A-Za-z_][A-Za-z_0-9]*)
  | (?P<other>.)
    """,
    re.X | re.S,
)

FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "ADD", "MOVE", "COPY")
REFUSED = {
    "SERVICE": "federated queries (SERVICE) are not allowed on this server",
    "LOAD": "LOAD is not allowed on this server: it would fetch a URL",
}


class TextError(ValueError):
    """The text cannot be used as asked; the message is one line for the client."""


@dataclass(frozen=True)
class Token:
    kind: str  # string, iri, var, word, other
    text: str
    start: int
    end: int

    @property
    def keyword(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


def tokenize(text: str) -> list[Token]:
    """Tokens without whitespace and comments."""
    tokens = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        tokens.append(Token(kind, m.group(), m.start(), m.end()))
    return tokens


@dataclass
class Analysis:
    """What the tokens say about a query or an update."""

    form: str | None = None  # SELECT, CONSTRUCT, DESCRIBE, ASK, or None
    is_update: bool = False
    from_graphs: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)


def _prologue(tokens: list[Token], i: int, prefixes: dict[str, str], base: str) -> tuple[int, str]:
    """Skip BASE/PREFIX/VERSION declarations from ``i``, recording them."""
    while i < len(tokens):
        kw = tokens[i].keyword
        if kw == "BASE" and i + 1 < len(tokens) and tokens[i + 1].kind == "iri":
            base = urljoin(base, _iri(tokens[i + 1].text))
            i += 2
        elif kw == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2].kind == "iri":
            prefixes[tokens[i + 1].text.rstrip(":")] = urljoin(base, _iri(tokens[i + 2].text))
            i += 3
        elif kw == "VERSION" and i + 1 < len(tokens):
            i += 2
        else:
            break
    return i, base


def _iri(token: str) -> str:
    return token[1:-1]


def _expand(token: Token, prefixes: dict[str, str], base: str) -> str:
    if token.kind == "iri":
        return urljoin(base, _iri(token.text))
    prefix, _, local = token.text.partition(":")
    if prefix not in prefixes:
        raise TextError(f"prefix {prefix + ':'!r} is not declared")
    return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)


def check_prefixes(tokens: list[Token]) -> None:
    """TextError naming a prefixed name whose prefix is never declared (Oxigraph's
    own message for this lists characters, not the prefix)."""
    declared = {
        tokens[i + 1].text.rstrip(":")
        for i, t in enumerate(tokens[:-1])
        if t.keyword == "PREFIX" and tokens[i + 1].kind == "word"
    }
    for t in tokens:
        if t.kind != "word" or ":" not in t.text or t.text.startswith("_:"):
            continue
        prefix = t.text.split(":", 1)[0]
        if prefix not in declared:
            from graph.rdf.namespaces import PREFIXES

            hint = f"; add PREFIX {prefix}: <{PREFIXES[prefix]}>" if prefix in PREFIXES else ""
            raise TextError(f"prefix '{prefix}:' of {t.text} is not declared{hint}")


def refuse_fetches(tokens: list[Token]) -> None:
    """Raise TextError if the text would make the server fetch a URL (SERVICE, LOAD)."""
    for t in tokens:
        if t.keyword in REFUSED:
            raise TextError(REFUSED[t.keyword])


def analyse_query(text: str, base: str = "") -> Analysis:
    """The form and dataset clauses of a query; TextError if it is refused."""
    tokens = tokenize(text)
    refuse_fetches(tokens)
    check_prefixes(tokens)
    prefixes: dict[str, str] = {}
    i, base = _prologue(tokens, 0, prefixes, base)
    result = Analysis()
    if i < len(tokens):
        kw = tokens[i].keyword
        if kw in FORMS:
            result.form = kw
        elif kw in UPDATE_KEYWORDS or kw == "WITH":
            result.is_update = True
    for j, t in enumerate(tokens):
        if t.keyword != "FROM":
            continue
        named = j + 1 < len(tokens) and tokens[j + 1].keyword == "NAMED"
        k = j + 2 if named else j + 1
        if k < len(tokens) and (
            tokens[k].kind == "iri" or tokens[k].kind == "word" and ":" in tokens[k].text
        ):
            iri = _expand(tokens[k], prefixes, base)
            (result.from_named if named else result.from_graphs).append(iri)
    return result


@dataclass
class _Operation:
    tokens: list[Token]
    start: int  # index of its first non-prologue token


def _operations(tokens: list[Token]) -> list[_Operation]:
    ops: list[_Operation] = []
    depth = 0
    current: list[Token] = []
    for t in tokens:
        if t.text == "{":
            depth += 1
        elif t.text == "}":
            depth -= 1
        if t.text == ";" and depth == 0 and t.kind == "other":
            ops.append(_Operation(current, 0))
            current = []
        else:
            current.append(t)
    if current:
        ops.append(_Operation(current, 0))
    for op in ops:
        op.start, _ = _prologue(op.tokens, 0, {}, "")
    return ops


def _block_end(tokens: list[Token], i: int) -> int:
    """Index of the '}' closing the '{' at ``i``."""
    depth = 0
    for j in range(i, len(tokens)):
        if tokens[j].text == "{":
            depth += 1
        elif tokens[j].text == "}":
            depth -= 1
            if depth == 0:
                return j
    raise TextError("unbalanced braces in the update")


def analyse_update(text: str) -> str:
    """The update without a trailing ';' (the server appends operations); TextError
    if it is refused (LOAD, SERVICE) or is a query."""
    tokens = tokenize(text)
    refuse_fetches(tokens)
    check_prefixes(tokens)
    i, _ = _prologue(tokens, 0, {}, "")
    if i < len(tokens) and tokens[i].keyword in FORMS:
        raise TextError(
            f"this is a {tokens[i].keyword} query, not an update: send it as 'query', not 'update'"
        )
    if tokens and tokens[-1].text == ";" and tokens[-1].kind == "other":
        return text[: tokens[-1].start] + text[tokens[-1].end :]
    return text


def add_using(
    text: str,
    using: list[str],
    using_named: list[str],
    union: list[str] | None = None,
) -> str:
    """The update with USING / USING NAMED clauses added to every operation with a
    WHERE clause: the protocol's using-graph-uri and using-named-graph-uri, or else,
    when ``union`` lists the store's named graphs, all of them, so that an update's
    WHERE clause sees the same default graph (the union) as a query does.

    An operation that names its own dataset (USING, USING NAMED or WITH) is an error
    with the protocol's parameters (as the SPARQL 1.1 Protocol requires), and is left
    as it is otherwise.
    """
    protocol = bool(using or using_named)
    if protocol:
        clause = " ".join(
            [f"USING <{g}>" for g in using] + [f"USING NAMED <{g}>" for g in using_named]
        )
    elif union:
        clause = " ".join([f"USING <{g}>" for g in union] + [f"USING NAMED <{g}>" for g in union])
    else:
        return text
    tokens = tokenize(text)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in the text
    for op in _operations(tokens):
        body = op.tokens[op.start :]
        if not body:
            continue
        words = [t.keyword for t in body]
        depth0 = _top_level(body)
        if "WITH" in words[:1] or any(body[j].keyword == "USING" for j in depth0):
            if not protocol:
                continue
            raise TextError(
                "the update names its dataset (USING or WITH): do not also send "
                "using-graph-uri or using-named-graph-uri"
            )
        if words[0] == "DELETE" and len(words) > 1 and words[1] == "WHERE":
            # DELETE WHERE { P } takes no USING: rewrite as DELETE { P } USING ... WHERE { P }
            open_i = 2
            close_i = _block_end(body, open_i)
            pattern = text[body[open_i].start : body[close_i].end]
            edits.append(
                (body[0].start, body[close_i].end, f"DELETE {pattern} {clause} WHERE {pattern}")
            )
            continue
        if words[0] not in ("DELETE", "INSERT") or (len(words) > 1 and words[1] == "DATA"):
            continue
        for j in depth0:
            if body[j].keyword == "WHERE":
                edits.append((body[j].start, body[j].start, clause + " "))
                break
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _top_level(tokens: list[Token]) -> list[int]:
    """Indexes of tokens outside any braces."""
    found = []
    depth = 0
    for j, t in enumerate(tokens):
        if t.text == "{":
            depth += 1
        elif t.text == "}":
            depth -= 1
        elif depth == 0:
            found.append(j)
    return found


_POSITION = re.compile(r"error at (\d+):(\d+):?\s*")
_EXPLAIN_LIMIT = 50_000  # characters; longer texts get Oxigraph's message only
BASE_LINES = 1  # lines ``with_base`` puts in front of the client's text


def with_base(text: str, base: str) -> str:
    """The text with a BASE declaration in front, so relative IRIs resolve against
    the endpoint (the service-defined base the protocol allows)."""
    return f"BASE <{base}>\n{text.lstrip(chr(0xFEFF))}"


def explain_syntax_error(text: str, message: str, update: bool, offset: int = 0) -> str:
    """A syntax error as one line saying where and near what, in the client's lines.

    Oxigraph reports where its parser gave up, often past the mistake; rdflib's
    parser (used only here, to explain) usually points at the offending token, so
    its position is preferred when it too rejects the text.
    """
    m = _POSITION.search(message)
    detail = " ".join((message[m.end() :] if m else message).split())
    line = int(m.group(1)) if m else None
    column = int(m.group(2)) if m else None
    near = ""
    if len(text) <= _EXPLAIN_LIMIT:
        from pyparsing import ParseException
        from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

        try:
            (parseUpdate if update else parseQuery)(text)
        except ParseException as e:
            line, column = e.lineno, e.col
            rest = text[e.loc :].split(None, 1)
            near = rest[0][:40] if rest else "the end of the text"
        except Exception:  # noqa: BLE001 - only an explanation; Oxigraph's stands
            pass
    where = ""
    if line is not None:
        where = f" at line {max(line - offset, 1)}, column {column}"
    if near:
        where += f" near {near!r}" if near != "the end of the text" else f" at {near}"
    return f"syntax error{where}: {detail}" if detail else f"syntax error{where}"
