"""The words of Ofsted grades, judgement areas, frameworks and inspection dates.

Shared by the judgement rules (which grade, for which area, of which inspection)
and by the about rules (which inspection a passage refers to). Patterns only: the
decisions are made in ``judgements`` and ``about``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from graph.extract.dates import MONTH_FULL, month_number, month_year

Q = "\"'“”‘’«»„`"  # quotation marks
_Q = re.escape(Q)

# A grade as printed. "top rating" is outstanding, "lowest rating" inadequate.
GRADE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<ri>requir(?:es|e|ed|ing)\s+improvement(?:\s+to\s+be\s+good)?)"
    r"|(?P<adj>outstanding|good|inadequate|adequate)"
    r"|(?P<top>(?:top|highest|best)(?:\s+possible)?\s+(?:rating|grade|judgement|judgment|mark))"
    r"|(?P<low>(?:lowest|bottom|worst)(?:\s+possible)?\s+(?:rating|grade|judgement|judgment))"
    r")(?![\w-])",
    re.IGNORECASE,
)


def grade_of(m: re.Match[str]) -> str:
    if m["ri"]:
        return "requires-improvement"
    if m["top"]:
        return "outstanding"
    if m["low"]:
        return "inadequate"
    return m["adj"].lower()


RATING_NOUN_AFTER = re.compile(
    rf"[{_Q}\s]*(?:overall\s+)?(?:ofsted\s+)?(?:rating|grade|grading|judgement|judgment|verdict|"
    r"status|label|ranking|score|assessment\s+result)s?\b",
    re.IGNORECASE,
)
BY_INSPECTORS_AFTER = re.compile(
    rf"[{_Q}\s,]*(?:overall\s+)?(?:by|from)\s+(?:ofsted|inspectors|the\s+inspectorate|"
    r"the\s+regulator|the\s+watchdog|the\s+education\s+watchdog)\b",
    re.IGNORECASE,
)
_RATE_VERB = (
    r"(?:rated|rates?|re-?rated|rating|judged|judges|graded|grades|grading|deemed|deems|"
    r"scored|scores|"
    r"assessed|categori[sz]ed|classed|"
    r"classified|labelled|branded|declared|ranked|regarded)"
)
# Rated as such: "rated (as) good", "judged them overall to be inadequate", "rated
# leadership, management and governance ... as good", "rated Sandwell's services inadequate".
RATED_BEFORE = re.compile(
    rf"\b{_RATE_VERB}\b(?:[^.;:!?]{{0,90}}?\b(?:as|to\s+be|to\s+have\s+been|at))?"
    rf"(?:\s+(?:overall|again|now|still|once\s+(?:again|more)|by\s+\w+|it|them|services|"
    rf"was|is|were|are|of|the\s+(?:council|authority|service|department)s?)){{0,3}}[{_Q}\s]*$"
    rf"|\b(?:rated|rates?|judged|judges|graded|grades|deemed|deems)\s+(?:[\w'’-]+\s+){{1,6}}"
    rf"[{_Q}]?$",
    re.IGNORECASE,
)
# Findings, weaker: "found services to be adequate", "found that Norfolk's services are
# good", "considered 'good'": the thing found must be the council or its services.
FOUND_BEFORE = re.compile(
    rf"\b(?:found|considered|confirmed|concluded|said)\b(?:[^.;:!?]{{0,90}}?\b(?:as|to\s+be|"
    rf"to\s+have\s+been))?[{_Q}\s]*$"
    rf"|\b(?:found|considered)\s+(?:[\w'’-]+\s+){{1,9}}[{_Q}]?$"
    rf"|\b(?:found|judged|concluded|said|confirmed)\s+that\s+[^.;:!?]{{0,80}}?\b"
    rf"(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+)?[{_Q}]?$",
    re.IGNORECASE,
)
CHANGE_BEFORE = re.compile(
    r"\b(?:rise[sn]?|rising|rose|improve[sd]?|improving|move[sd]?|moving|jump(?:s|ed)?|"
    r"climb(?:s|ed)?|f[ae]ll(?:s|en|ing)?|drop(?:s|ped)?|slip(?:s|ped)?|upgraded|uprated|"
    r"downgraded|promoted|demoted|went|go(?:es)?|gone|back|return(?:s|ed)?|leap(?:s|t|ed)?)"
    rf"\s+(?:up\s+|down\s+|back\s+|straight\s+)?(?:to|into|from)\s+(?:an?\s+|the\s+|its\s+)?[{_Q}\s]*$",
    re.IGNORECASE,
)
FROM_BEFORE = re.compile(
    rf"\b(?:up\s+|down\s+)?from\s+(?:an?\s+|the\s+|its\s+|their\s+|previous\s+)*[{_Q}\s]*$",
    re.IGNORECASE,
)
# "from requires improvement(, the grade it was given in 2022,) to inadequate"
TO_AFTER_GRADE = re.compile(
    rf"[{_Q}\s]*(?:,[^,;.:!?]{{1,70}},\s*)?(?:to|into)\s+[{_Q}\s]*$", re.IGNORECASE
)
STATUS_BEFORE = re.compile(
    r"\b(?:remains?|remained|remaining|still|retain(?:s|ed|ing)?|kept|keeps?|maintain(?:s|ed)?|"
    r"stay(?:s|ed)?|no\s+longer|out\s+of|exit(?:s|ed)?|escape[sd]?|lost|lose|loses|"
    r"achiev(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|award(?:ed)?|given|handed|earn(?:s|ed|t)?|"
    r"secur(?:e|es|ed)|gain(?:s|ed)?|won|get|gets|got|hold(?:s)?|held|removed|lifted|shed)"
    rf"\s+(?:(?:its|their|an?|the|the\s+inspectorate['’]s|ofsted['’]s|a\s+council['’]s|"
    rf"overall|also)\s+)*[{_Q}\s]*$",
    re.IGNORECASE,
)
COPULA_BEFORE = re.compile(
    rf"\b(?:is|are|was|were|be|been|being|as|now|at)\s+(?:now\s+|still\s+|also\s+|overall\s+)*"
    rf"[{_Q}\s]*$",
    re.IGNORECASE,
)
OVERALL_NEAR = re.compile(rf"^[{_Q}\s]*overall\b|\boverall\s+[{_Q}\s]*$", re.IGNORECASE)
OR_ANOTHER = re.compile(
    rf"^[{_Q}\s]*(?:or|and/or|/)\s+[{_Q}]?\s*(?:better|above|worse|outstanding|good|"
    r"inadequate|requires|requiring)|^[" + _Q + r"\s]*(?:and|or)\s+above",
    re.IGNORECASE,
)
OR_BEFORE = re.compile(
    rf"\b(?:good|outstanding|inadequate|improvement|at\s+least|than)[{_Q}\s]*(?:or|and|/)?\s*[{_Q}\s]*$",
    re.IGNORECASE,
)
# ... but "managed to move", "took three years to get from X to Y" report what happened
NOT_HYPOTHETICAL = re.compile(
    r"\b(?:no\s+longer|not\s+only|managed|succeeded|able|took|taken|taking)\b", re.IGNORECASE
)
HYPOTHETICAL = re.compile(
    r"\b(?:journey|aim(?:s|ing|ed)?|ambitions?|want(?:s|ed)?|hop(?:e|es|ed|ing)|striv\w+|"
    r"goals?|target(?:s|ing)?|aspir\w+|determined|plan(?:s|ning)?|on\s+track|towards?|"
    r"push(?:ing)?|bid|expect\w*|could|would|should|might|(?-i:may)|if|whether|before|until|"
    r"unless|(?:to|can|could|will|would|may|might)\s+become|becoming|not|never|n['’]t|"
    r"yet\s+to|fail(?:ed|s)?\s+to|cannot|can|need(?:s|ed)?\s+to|"
    r"ensure|predict\w*|hopeful|confident|on\s+course|working\s+to|in\s+order\s+to|"
    r"chance|prospect|likely|(?:way|road|path|route|close|closer|step)\s+(?:to|towards)|"
    # an infinitive of purpose: "what we need to do to move our services from X to Y"
    r"to\s+(?:move|take|get|bring|lift|push))\b",
    re.IGNORECASE,
)
_SOME_YEARS = (
    r"(?:a|one|\d+|a\s+few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"eighteen|several|some|many)"
)
# An earlier inspection's grade: cues just before the grade ...
PREVIOUS_NEAR = re.compile(
    r"\b(?:no\s+longer|out\s+of|exit(?:s|ed|ing)?|escape[sd]?|lifted|remov(?:e|ed|es|ing)|"
    r"shed|shak(?:e|es|en)\s+off|since|from)\b(?:\s+(?:its|their|our|the|an?|being|"
    r"rated|judged|a\s+council['’]s))*[" + _Q + r"\s]*$",
    re.IGNORECASE,
)
# ... or anywhere before it in its clause
PREVIOUS_FAR = re.compile(
    r"\b(?:previous(?:ly)?|earlier(?!\s+this\s+(?:year|month|week))|prior|former(?:ly)?|original(?:ly)?|"
    r"last\s+(?:inspect\w+|ofsted|full|judgement|judgment|rating|visit|report|"
    r"graded|standard)|had\s+(?:been|previously|received|got|earned)|having\s+(?:been|"
    r"previously|received)|first\s+(?:rated|judged|graded|found|deemed|placed|declared)|"
    # "Many will remember when ...", "Back when ..."
    r"remember(?:s|ed)?\s+when|back\s+when|the\s+days\s+when|"
    r"at\s+a\s+time\s+when|used\s+to\s+be)\b",
    re.IGNORECASE,
)
# "six years after inspectors rated it inadequate": earlier than the story's other grade
# (with none, the grade some months before the story is the one it reports); the phrase
# ends at its comma ("Three years after X, the council has been rated good")
YEARS_AFTER = re.compile(
    rf"\b{_SOME_YEARS}\s+(?:years?|months?)\s+(?:after|since)\b[^,;.:!?]*$", re.IGNORECASE
)
YEARS_AGO = re.compile(rf"\b{_SOME_YEARS}\s+years?\s+ago\b", re.IGNORECASE)
# "the inadequate rating it was given three years ago"
YEARS_AGO_AFTER = re.compile(rf"[^.;:!?]{{0,50}}?\b{_SOME_YEARS}\s+years?\s+ago\b", re.IGNORECASE)
# "remains 'requires improvement', the same judgement it was given in 2014": the
# year is the earlier inspection's, which had the same grade.
SAME_GRADE_IN = re.compile(
    rf"^[{_Q}\s]*,\s*(?:which\s+is\s+)?(?:the\s+)?(?:same\s+)?(?:grade|rating|judgement|judgment|"
    r"verdict)\s+(?:that\s+|as\s+)?(?:it|they|the\s+(?:council|authority|service)s?)\s+"
    r"(?:was\s+|were\s+|had\s+been\s+|had\s+)?(?:given|awarded|handed|received|got|had|"
    r"achieved|earned)\s+(?:(?:at|after|following)\s+(?:its|their|the)\s+(?:last|previous)\s+"
    r"(?:full\s+)?inspection\s+)?in\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "The impact of leaders was judged inadequate, as was the help and protection of
# children": the areas after "as was" have the same grade.
AS_WAS = re.compile(
    rf"[{_Q}\s]*,?\s*as\s+(?:was|were|is|are|did|do)\s+(?P<rest>[^.;:!?]{{3,200}}?)"
    r"(?=\s*(?:[.;:!?]|,\s+(?:while|whilst|but|although|though|and\s+(?:the|its|their)|"
    r"with|which)\b|$))",
    re.IGNORECASE,
)
# "All areas were rated good", "good in every area", "all five judgements were good".
_NUMBER = r"(?:two|three|four|five|six|seven|\d)"
ALL_AREAS_BEFORE = re.compile(
    rf"\b(?:(?:all|every|each)\s+(?:(?:the|of\s+the|other|remaining|{_NUMBER})\s+){{0,2}}"
    # "the other three areas were rated good" (the areas graded on their own left out)
    rf"|the\s+(?:other|remaining)\s+(?:{_NUMBER}\s+)?)"
    r"(?:areas?|judgements?|judgments?|categories|aspects|parts|elements)\b",
    re.IGNORECASE,
)
ALL_AREAS_AFTER = re.compile(
    rf"^[{_Q}\s]*(?:overall\s*(?:,|and|as\s+well\s+as)\s+)?"
    rf"(?:(?:in|across|for|on)\s+(?:all|every|each)\s+(?:(?:the|of\s+the|{_NUMBER}|"
    r"single)\s+){0,2}(?:areas?|judgements?|judgments?|categories|aspects)\b|across\s+the\s+board\b)",
    re.IGNORECASE,
)
# Some of the areas: "good overall and in three of the four areas", "Two of the three areas
# were rated inadequate". Which ones the text must tell by grading the rest apart.
_SOME = (
    rf"(?P<n>{_NUMBER})\s+(?:out\s+)?of\s+(?:the|its|their)\s+(?:{_NUMBER}\s+)?"
    r"(?:other\s+)?(?:areas|judgements|judgments|categories)\b"
)
SOME_AREAS_AFTER = re.compile(
    rf"^[{_Q}\s]*(?:(?P<overall>overall)\s*(?:,|and|as\s+well\s+as)\s+)?"
    rf"(?:in|across|for|on)\s+{_SOME}",
    re.IGNORECASE,
)
SOME_AREAS_BEFORE = re.compile(rf"\b{_SOME}", re.IGNORECASE)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def number(word: str) -> int:
    return _NUMBERS.get(word.lower()) or int(word)


# "... apart from adoption, which was judged outstanding": areas left out of "all".
ALL_BUT = re.compile(
    rf"[{_Q}\s,]*\b(?:apart\s+from|except(?:\s+for)?|with\s+the\s+exception\s+of|other\s+than|"
    r"save\s+for|bar)\s+(?P<rest>[^.;:!?]{3,160}?)(?=\s*(?:[.;:!?]|,|$))",
    re.IGNORECASE,
)
# The areas each framework grades. SIF (2013-2018) grades adoption and care leavers
# apart; ILACS (from 2018) grades four areas, and care leavers apart from 2023.
_COMMON_AREAS = (
    "overall-effectiveness",
    "help-and-protection",
    "children-in-care",
    "leadership",
)
SIF_AREAS = (*_COMMON_AREAS, "adoption", "care-leavers")


def framework_areas(framework: str | None, year: int | None) -> tuple[str, ...]:
    """The areas "all areas" stands for in an inspection of this framework and year;
    when neither tells, the four that every framework since 2013 grades."""
    if framework == "sif" or (framework is None and year is not None and 2014 <= year <= 2017):
        return SIF_AREAS
    if year is not None and year >= 2023 and framework in (None, "ilacs"):
        return (*_COMMON_AREAS, "care-leavers")
    return _COMMON_AREAS


# "the council's capacity to improve was judged good": no area of the graph.
NOT_AN_AREA = re.compile(
    r"\bcapacity\s+(?:to|for)\s+(?:improve|improvement)\b[^.;]{0,40}$", re.IGNORECASE
)
# "judged to be providing a good service", "rated as giving an outstanding service"
SERVICE_RATED = re.compile(
    r"\b(?:rated|judged|graded|deemed|assessed|found)\s+(?:as\s+|to\s+be\s+)?(?:(?:receiving|"
    rf"providing|delivering|offering|giving|getting|running)\s+)?an?\s+[{_Q}]?$",
    re.IGNORECASE,
)
PREVIOUS_AFTER = re.compile(
    r"^\W*(?:\S+\s+){0,5}?(?:at|in|during|after|following|from)\s+(?:its|the|their)\s+"
    r"(?:last|previous|earlier|prior|former|preceding)\b"
    rf"|^[{_Q}\s]*(?:rating|verdict|judgement|judgment|label|grade|status)?\s*"
    r"(?:was\s+|has\s+been\s+|had\s+been\s+|being\s+|is\s+)?(?:removed|lifted|dropped|"
    r"overturned|shed|gone|behind)\b",
    re.IGNORECASE,
)
# "judged inadequate in 2014 and 2016": the later years of a list
YEAR_LIST = re.compile(
    r"^[^.;]{0,40}?\bin\s+(?:\w+\s+)?(?:19|20)\d\d(?P<rest>(?:\s*,\s*(?:in\s+)?(?:19|20)\d\d)*"
    r"\s*,?\s+and\s+(?:again\s+)?(?:in\s+)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
AGAIN_IN = re.compile(
    r"^[^.;]{0,40}?\b(?:and\s+)?again\s+in\s+(?:\w+\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
FIRST_ACHIEVED = re.compile(
    r"^[^.;]{0,30}?\bfirst\s+(?:achieved|awarded|gained|given|received|earned|rated|won|"
    r"secured|judged)\s+(?:in\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# Days before a month: "12", "12th", "12 and 23", "12-23", "the 5th to the 16th of".
_DAYS = (
    r"(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:(?:,|and|to|-|–|until|through)\s*"
    r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*)?(?:of\s+)?)"
)
_MONTH_ITEM = rf"(?:(?:early|late|mid)[-\s]+|{_DAYS})?{MONTH_FULL}"
# "June and July", "September and early October", "12 and 23 February",
# "29 January to 9 February", "late November into December"
MONTHLIST = rf"{_MONTH_ITEM}(?:\s*(?:,|and|to|-|–|into|through|until)\s*{_MONTH_ITEM})*"
# A year as an inspection's year: not "since 2018", "2016/17", "2016-17".
YEAR = re.compile(
    rf"(?<![\w/-])(?:(?P<months>{MONTHLIST})\s+)?(?P<year>(?:19[89]|20[0-4])\d)"
    r"(?![\w/]|\s*[-–]\s*\d)",
)
NOT_INSPECTION_YEAR = re.compile(
    r"\b(?:since|by|until|till|before|after|from|between|for|to|of\s+the|age[sd]?|born|"
    r"through|throughout|over|across|during\s+the\s+year|per|first\s+\w+\s+in|"
    r"(?:created|formed|established|set\s+up|launched|founded|abolished|elected|appointed|"
    r"introduced|opened|closed|began|started|joined)\s+in)\s+$",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(MONTH_FULL)


def months_in(text: str) -> tuple[int, ...]:
    """The months named in a phrase, in order, without repeats."""
    out: list[int] = []
    for m in _MONTH_WORD.finditer(text):
        n = month_number(m.group())
        if n not in out:
            out.append(n)
    return tuple(out)


# When an inspection took place: "an inspection in April", "following a visit in
# June and July 2017", "their June and July visit", "inspected in March".
_INSPECTION_NOUN = (
    r"(?:inspections?|inspected|visits?|visited|re-?inspected|inspection\s+visits?|monitoring\s+"
    # (not "the new inspection framework, introduced in January")
    r"visits?|focused\s+visits?)(?!\s+(?:frameworks?|regimes?|system|handbook|model|programme)\b)"
)
# Words between an inspection and its date, but not a grade's: "the inspection, which
# took place over two weeks in May" but not "the council, which was rated good in May"
_FILLER = (
    r"(?:(?!(?:rated|judged|graded|deemed|found|given|awarded|published|inadequate|good|"
    r"outstanding|requires?|adequate|which|who|when)\b)[\w'’-]+,?\s+)"
)
_OF_WHAT = rf"(?:\s+(?:of|into|at)\s+(?:{_FILLER}|[\w'’-]+,\s+){{1,14}}?)?"
# "The joint targeted area inspection (JTAI), carried out in February"
_ACRONYM = r"(?:\s*\([^()]{1,40}\))?"
DATE_CUE = re.compile(
    rf"\b{_INSPECTION_NOUN}\b{_ACRONYM}{_OF_WHAT},?\s*(?:(?:which|that)\s+)?{_FILLER}{{0,5}}?(?:in|during|"
    r"throughout|between|over|across|from|on|at\s+the\s+(?:end|start|beginning)\s+of)\s+"
    rf"(?P<m1>{MONTHLIST})"
    rf"(?:\s*,?\s*(?P<y1>(?:19|20)\d\d)\b)?"
    # "Inspectors spent three weeks with the council in November"
    rf"|\b(?:inspectors|ofsted)\s+(?:who\s+)?(?:visited|spent|were\s+(?:in|at|on\s+site)|went\s+"
    rf"(?:in|into)|arrived|returned|carried\s+out|conducted|inspected|came)\b[^.;!?]{{0,100}}?"
    rf"\b(?:in|during|between|over|across|from|on)\s+(?P<m4>{MONTHLIST})"
    rf"(?:\s*,?\s*(?P<y4>(?:19|20)\d\d)\b)?"
    rf"|\b(?:its|their|the|a|an|his|her|our)\s+(?:\w+\s+)?(?P<m2>{MONTHLIST})"
    rf"(?:\s*,?\s*(?P<y2>(?:19|20)\d\d))?\s+(?:\w+\s+)?{_INSPECTION_NOUN}\b"
    rf"|\b(?:in|during)\s+(?P<m3>{MONTHLIST})(?:\s*,?\s*(?P<y3>(?:19|20)\d\d))?,?\s+"
    rf"(?:inspectors|ofsted)\s+(?:visited|inspected|found|carried\s+out|returned)",
    re.IGNORECASE,
)


def cue_months(m: re.Match[str]) -> str:
    """The months text of a DATE_CUE match, whichever form matched."""
    return next((m[k] for k in ("m1", "m2", "m3", "m4") if m[k]), "")


def cue_year(m: re.Match[str]) -> str | None:
    """The year printed with a DATE_CUE match, if any."""
    return next((m[k] for k in ("y1", "y2", "y3", "y4") if m[k]), None)


# A date given relative to publication: "an inspection last month", "inspected earlier
# this year", "last month's inspection".
RELATIVE_CUE = re.compile(
    rf"\b{_INSPECTION_NOUN}\b{_ACRONYM}{_OF_WHAT},?\s*(?:(?:which|that)\s+)?{_FILLER}{{0,5}}?"
    r"(?P<when>last|this|earlier\s+this|(?:late|early)\s+last)\s+(?P<unit>month|year)\b"
    rf"|\b(?P<when2>last|this)\s+(?P<unit2>month|year)['’]s\s+(?:\w+\s+)?{_INSPECTION_NOUN}\b",
    re.IGNORECASE,
)


def relative_date(m: re.Match[str], pub: date | None) -> tuple[tuple[int, ...], int | None]:
    """The months and year a relative date ("when", "unit") gives, counted from the publication
    date (none without one): "last month" in a March 2013 story is February 2013."""
    if pub is None:
        return (), None
    groups = m.groupdict()
    last = "last" in (groups.get("when") or groups.get("when2") or "").lower()
    if (groups.get("unit") or groups.get("unit2") or "").lower() == "year":
        return (), pub.year - 1 if last else pub.year
    if not last:
        return (pub.month,), pub.year
    return ((12,), pub.year - 1) if pub.month == 1 else ((pub.month - 1,), pub.year)


# When the report came out, which dates the inspection when nothing else does: "The
# report, published in November, ...", "Ofsted published its report on X in April 2017",
# "in a report released on Tuesday" (the week of the story).
_PUBLISHED = r"(?:published|released|issued|made\s+public|came\s+out)"
_WEEK = (
    r"(?:today|yesterday|this\s+week|last\s+week|(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday))"
)
REPORT_CUE = re.compile(
    # (not an annual or national report)
    rf"(?<!annual\s)(?<!national\s)(?<!thematic\s)\b(?:report|findings|inspection\s+letter)\b"
    rf"{_ACRONYM},?\s+(?:which\s+was\s+|was\s+|"
    rf"were\s+|that\s+was\s+)?{_PUBLISHED}\s+(?:(?:in|during)\s+(?P<m>{MONTHLIST})"
    rf"(?:\s*,?\s*(?P<y>(?:19|20)\d\d))?\b|(?P<week>{_WEEK})\b)"
    rf"|\b{_PUBLISHED}\s+(?:its|their|the|a)\s+(?!annual|national|thematic)(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:report|findings)\b"
    rf"[^.;:!?]{{0,70}}?\b(?:in|during)\s+(?P<m2>{MONTHLIST})(?:\s*,?\s*(?P<y2>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)


def report_date(m: re.Match[str], pub: date | None) -> int | None:
    """The year a REPORT_CUE match gives: printed, the latest such month on or before
    publication, or the story's own week."""
    year = m["y"] or m["y2"]
    if year:
        return int(year)
    if pub is None:
        return None
    months = m["m"] or m["m2"]
    if months:
        return month_year(months_in(months)[-1], pub)
    return (pub - timedelta(days=7)).year if "last" in m["week"].lower() else pub.year


