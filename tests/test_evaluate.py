"""The scoring rules of ../shared/gold/README.md, on small hand-made cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.evaluate import GoldError, evaluate, load_gold, report, speaker_key, token_f1

GOLD = {
    "a.txt": {
        "article": "a.txt",
        "date": "2020-02-03",
        "inspections": [
            {
                "council": "Sandwell",
                "year": [None, 2019],
                "judgements": [{"area": "overall-effectiveness", "grade": "inadequate"}],
            }
        ],
        "quotes": [
            {
                "speaker": "Cllr Simon Hackett",
                "role": "cabinet member for children",
                "about": {"council": "Sandwell", "year": 2019},
                "text": "We accept the findings in full and we will act on every one of them",
            },
            {"speaker": "Ofsted", "about": None, "text": "weak"},
        ],
        "themes": [
            {"council": "Sandwell", "year": 2019, "theme": "caseloads", "polarity": "weakness"}
        ],
    }
}


def row(**values: str) -> dict[str, str]:
    return values


def facts(**kinds: list[dict[str, str]]) -> dict:
    return {"a.txt": kinds}


def test_perfect_facts_score_one() -> None:
    ev = evaluate(
        GOLD,
        facts(
            judgements=[
                row(council="Sandwell Metropolitan Borough Council", inspection_year="2019",
                    area="overall-effectiveness", grade="inadequate")
            ],
            quotations=[
                row(speaker="Simon Hackett", role="cabinet member for children and families",
                    about_council="Sandwell", about_year="2019",
                    text="“We accept the findings in full and we will act on every one of them.”")
            ],
            themes=[row(council="Sandwell", inspection_year="2019", theme="caseloads",
                        polarity="weakness")],
            articles=[row(date="2020-02-03")],
        ),
    )  # fmt: skip
    assert all(v == 1.0 for v in ev.figures().values()), ev.figures()


def test_misses_and_inventions_are_reported_by_file() -> None:
    ev = evaluate(
        GOLD,
        facts(
            judgements=[
                row(council="Sandwell", inspection_year="2018", area="overall-effectiveness",
                    grade="inadequate")
            ],
            quotations=[
                row(speaker="the council", role="", about_council="", about_year="",
                    text="We accept the findings in full and we will act on every one of them"),
                row(speaker="Ofsted", role="", about_council="", about_year="", text="good"),
            ],
            articles=[row(date="")],
        ),
    )  # fmt: skip
    assert ev.judgements.tp == 0 and ev.judgements.f1 == 0.0  # 2018 is not a gold year
    assert ev.quotations.precision == 0.5 and ev.quotations.recall == 1.0
    assert ev.speaker.value == 0.0
    assert ev.role.total == 0  # role is only scored when the speaker is right
    assert ev.about.value == 0.0
    assert ev.date.value == 0.0
    text = report(ev)
    assert "missed judgement: Sandwell" in text
    assert "invented quotation: “good” (Ofsted)" in text
    assert "wrong date: date none (gold 2020-02-03)" in text


def test_short_gold_quotes_are_optional() -> None:
    ev = evaluate(GOLD, facts())
    assert ev.quotations.relevant == 1  # only the quote of 8 words or more must be found


def test_speaker_and_token_rules() -> None:
    assert speaker_key("Cllr Sarah Russell") == speaker_key("Sarah Russell")
    assert speaker_key("Coun Shona Hale") == speaker_key("Shona Hale")
    assert speaker_key("Ofsted inspectors") == speaker_key("the report") == "ofsted"
    assert speaker_key("Leicestershire County Council") == speaker_key("Leicestershire")
    assert token_f1("‘Good’ work, here.", "good work here") == 1.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 / 3)


def test_bad_gold_folder(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no gold .yaml files"):
        load_gold(tmp_path)
    (tmp_path / "x.yaml").write_text("article: [unclosed\n")
    with pytest.raises(GoldError, match="x.yaml: not valid YAML"):
        load_gold(tmp_path)
