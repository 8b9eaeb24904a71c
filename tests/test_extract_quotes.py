"""Quotation finding: every kind of mark, run-on passages, and what is not a quotation.

The sentences are written for these tests in the style of news reports on Ofsted
inspections; the seed articles are read from ../shared and compared with their gold.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from graph.extract import layout, quotes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def found(text: str) -> list[str]:
    """The quoted passages, as the text inside their outer marks."""
    doc = layout.segment(text)
    return [text[q.span.start : q.span.end] for q in quotes.find_quotes(doc)]


def records(text: str) -> dict[str, quotes.QuoteRecord]:
    doc = layout.segment(text)
    return {text[q.span.start : q.span.end]: q for q in quotes.find_quotes(doc)}


@pytest.mark.parametrize(
    "sentence, passage",
    [
        ('Inspectors found "drift and delay" in some cases.', "drift and delay"),
        ("Inspectors found “drift and delay” in some cases.", "drift and delay"),
        ("Inspectors found 'drift and delay' in some cases.", "drift and delay"),
        ("Inspectors found ‘drift and delay’ in some cases.", "drift and delay"),
        ("Inspectors found «drift and delay» in some cases.", "drift and delay"),
    ],
)
def test_every_kind_of_mark_delimits_a_quotation(sentence: str, passage: str) -> None:
    assert found(sentence) == [passage]


def test_mismatched_marks_still_pair() -> None:
    text = (
        "Inspectors saw ‘drift and delay' in casework.\n"
        "The mayor called the report \"fair' and said the council would respond."
    )
    assert found(text) == ["drift and delay", "fair"]


def test_a_quotation_inside_a_quotation_is_part_of_the_outer_passage() -> None:
    text = "“We were told our help was ‘too slow’ and we have fixed that,” she said."
    assert found(text) == ["We were told our help was ‘too slow’ and we have fixed that,"]


def test_apostrophes_are_not_quotation_marks() -> None:
    assert found("The councils' budgets are stretched and it’s the children’s homes.") == []
    text = "‘It’s a big step for the council’s staff,’ he said. “Our workers’ caseloads fell.”"
    assert found(text) == [
        "It’s a big step for the council’s staff,",
        "Our workers’ caseloads fell.",
    ]


def test_single_quote_house_style_with_plural_possessives() -> None:
    text = (
        "Cllr Roger Hale said: ‘Our social workers’ dedication is clear and the council’s "
        "staff are proud.’ Ofsted praised its ‘strengths’ and ‘clear plans’."
    )
    assert found(text) == [
        "Our social workers’ dedication is clear and the council’s staff are proud.",
        "strengths",
        "clear plans",
    ]


def test_a_run_on_quotation_over_paragraphs_is_one_passage() -> None:
    text = (
        "The director said: “We have worked hard for three years.\n\n"
        "“Our staff have stayed with us and our families have noticed.\n\n"
        "“There is still more to do.”\n\n"
        "The council will publish a plan."
    )
    start = text.index("We have")
    end = text.index("do.") + len("do.")
    doc = layout.segment(text)
    [q] = quotes.find_quotes(doc)
    assert (q.span.start, q.span.end) == (start, end)
    assert not q.partial


def test_a_run_on_quotation_with_straight_marks_and_no_blank_lines() -> None:
    text = (
        '"Leaders know their services well.\n"They have acted quickly," the report said.\n'
        '"Children are safer."'
    )
    assert found(text) == [
        'Leaders know their services well.\n"They have acted quickly,',
        "Children are safer.",
    ]


def test_a_stray_mark_mid_sentence_does_not_swallow_the_next_paragraph() -> None:
    text = "The council was rated ‘good in 2019.\n‘We are proud,’ she said."
    assert found(text) == ["We are proud,"]


def test_a_stray_line_break_inside_a_quotation_does_not_end_it() -> None:
    text = "The team said it was “proud of\nour staff” and “determined”."
    assert found(text) == ["proud of\nour staff", "determined"]


def test_a_quotation_never_closed_runs_to_the_end_of_its_paragraph() -> None:
    text = 'Jane Hill said: "This is good news for the city\nThe vote is on Monday.'
    assert found(text) == ["This is good news for the city"]


@pytest.mark.parametrize(
    "grade",
    [
        "'good'",
        "“requires improvement”",
        "‘Requires Improvement to be Good’",
        '"inadequate"',
        "'outstanding'",
        "“adequate”",
        "“requiring improvement”",
        "'good or better'",
    ],
)
def test_scare_quotes_around_a_grade_are_not_quotations(grade: str) -> None:
    assert found(f"The council was rated {grade} by Ofsted last year.") == []


def test_labels_and_names_in_quotes_are_not_quotations() -> None:
    text = (
        "The council adopted the 'Signs of Safety' model and the “Mockingbird” scheme, "
        "and rebuilt its so-called 'front door' in 2019."
    )
    assert found(text) == []


def test_a_quoted_cross_head_on_its_own_line_is_not_a_quotation() -> None:
    text = (
        "Inspectors said the front door was ‘swift and effective’ in most cases.\n"
        "‘Swift and effective’\n"
        "Leaders were praised."
    )
    assert found(text) == ["swift and effective"]


def test_a_cross_head_glued_to_a_paragraph_by_scraping_is_not_a_quotation() -> None:
    text = (
        "The hub is open to all subscribers.‘Real progress’\n"
        "Inspectors found “real progress” in the front door.\n"
        "‘A stable workforce’Inspectors praised the council's retention of staff."
    )
    assert found(text) == ["real progress"]


def test_a_headline_repeating_a_body_phrase_is_not_a_quotation() -> None:
    text = (
        "Council praised for 'relentless focus' on children\n"
        "Inspectors said leaders had a “relentless focus” on improving practice."
    )
    assert found(text) == ["relentless focus"]


def test_a_headlines_quoted_phrase_is_not_a_quotation_even_when_not_repeated() -> None:
    text = (
        "Council 'not always hearing' children, watchdog warns\n\n"
        "Inspectors visited Wirral in March.\n"
        "The report said leaders had “lost focus” on frontline practice."
    )
    assert found(text) == ["lost focus"]


def test_quoted_findings_listed_after_a_colon_are_quotations() -> None:
    text = (
        "Ofsted praised the council in March. The report found:\n"
        "• “Children and families receive help that is timely and right for them”\n"
        "• leaders have “a strong grip on practice”\n"
        "“Care leavers are well supported by their advisers”"
    )
    assert found(text) == [
        "Children and families receive help that is timely and right for them",
        "a strong grip on practice",
        "Care leavers are well supported by their advisers",
    ]


def test_short_quoted_phrases_from_a_report_are_kept() -> None:
    text = "Inspectors found an “effective” protocol and said the council 'knows itself well'."
    assert found(text) == ["effective", "knows itself well"]


def test_glued_sentences_and_odd_spaces_keep_exact_spans() -> None:
    text = "She praised staff.“We are\u00a0proud,” she said.Inspectors  found “real  drive”."
    got = found(text)
    assert got == ["We are\u00a0proud,", "real  drive"]
    for passage in got:
        assert passage in text


def test_fragments_are_partial_and_quoted_sentences_are_not() -> None:
    text = (
        "Ofsted said leaders were “highly aspirational” for children.\n"
        "“We are proud of every one of our social workers,” she said."
    )
    got = records(text)
    assert got["highly aspirational"].partial
    assert not got["We are proud of every one of our social workers,"].partial


def _gold(name: str) -> dict:
    return yaml.safe_load((SHARED / "gold" / "seeds" / name).read_text(encoding="utf-8"))


def test_seed_articles_every_gold_quotation_is_found_with_its_exact_span() -> None:
    gold_files = sorted((SHARED / "gold" / "seeds").glob("*.yaml"))
    assert gold_files, "no seed gold under ../shared"
    predicted_total = matched = 0
    for path in gold_files:
        gold = _gold(path.name)
        text = (SHARED / "corpus" / "seeds" / gold["article"]).read_text(encoding="utf-8")
        spans = {(q.span.start, q.span.end) for q in quotes.find_quotes(layout.segment(text))}
        gold_spans = {(q["start"], q["end"]) for q in gold.get("quotes") or []}
        assert gold_spans <= spans, f"{path.name}: missed {sorted(gold_spans - spans)}"
        predicted_total += len(spans)
        matched += len(spans & gold_spans)
    # Page furniture (related stories) is layout's job; the rest must all be real quotes.
    assert matched / predicted_total >= 0.9


@pytest.mark.parametrize("bullet", ["👉", "✅", "➡️", "▪"])
def test_items_after_a_colon_with_any_bullet_are_quotations(bullet: str) -> None:
    text = (
        "Inspectors were with us in May, and here are some things they wrote:\n"
        f"{bullet} “Children are at the heart of everything social workers do.”\n"
        f"{bullet} leaders who are “ambitious for every child”\n"
        f"{bullet} direct work that is “creative”"
    )
    assert found(text) == [
        "Children are at the heart of everything social workers do.",
        "ambitious for every child",
        "creative",
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Havering: ‘They refuse to give up’",
        "Calderdale – ‘Not yet consistent’",
        "Wirral council: “Too slow to act”",
        "Bury: 'Leaders who listen'",
    ],
)
def test_a_round_ups_cross_head_of_a_label_and_a_phrase_is_no_quotation(head: str) -> None:
    text = (
        "Our round-up of inspections covers four councils this month.\n"
        f"{head}\n"
        "The council was rated good. Inspectors said leaders who listen to staff had made "
        "sure advisers “refuse to give up on them” even when practice was not yet consistent, "
        "and it was too slow to act on some concerns."
    )
    assert found(text) == ["refuse to give up on them"]


@pytest.mark.parametrize(
    "line",
    [
        "Jo Hart: “We are proud of every social worker”",  # an interview's speaker label
        "Havering: ‘Care leavers thrive here’",  # a phrase the story does not take up
        "Inspectors said: ‘They refuse to give up’",  # a verb: the line reports speech
    ],
)
def test_a_label_and_a_phrase_not_taken_up_again_stays_a_quotation(line: str) -> None:
    text = (
        "Our round-up of inspections covers four councils this month.\n"
        f"{line}\n"
        "The council was rated good. Advisers “refuse to give up on them”, the report said."
    )
    assert len(found(text)) == 2