DATE_CUE_PREVIOUS = re.compile(
    r"\b(?:previous|last|earlier|prior|former|preceding|first|since)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A year alone: "was inspected in 2019", "the inspection, in 2016, found".
YEAR_CUE = re.compile(
    rf"\b{_INSPECTION_NOUN},?\s+(?:[\w'’]+,?\s+){{0,3}}?in\s+"
    # "in early 2024", "in the autumn of 2019"
    r"(?:(?:the\s+)?(?:spring|summer|autumn|winter|early|late|mid)(?:[-\s]+of\s+|[-\s]+))?"
    r"(?P<y>(?:19|20)\d\d)\b(?![/-]\d)",
    re.IGNORECASE,
)

FRAMEWORKS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("focused-visit", r"\bfocused\s+visits?\b"),
        ("monitoring-visit", r"\bmonitoring\s+visits?\b"),
        (
            "jtai",
            r"\b(?:JTAI|joint\s+targeted\s+area\s+inspections?|joint\s+inspections?"
            r"(?!\s+of\s+(?:the\s+)?(?:council['’]s\s+)?safeguarding))\b",
        ),
        (
            "child-protection",
            r"\b(?:child\s+protection\s+(?:arrangements|inspections?|services\s+inspection)|"
            r"arrangements\s+for\s+(?:the\s+)?protection\s+of\s+children|protection\s+of\s+"
            r"children\s+(?:inspections?|arrangements)|unannounced\s+inspections?\s+of\s+(?:the\s+"
            r"council['’]s\s+)?contact,?\s+referral\s+and\s+assessment)\b",
        ),
        (
            "safeguarding-and-looked-after",
            r"\bsafeguarding\s+and\s+looked[-\s]after\s+children(?:['’]s)?\s+"
            r"(?:services|inspections?)\b",
        ),
        ("sif", r"\b(?:single\s+inspection\s+framework|SIF)\b"),
        (
            "ilacs",
            r"\b(?:ILACS|inspections?\s+of\s+local\s+authority\s+children['’]?s\s+services|"
            r"inspecting\s+local\s+authority\s+children['’]?s\s+services)\b",
        ),
    )
)


