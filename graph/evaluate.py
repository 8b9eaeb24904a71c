"""Evaluate: the graph's facts against hand-made gold facts, by ../shared/gold/README.md.

The facts are read out of the store through the saved queries (judgements,
quotations, themes, articles), exactly as a user would see them, and compared article
by article. The report gives precision, recall and F1 per kind of fact, the speaker,
role, about and date accuracies, and, file by file, what was missed and invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_COUNCIL_NOISE = {"city", "county", "borough", "council", "and", "of", "the", "metropolitan"}
_TITLES = {
    "cllr", "coun", "councillor", "dr", "mr", "mrs", "ms", "miss", "mx", "professor", "prof", "sir",
    "dame", "lord", "lady", "baroness", "baron", "rev", "the",
}  # fmt: skip
_OFSTED = re.compile(r"\b(ofsted|inspectors?|inspectorate|the report|report)\b", re.I)
_QUOTE_MARKS = "\"'“”‘’«»„‟‹›`"


class GoldError(ValueError):
    """A gold file that cannot be read; the message names it."""


def council_key(name: str | None) -> str:
    if not name:
        return ""
    s = name.lower().replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", s)
    return " ".join(w for w in words if w not in _COUNCIL_NOISE)


def speaker_key(name: str | None) -> str:
    if not name:
        return ""
    if _OFSTED.search(name):
        return "ofsted"
    words = [w for w in re.findall(r"[\w'-]+", name.lower()) if w.strip("'-") not in _TITLES]
    return council_key(" ".join(words))


def tokens(text: str | None) -> list[str]:
    if not text:
        return []
    s = text.lower()
    for mark in _QUOTE_MARKS:
        s = s.replace(mark, " ")
    return re.findall(r"\w+", s)


def token_f1(a: str | None, b: str | None) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common: dict[str, int] = {}
    for t in ta:
        common[t] = common.get(t, 0) + 1
    overlap = 0
    for t in tb:
        if common.get(t, 0) > 0:
            overlap += 1
            common[t] -= 1
    if overlap == 0:
        return 0.0
    p, r = overlap / len(tb), overlap / len(ta)
    return 2 * p * r / (p + r)


def years_of(value: Any) -> set[int | None]:
    values = value if isinstance(value, list) else [value]
    return {None if v in (None, "") else int(v) for v in values}


def year_of(value: Any) -> int | None:
    return None if value in (None, "") else int(value)


@dataclass
class Score:
    """Counts for one kind of fact, with the misses and inventions for the report."""

    tp: int = 0  # predictions that match a gold fact
    predicted: int = 0
    relevant: int = 0  # gold facts that must be found
    found: int = 0  # of those, how many were
    missed: list[tuple[str, str]] = field(default_factory=list)  # (file, description)
    invented: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.relevant if self.relevant else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0
    wrong: list[tuple[str, str]] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, ok: bool, file: str, what: str) -> None:
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.wrong.append((file, what))


@dataclass
class Evaluation:
    judgements: Score = field(default_factory=Score)
    quotations: Score = field(default_factory=Score)
    themes: Score = field(default_factory=Score)
    speaker: Accuracy = field(default_factory=Accuracy)
    role: Accuracy = field(default_factory=Accuracy)
    about: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    files: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        return {
            "judgements_f1": self.judgements.f1,
            "quotations_f1": self.quotations.f1,
            "themes_f1": self.themes.f1,
            "speaker_accuracy": self.speaker.value,
            "role_accuracy": self.role.value,
            "about_accuracy": self.about.value,
            "date_accuracy": self.date.value,
        }


def load_gold(folder: Path) -> dict[str, dict[str, Any]]:
    """Gold facts by article file name."""
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder")
    gold = {}
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            raise GoldError(f"{path}: not valid YAML ({str(e).splitlines()[0]})") from None
        if not isinstance(data, dict) or "article" not in data:
            raise GoldError(f"{path}: no 'article' key")
        gold[str(data["article"])] = data
    if not gold:
        raise GoldError(f"{folder}: no gold .yaml files")
    return gold


def _match_tuples(
    score: Score,
    file: str,
    gold: list[tuple[str, set[int | None], tuple[str, ...], str]],
    predicted: list[tuple[str, int | None, tuple[str, ...], str]],
) -> None:
    """One-to-one matching of (council, year, rest) tuples; gold years may be several."""
    score.relevant += len(gold)
    score.predicted += len(predicted)
    free = list(range(len(gold)))
    for council, year, rest, label in predicted:
        hit = next(
            (
                i
                for i in free
                if gold[i][0] == council and year in gold[i][1] and gold[i][2] == rest
            ),
            None,
        )
        if hit is None:
            score.invented.append((file, label))
        else:
            free.remove(hit)
            score.tp += 1
            score.found += 1
    for i in free:
        score.missed.append((file, gold[i][3]))


def _fmt_year(year: Any) -> str:
    return "?" if year in (None, "", [None]) else str(year)


def evaluate(
    gold: dict[str, dict[str, Any]], facts: dict[str, dict[str, list[dict[str, str]]]]
) -> Evaluation:
    """Score ``facts`` (file -> kind -> rows of the saved queries) against ``gold``."""
    ev = Evaluation(files=sorted(gold))
    for file in ev.files:
        g = gold[file]
        mine = facts.get(file, {})
        # judgements
        gold_j = [
            (
                council_key(i.get("council")),
                years_of(i.get("year")),
                (j["area"], j["grade"]),
                f"{i.get('council')} {_fmt_year(i.get('year'))} {j['area']} {j['grade']}",
            )
            for i in g.get("inspections") or []
            for j in i.get("judgements") or []
        ]
        pred_j = [
            (
                council_key(r["council"]),
                year_of(r["inspection_year"]),
                (r["area"], r["grade"]),
                f"{r['council']} {r['inspection_year'] or '?'} {r['area']} {r['grade']}",
            )
            for r in mine.get("judgements", [])
        ]
        _match_tuples(ev.judgements, file, gold_j, pred_j)
        # themes
        gold_t = [
            (
                council_key(t.get("council")),
                years_of(t.get("year")),
                (t["theme"], t["polarity"]),
                f"{t.get('council')} {_fmt_year(t.get('year'))} {t['theme']} {t['polarity']}",
            )
            for t in g.get("themes") or []
        ]
        pred_t = [
            (
                council_key(r["council"]),
                year_of(r["inspection_year"]),
                (r["theme"], r["polarity"]),
                f"{r['council'] or '-'} {r['inspection_year'] or '?'} {r['theme']} {r['polarity']}",
            )
            for r in mine.get("themes", [])
        ]
        _match_tuples(ev.themes, file, gold_t, pred_t)
        _score_quotes(ev, file, g.get("quotes") or [], mine.get("quotations", []))
        # date
        articles = mine.get("articles", [])
        predicted_date = articles[0]["date"] or None if articles else None
        gold_date = g.get("date")
        gold_date = str(gold_date) if gold_date else None
        ev.date.add(
            predicted_date == gold_date,
            file,
            f"date {predicted_date or 'none'} (gold {gold_date or 'none'})",
        )
    return ev


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _score_quotes(
    ev: Evaluation, file: str, gold: list[dict[str, Any]], rows: list[dict[str, str]]
) -> None:
    score = ev.quotations
    long_gold = [i for i, q in enumerate(gold) if len(tokens(q["text"])) >= 8]
    score.relevant += len(long_gold)
    score.predicted += len(rows)
    free = list(range(len(gold)))
    matched_long = set()
    for row in rows:
        best, best_f1 = None, 0.0
        for i in free:
            f1 = token_f1(gold[i]["text"], row["text"])
            if f1 > best_f1:
                best, best_f1 = i, f1
        if best is None or best_f1 < 0.8:
            score.invented.append(
                (file, f"“{_short(row['text'])}” ({row['speaker'] or 'no speaker'})")
            )
            continue
        free.remove(best)
        score.tp += 1
        if best in long_gold:
            matched_long.add(best)
        q = gold[best]
        right_speaker = speaker_key(q.get("speaker")) == speaker_key(row["speaker"])
        ev.speaker.add(
            right_speaker,
            file,
            f"“{_short(q['text'], 40)}”: {row['speaker'] or 'none'} (gold {q.get('speaker')})",
        )
        if right_speaker and q.get("role"):
            ev.role.add(
                token_f1(q["role"], row["role"]) >= 0.5,
                file,
                f"{q.get('speaker')}: role {row['role'] or 'none'!r} (gold {q['role']!r})",
            )
        if q.get("about"):
            about = q["about"]
            ok = council_key(about.get("council")) == council_key(row["about_council"]) and year_of(
                row["about_year"]
            ) in years_of(about.get("year"))
            said = f"{row['about_council'] or 'none'} {row['about_year'] or '?'}"
            gold_about = f"{about.get('council')} {_fmt_year(about.get('year'))}"
            ev.about.add(ok, file, f"“{_short(q['text'], 40)}”: about {said} (gold {gold_about})")
    # Short gold quotes are optional: a miss counts only for quotes of 8 words or more.
    score.found += len(matched_long)
    for i in long_gold:
        if i not in matched_long:
            score.missed.append((file, f"“{_short(gold[i]['text'])}” ({gold[i].get('speaker')})"))


def report(ev: Evaluation) -> str:
    """The human report: figures first, then what was missed and invented, by file."""
    lines = [f"Evaluated {len(ev.files)} articles.", ""]
    lines.append(f"{'kind':<12} {'P':>6} {'R':>6} {'F1':>6}   matched/predicted, found/gold")
    for name in ("judgements", "quotations", "themes"):
        s: Score = getattr(ev, name)
        lines.append(
            f"{name:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   "
            f"{s.tp}/{s.predicted}, {s.found}/{s.relevant}"
        )
    lines.append("")
    for name in ("speaker", "role", "about", "date"):
        a: Accuracy = getattr(ev, name)
        lines.append(f"{name + ' accuracy':<17} {a.value:6.3f}   ({a.right}/{a.total})")
    for file in ev.files:
        items = []
        for name in ("judgements", "quotations", "themes"):
            s = getattr(ev, name)
            items += [f"  missed {name[:-1]}: {d}" for f, d in s.missed if f == file]
            items += [f"  invented {name[:-1]}: {d}" for f, d in s.invented if f == file]
        for name in ("speaker", "role", "about", "date"):
            items += [f"  wrong {name}: {d}" for f, d in getattr(ev, name).wrong if f == file]
        if items:
            lines += ["", file, *items]
    return "\n".join(lines)


def rows_by_file(rows: Iterable[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    by_file: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_file.setdefault(row["article"], []).append(row)
    return by_file