# Inspectors of several inspectorates visiting together: a joint inspection (when the
# sentence gives no grade: the 2009-2012 framework's joint inspections graded).
JOINT_INSPECTORS = re.compile(
    r"\b(?:care\s+quality\s+commission|CQC|HMICFRS|HM\s+Inspectorate\s+of\s+(?:Constabulary|"
    r"Probation))\b",
    re.IGNORECASE,
)


def framework_in(text: str) -> str | None:
    for name, pattern in FRAMEWORKS:
        if pattern.search(text):
            return name
    return None


VISIT_WITHOUT_GRADE = re.compile(r"\b(?:monitoring|focused)\s+visits?\b", re.IGNORECASE)

# Judgement areas, most specific first.
AREAS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (
            "leadership",
            r"\b(?:leadership(?:,?\s+management)?(?:,?\s+(?:and|&)\s+(?:governance|management))?|"
            r"management\s+(?:and|&)\s+leadership|impact\s+of\s+(?:(?:its|their|our|the)\s+)?"
            r"(?:senior\s+)?leaders(?:hip)?)\b",
        ),
        ("adoption", r"\badoption(?:\s+(?:performance|support|services?|work))?\b"),
        (
            "care-leavers",
            r"\b(?:care[-\s]leavers|(?:young\s+people\s+)?leaving\s+care|"
            r"experiences\s+and\s+progress\s+of\s+care\s+leavers)\b",
        ),
        (
            "children-in-care",
            r"\b(?:(?:children|young\s+people)\s+(?:who\s+are\s+)?(?:looked[-\s]after|in\s+care)|"
            r"looked[-\s]after\s+children|children\s+looked\s+after|achieving\s+permanence|"
            r"permanence)\b",
        ),
        (
            "help-and-protection",
            r"\b(?:(?:children\s+who\s+need\s+|need\s+of\s+)?help\s+and\s+protection|"
            # the 2009-2012 framework's "safeguarding services"
            r"safeguarding\s+(?:services|arrangements)(?:\s+for\s+children)?|"
            r"(?:services\s+for\s+)?safeguarding\s+(?:of\s+)?children(?!\s+(?:board|partnership)))\b",
        ),
    )
)
# "Overall effectiveness: good", "Care leavers – requires improvement"
AREA_LABEL_BEFORE = re.compile(
    r"\b(?:overall\s+effectiveness|leadership|leaders|adoption(?:\s+\w+)?|care\s+leavers|"
    r"children\s+in\s+care|looked\s+after\s+children|permanence|help\s+and\s+protection|"
    # "The impact of leaders on social work practice with children and families: Good"
    r"families)(?:\s+(?:on|with|in|for|who)\b[^:;.–—]{0,70})?\s*(?:[:–—-]|\bwas\s+judged\b)\s*["
    + _Q
    + r"]?$",
    re.IGNORECASE,
)
OVERALL_AREA = re.compile(r"\boverall(?:\s+effectiveness)?\b", re.IGNORECASE)

# Things Ofsted grades that are not a council's children's services.
NOT_A_COUNCIL = re.compile(
    r"\b(?:schools?|academ(?:y|ies)|nurser(?:y|ies)|colleges?|pre-?schools?|childminders?|"
    r"(?:children['’]s|care|residential)\s+homes?|homes|"
    # "a Bolton home for teenagers" (not "at home", "home to 280,000 people")
    r"(?<!at\s)(?<!from\s)(?<!back\s)home(?!\s+(?:to|office|secretary|visits?)\b)|providers?|settings?|hospitals?|"
    r"(?:nhs|hospital|foundation|academy|multi-academy)\s+trusts?|police|forces?|constabular\w+|prisons?|YOIs?|secure\s+"
    r"(?:training\s+)?(?:centres?|units?|homes?)|(?:fostering|adoption)\s+agenc(?:y|ies)|"
    r"independent\s+fostering|CQC|care\s+quality\s+commission|HMICFRS|probation|"
    r"universit(?:y|ies)|pupils?|teachers?|headteachers?|early\s+years\s+(?:provision|"
    r"settings?)|further\s+education|apprenticeships?|SEND\s+(?:inspection|services)|"
    # services Ofsted or others inspect apart from children's social care
    r"fostering\s+services?|private\s+fostering|youth\s+(?:offending|justice)\s+(?:services?|"
    r"teams?)|safeguarding\s+(?:children\s+)?(?:board|partnership)|LSCB|short[-\s]breaks?|"
    r"respite|virtual\s+school)\b",
    re.IGNORECASE,
)
# An inspector working with Ofsted, not a thing graded: "carried out by Ofsted and the
# Care Quality Commission", "alongside HMICFRS".
AGENT_BEFORE = re.compile(
    r"\b(?:by|with|alongside)\s+(?:[^,.;:]{0,60}?(?:,|\band\b|&)\s*)?(?:the\s+)?$",
    re.IGNORECASE,
)
GENERIC_PLURAL = re.compile(
    # (not "both councils", "the two authorities": councils the story named together)
    r"(?<!both\s)(?<!two\s)(?<!three\s)(?<!four\s)(?<!these\s)\b(?:councils|authorities|LAs|nationally|per\s+cent|percent|%|proportion|"
    r"(?:number|share|majority|half|third|quarter)\s+of|one\s+in\s+\w+|most\s+areas|"
    r"(?<!all\s)(?<!every\s)areas\s+(?:rated|judged|graded|were|are))\b",
    re.IGNORECASE,
)
COUNCIL_SUBJECT = re.compile(
    r"\b(?:council|authority|local\s+authority|services?|department|directorate|it|they|"
    r"its|their|our|we|children['’]s\s+social\s+care|social\s+care|leadership|adoption|"
    r"care\s+leavers|children\s+in\s+care)\b",
    re.IGNORECASE,
)
BLOCKING_SUBJECT = re.compile(
    r"\b(?:areas?|aspects?|practice|work|teams?|cases?|plans?|assessments?|decisions?|"
    r"some|parts?|elements?|much|many|most)\b",
    re.IGNORECASE,
)

# Passages that refer back to an earlier inspection: "problems highlighted during its
# last inspection in 2015", "at the previous inspection", "in its 2015 inspection".
EARLIER_INSPECTION = re.compile(
    r"(?<!since\s)(?<!since\sthe\s)\b(?:during|at|in|by|from|after|following)\s+"
    r"(?:its|the|their|our|that)\s+(?:(?:last|previous|earlier|prior|former|preceding)\s+"
    r"(?:full\s+|ofsted\s+|standard\s+)?(?:inspection|visit|report)(?:\s+in\s+"
    r"(?P<y1>(?:19|20)\d\d))?|(?P<y2>(?:19|20)\d\d)\s+(?:inspection|visit|report))",
    re.IGNORECASE,
)
# "The previous report, in 2019, criticised ...": an earlier inspection as the subject
EARLIER_SUBJECT = re.compile(
    r"\W*(?:the|its|their|that)\s+(?:last|previous|earlier|prior)\s+(?:full\s+|ofsted\s+)?"
    r"(?:inspection|visit|report)\b(?:\s*,?\s*(?:in|from)\s+(?:\w+\s+)?(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
# "In 2017, inspectors had criticised ...": a sentence set in a given year's inspection
YEAR_LEAD = re.compile(
    r"\W*(?:in|during|back\s+in|at\s+the\s+time,?\s+in)\s+(?:(?:early|late|mid)[-\s]+)?"
    rf"(?:{MONTH_FULL}\s+)?(?P<year>(?:19|20)\d\d),?\s+(?:inspectors|ofsted|the\s+inspectorate|"
    r"the\s+watchdog|the\s+regulator)\b",
    re.IGNORECASE,
)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
