"""People: personal names, titles, and the roles the text gives them.

A name is a run of capitalised words (O’Brien, McDonald, Renner-Thompson, initials)
that is not a genre word: role words (Deputy, Director, Cabinet Member), services
(Children's Services, Social Care), places that are councils (Leicester), months, days,
media and party names, and the words before an organisation's head word (Kids Matter
Trust, South Yorkshire Police). Titles (Cllr, Coun, Councillor, Dr, Sir, Dame...) are
dropped from the name but mark the next word as a person's; a first name alone is a
person's when the text says so ("Kyle, 19,", "care leaver Jess", "Fatima, a team
manager in ..., describes") or stands by a quotation's verb ("“...,” said Jordan").

A role is read as printed around the name, in the two orders the genre uses:
"Walsall's children's services portfolio holder Aftab Nawaz" (role before the name)
and "Jane Moore, director of children and family services at the council" (role
after it), or as what the person does ("who chairs the safeguarding board"). The
organisation is taken out of the role: a possessive in front ("Leicester's", "the
council's", "Ofsted's", "North Northamptonshire's"), a trailing "at the council" / "in
Northumberland", or an employer after "of" ("Leader of Swindon Borough Council", "chief
executive of the charity X"), or a body named in front ("UNISON South East regional
organiser", "Kids Matter Trust chief executive"); a portfolio ("Director of Children's
Services") or a board inside a body stays in the role. A party and seat in brackets
make an MP ("Jo Hart (Labour, Leeds East)": Labour MP for Leeds East) or, after Cllr, a
councillor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from graph.extract.marks import MARKS
from graph.extract.sentences import FILL

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"

TITLES = {
    "cllr", "coun", "councillor", "councilor", "councillors", "cllrs", "dr", "mr", "mrs", "ms",
    "miss", "mx", "professor", "prof", "sir", "dame", "lord", "lady", "baroness", "baron", "rev",
    "reverend", "revd", "hon", "rt",
}  # fmt: skip


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Capitalised words that are not (first) names in this genre.
_STOP = _words(
    """
    a an the and or but of for in on at to by with from as if so nor yet this that these those
    it its he she his her they their them we our us you your i my me who whom whose which what
    when where why how while after before during since until although though because despite
    also meanwhile however elsewhere separately previously earlier later now then today
    yesterday tomorrow tonight last next new former latest current recent interim acting
    speaking commenting responding writing following according asked overall despite
    there here all both each every some many most more other another such one two three
    ofsted ofsted's dfe lga adcs nspcc basw hmi hmci cqc nhs bbc itv sky news press pa
    council councils county city borough district metropolitan unitary authority authorities
    local government department ministry parliament house commons lords mp mps minister
    secretary state office cabinet member members lead leader leaders leadership portfolio
    holder executive chief director directors deputy assistant mayor councillor head manager
    officer commissioner chair chairman chairwoman chairperson president spokesperson
    spokesman spokeswoman inspector inspectors inspectorate inspection inspections report
    reports review annual framework ilacs sif judgement rating grade
    corporate strategic service services principal senior national regional area group team
    teams board panel committee trust partnership partnerships safeguarding
    children children's childrens child young people families family parents adult adults
    social care work worker workers education learning skills schools school health
    wellbeing early help hub hubs housing resources finance culture communities community
    equalities inclusion vulnerable public policy support protection care-leavers leavers
    outstanding good inadequate adequate requires improvement
    labour conservative conservatives tory tories liberal democrat democrats green greens
    independent reform party lib dem
    england english uk britain british great north south east west northern southern eastern
    western central greater mid upper lower royal saint st
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    picture photo image credit getty images subscribe subscription read related story
    radio tv television online live echo mercury gazette post herald chronicle journal
    telegraph express star standard mail times guardian observer advertiser argus
    working together
    detective superintendent sergeant constable commander supt det insp sgt dci dsupt pc
    parent mum mother father dad carer carers campaigner campaigners grandmother grandfather
    teenager pupil student resident residents youngster survivor whistleblower foster adopter
    leaver adviser advisor ambassador volunteer apprentice
    """
)
# Capitalised words that end an organisation's name: the capitalised words before them
# (Kids Matter Trust, South Yorkshire Police) are not a person's name.
ORG_HEADS = _words(
    """
    trust trusts foundation society association charity police constabulary institute
    federation union alliance network commission council councils academy college
    university school hospital group fund agency centre project services service
    partnership board
    """
)

_ROLE_HEAD = re.compile(
    r"\b(?:mayor|director|councillor|member|holder|leader|executive|chair(?:man|woman|person)?"
    r"|spokes(?:person|man|woman)|head|manager|commissioner|minister|secretary|inspector"
    r"|officer|president|adviser|advisor|lead|ceo|mp|worker|convenor|chief|deputy"
    r"|superintendent|sergeant|constable|commander|hmi|hmci"
    # academics, union officials and others who comment on inspections
    r"|professor|lecturer|researcher|academic|dean|fellow|organi[sz]er|co-?ordinator"
    r"|representative|steward|campaigner|analyst|consultant|practitioner|expert|specialist"
    r"|headteacher|head\s+teacher|principal|nurse|paediatrician|solicitor|barrister|lawyer"
    r"|responsible"
    # what young people and carers do, as the text introduces them (not "parent", "mother")
    r"|leaver|carer|adopter|student|apprentice|volunteer|ambassador)\b",
    re.IGNORECASE,
)
# Words that end a role read backwards from its head word, or break a role after it.
_ROLE_BREAK = _words(
    """
    was were is are be been being has have had said says told added adds stated states
    who which that when where while after before although though because but however
    meanwhile speaking commenting responding welcomed praised published by from also
    if then than as into over under since until during despite yesterday today
    """
)
_BODY = re.compile(r"(?:council|authority)['’]s$")
_LINKS = {"and", "or", "with", "by", "to", "from", "for", "of", "the", "a", "an", "as", "nor"}
_PREPOSITIONS = {"of", "for", "with", "at", "in", "on", "to", "under", "about", "against"}
_DETERMINERS = {"the", "a", "an", "its", "their", "our"}

_TOKEN = re.compile(r"[\w'’.\-]+")
_NAME_WORD = re.compile(
    rf"(?:[{UPPER}][{LOWER}]*(?:['’][{UPPER}][{LOWER}]+|[{UPPER}][{LOWER}]+)?"
    rf"(?:-[{UPPER}][{LOWER}]*(?:['’]?[{UPPER}][{LOWER}]+)?)*)"
)
_INITIAL = re.compile(rf"[{UPPER}]\.")
_PARTICLES = {"de", "da", "van", "von", "der", "den", "du", "le", "la", "al", "bin", "di", "el"}
_POSSESSIVE = re.compile(r"['’]s?$")
# A first name alone is a person's when the text says so, as it does for young people and
# parents: "Kyle, 19, said", "care leaver Jess said", "Sarah, a mother of two, said".
_AGE_AFTER = re.compile(r",\s+(?:now\s+)?(?:aged\s+)?\d{1,2},")
_DESCRIBED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:adviser|advisor|leaver|parent|mum|mother|father|dad|carer|grandmother"
    r"|grandfather|teenager|student|ambassador|apprentice|volunteer|survivor|youngster)\s+$"
)
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:a|an)\s+[^,.;:!?\n]{1,60},\s*(?:said|says|added|adds|told|tells|explained)\b"
)
# "Fatima, a team manager in the assessment service, describes...", "Jade, who is 19 and a
# member of the care leavers' forum, told me": an appositive naming what the person is,
# then the verb ("Instead, a manager, who ..., said" is no name).
_DESCRIBED_ROLE = re.compile(
    r",\s+(?:a|an|who\s+(?:is|was)|aged\s+\d{1,2})\s[^,.;:!?\n]{0,80}?"
    r"(?<![\w'’-])(?:manager|worker|member|leaver|officer|director|adviser|advisor|carer|parent"
    r"|mother|father|student|volunteer|nurse|teacher|practitioner|lead|leader|head|chair)"
    r"(?![\w'’-])[^,.;:!?\n]{0,80},\s*(?!(?:who|which|not|and|but|or|as)\b)[a-z]"
)


# "“...,” said Jordan." / "“...,” Jordan added.": the word right by a quotation's verb
_SPOKE = (
    r"(?:said|says|added|adds|asked|asks|explained|explains|continued|continues|recalled"
    r"|recalls|admitted|admits|told|tells)"
)
_SAID_BEFORE = re.compile(rf"[{FILL}{MARKS}][\s,]*{_SPOKE}\s+$")
_QUOTE_BEFORE = re.compile(rf"[{FILL}{MARKS}][\s,]*$")
_SAID_AFTER = re.compile(rf"\s+(?:also\s+)?{_SPOKE}\b")


def _by_a_quotation(text: str, start: int, end: int) -> bool:
    return bool(
        _SAID_BEFORE.search(text, max(0, start - 25), start)
        or (_QUOTE_BEFORE.search(text, max(0, start - 4), start) and _SAID_AFTER.match(text, end))
    )


def _lone_name(text: str, start: int, end: int) -> bool:
    """Whether one capitalised word is a person's name by what surrounds it."""
    return bool(
        _by_a_quotation(text, start, end)
        or _AGE_AFTER.match(text, end)
        or _DESCRIBED_AFTER.match(text, end)
        or (not text[start:end].endswith("ly") and _DESCRIBED_ROLE.match(text, end))
        or _DESCRIBED_BEFORE.search(text, max(0, start - 30), start)
    )


@dataclass(frozen=True)
class Name:
    """A personal name found in the text: its words without titles, and where."""

    full: str  # "Sarah Russell"
    start: int  # offset of the name's first word (after any title)
    end: int
    titled: bool  # a title (Cllr, Dr...) stood in front of it
    possessive: bool  # printed as "Russell's"

    @property
    def surname(self) -> str:
        return self.full.split()[-1]


def _bare(word: str) -> tuple[str, bool]:
    """The word without a possessive ending, and whether it had one."""
    if word.endswith(("’s", "'s")) and len(word) > 2:
        return word[:-2], True
    if word.endswith(("s’", "s'")) and len(word) > 2:
        return word[:-1], True
    return word, False


def find_names(
    text: str, offset: int = 0, is_place: Callable[[str], bool] | None = None
) -> list[Name]:
    """Personal names in ``text`` (offsets shifted by ``offset``).

    ``is_place(word)`` says whether a capitalised word is a council's name; such a word
    cannot start a name (Leicester Mercury, Walsall Council).
    """
    names: list[Name] = []
    run: list[tuple[str, int, int, bool]] = []  # (word, start, end, possessive)
    titled = False

    def flush() -> None:
        nonlocal titled
        while run and run[-1][0].lower() in _PARTICLES:
            run.pop()
        if len(run) >= 2 or (run and (titled or _lone_name(text, run[0][1], run[-1][2]))):
            full = " ".join(w for w, *_ in run)
            names.append(Name(full, offset + run[0][1], offset + run[-1][2], titled, run[-1][3]))
        run.clear()
        titled = False

    prev_end = 0
    for m in _TOKEN.finditer(text):
        raw = m.group()
        initial = bool(_INITIAL.fullmatch(raw))
        stop_after = raw.endswith(".") and not initial
        word, possessive = _bare(raw.rstrip(".") if not initial else raw)
        gap = text[prev_end : m.start()]
        prev_end = m.end()
        if run and (gap.strip() or "\n" in gap):
            flush()
        if not word:
            flush()
            continue
        low = word.lower()
        if low in TITLES and not run:
            titled = True
            continue
        if run and low in _PARTICLES and not possessive:
            run.append((word, m.start(), m.start() + len(word), False))
            continue
        ok = (
            (initial or _NAME_WORD.fullmatch(word))
            and low not in _STOP
            and low not in ORG_HEADS
            and len(run) < 4
        )
        if ok and not run and is_place is not None and is_place(word):
            ok = False
        if not ok:
            if run and low in ORG_HEADS and word[:1].isupper() and not run[-1][3]:
                run.clear()  # "Kids Matter Trust", "South Yorkshire Police": not a person
                titled = False
            flush()
            continue
        run.append((word, m.start(), m.start() + len(word), possessive))
        if possessive or stop_after:
            flush()
    flush()
    return names


@dataclass(frozen=True)
class Role:
    """A role as printed, and the organisation phrase taken out of it."""

    title: str
    org: str | None  # the organisation words as printed ("Leicester", "the council")
    org_start: int | None = None  # offset of those words
    begin: int | None = None  # offset where the role phrase (organisation included) begins


_LEAD_ORG = re.compile(
    # possessive: "Leicester's", "the council's", "Kent County Council's", "Ofsted's"
    rf"^(?P<org>(?:the\s+)?(?:[{UPPER}][\w'’&.-]*(?:\s+(?:and|&|upon|on|of|in|with)\s+|\s+))*?"
    rf"[{UPPER}][\w.&-]*|(?:the\s+)?(?:city\s+|county\s+|borough\s+)?(?:council|authority|"
    rf"local\s+authority|trust|service|department|partnership|board|inspectorate|watchdog|"
    rf"regulator|charity|organisation))['’]s\s+"
    # or a name used as a modifier: "Ofsted chief inspector", "Kent County Council leader"
    rf"|^(?P<org2>Ofsted|(?:[{UPPER}][\w'’&.-]*\s+(?:(?:and|&|upon|on)\s+)?){{1,3}}"
    rf"(?:City\s+|County\s+|Borough\s+|Metropolitan\s+Borough\s+)?Council)\s+",
)
# An employer that is not a council: a name ending in one of these words, a charity
# introduced as such, or a national body of the genre.
_EMPLOYER_HEAD = (
    r"Trust|Foundation|Society|Association|Charity|Police|Constabulary|Institute|Federation"
    r"|Union|Alliance|Network|Commission|University|College|Barnardo['’]s|NSPCC|LGA|ADCS|BASW"
    r"|CQC|NHS"
    r"|Action\s+for\s+Children|Social\s+Work\s+England"
)
_EMPLOYER = (
    rf"(?:the\s+)?(?:(?:charity|organisation|think[-\s]?tank|campaign\s+group)\s+"
    rf"(?:[{UPPER}][\w'’&.-]*)(?:\s+(?:and|&|for|of|on)?\s*[{UPPER}][\w'’&.-]*)*"
    rf"|(?:[{UPPER}][\w'’&.-]*\s+(?:(?:and|&|for|of|on|the)\s+)*)*(?:{_EMPLOYER_HEAD})"
    rf"(?:\s+(?:of|for)\s+[{UPPER}][\w'’&.-]*(?:\s+(?:and|&|for|of|on)?\s*[{UPPER}][\w'’&.-]*)*)?)"
)
EMPLOYER = re.compile(rf"^\s*(?:{_EMPLOYER})\s*$")
_TRAIL_ORG = re.compile(
    rf"\s+(?:at|in|with)\s+(?P<org>(?:the\s+)?(?:city|county|borough|council|local\s+authority"
    rf"|authority|inspectorate)|Ofsted|(?:[{UPPER}][\w'’&.-]*)(?:\s+(?:and|&|upon|on|of|"
    rf"with)?\s*[{UPPER}][\w'’&.-]*)*)\s*$"
    # "leader of Birmingham City Council": a named council after of/for is the organisation
    rf"|\s+(?:of|for)\s+(?P<named>(?:the\s+)?(?:[{UPPER}][\w'’&.-]*\s+(?:(?:and|&|upon|on)\s+)?)+"
    rf"(?:City\s+|County\s+|Borough\s+|Metropolitan\s+Borough\s+)?Council|Ofsted)\s*$"
    # "chief executive of the charity Kids First", "president of the Local Government
    # Association": an employer after of/at is the organisation, not part of the role
    rf"|\s+(?:of|at|for)\s+(?P<employer>{_EMPLOYER})\s*$"
)
_ORG_WORDS = _words(
    """
    council authority county city borough ofsted ofsted's inspectorate watchdog regulator trust
    service department partnership board charity organisation
    """
)
_PAREN = re.compile(r"\s*\([^()]*\)")
_LEADING_NOISE = re.compile(
    r"^(?:(?:who|which)\s+(?:is|was|has\s+been|had\s+been|became)\s+|now\s+|currently\s+|"
    r"also\s+|the\s+|a\s+|an\s+|(?:aged\s+)?\d{1,2}(?:\s+and|,)\s+)+",
    re.IGNORECASE,
)


# "who became director last year", "director since 2019": when, not part of the role
_WHEN = re.compile(
    r"\s+(?:(?:last|this|next|earlier\s+this|later\s+this)\s+(?:year|month|week|spring|summer"
    r"|autumn|winter)|(?:in|since|from)\s+(?:\d{4}|(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)|(?:a|two|three|four|five|six)\s+(?:years?"
    r"|months?)\s+ago)\b.*$",
    re.DOTALL,
)


def _clean(title: str) -> str:
    title = _WHEN.sub("", _PAREN.sub("", title))
    return title.strip(" ,;:–—-\u00a0").strip()


# Capitalised words of a portfolio or service ("Director of Children's Services", "Director
# of Operations"), as opposed to an organisation's name after "of".
_PORTFOLIO = _words(
    """
    operations practice improvement quality performance commissioning transformation strategy
    development engagement prevention intervention integration standards safeguarding people
    place skills adult adults youth justice send disabilities disability fostering adoption
    residential placements statutory specialist targeted customer provision planning access
    achievement opportunities lifelong commercial digital economy environment neighbourhoods
    change delivery governance legal assurance
    """
)
_SUB_BODIES = _words("board boards committee committees panel panels forum group groups")
_OF_NAME = re.compile(
    rf"\s+of\s+(?:(?P<council>[Tt]he\s+(?:(?:[Cc]ity|[Cc]ounty|[Bb]orough)\s+)?[Cc]ouncil)"
    rf"|(?P<name>(?:the\s+)?[{UPPER}][\w'’&.-]*(?:\s+(?:and|&|for|of|on)?\s*"
    rf"[{UPPER}][\w'’&.-]*)*))\s*$"
)


def _portfolio_word(word: str) -> bool:
    low = _bare(word.lower())[0]
    return low in _STOP or low in _PORTFOLIO or low in _LINKS


def _names_an_employer(words: str) -> bool:
    """Whether capitalised words after "of" name an organisation, not a portfolio ("of
    Children's Services") or a body inside one ("of the LGA's Children and Young People
    Board", which stays part of the role)."""
    tokens = _TOKEN.findall(words)
    if any(_POSSESSIVE.search(t) for t in tokens[:-1]):
        return False
    if tokens and tokens[-1].lower() in _SUB_BODIES:
        return False
    return not all(_portfolio_word(w) for w in tokens)


_PARTY = re.compile(
    r"^(?:Labour|Conservatives?|Tory|Tories|Liberal\s+Democrats?|Lib\s+Dems?|Greens?|Reform(?:\s+UK)?"
    r"|Independents?)['’]s?\s+"
)


_CAP_WORD = re.compile(rf"[{UPPER}][\w'’&.-]*")
_ACRONYM = re.compile(r"[A-Z]{2,}(?:['’]s)?")


def _leading_body(title: str) -> int:
    """Where a role starts after a body named in front of it ("UNISON South East regional
    organiser", "BASW England's national director", "Kids Matter Trust chief executive"):
    capitalised words holding an acronym or ending in an organisation's head word, then
    the role. 0 when the role has no such body in front."""
    words = list(_TOKEN.finditer(title))
    k = 0
    while k < len(words) and _CAP_WORD.fullmatch(words[k].group()):
        if _ROLE_HEAD.fullmatch(_bare(words[k].group())[0]):
            break
        possessive = _bare(words[k].group())[1]
        k += 1
        if possessive:
            break
    if k == 0 or k == len(words):
        return 0
    run = [_bare(w.group())[0] for w in words[:k]]
    if not any(_ACRONYM.fullmatch(w) for w in run) and run[-1].lower() not in ORG_HEADS:
        return 0
    return words[k].start()


def _split_org(title: str, start: int) -> Role | None:
    """Take a possessive/leading organisation and a trailing 'at/in X' out of a role."""
    title = _clean(title)
    party = _PARTY.match(title)
    if party:  # "Labour's cabinet member": the party is neither the role nor the employer
        title, start = title[party.end() :], start + party.end()
    org = None
    org_start = None
    lead = _LEAD_ORG.match(title)
    last = (lead["org"] or lead["org2"]).split()[-1].lower() if lead else ""
    if lead and not _ROLE_HEAD.fullmatch(last) and (last not in _STOP or last in _ORG_WORDS):
        word = lead["org"] or lead["org2"]
        # "children's services portfolio holder": a lowercase possessive is part of the role
        if word[0].isupper() or lead["org"]:
            org, org_start = word, start
            title = title[lead.end() :]
            start += lead.end()
    if org is None:
        body = _leading_body(title)
        if body:
            org, org_start = _bare(title[:body].rstrip())[0], start
            title, start = title[body:], start + body
    trail = _TRAIL_ORG.search(title)
    if trail and _CHAIR_OF.match(title) and trail.group().lstrip().startswith("of"):
        # "independent chair of the Safeguarding Partnership": what they chair
        return _finish(title, org, org_start, start)
    if trail:
        group = next(g for g in ("org", "named", "employer") if trail[g])
        org, org_start = trail[group], start + trail.start(group)
        title = title[: trail.start()]
    else:
        named = _OF_NAME.search(title)
        group = "council" if named and named["council"] else "name"
        employer = named is not None and (group == "council" or _names_an_employer(named[group]))
        if employer and not _CHAIR_OF.match(title):
            # "Leader of the Council"; "chief executive of Care Leavers United": a name that
            # is no portfolio (but a chair's role holds what they chair)
            org, org_start = named[group], start + named.start(group)
            title = title[: named.start()]
    return _finish(title, org, org_start, start)


# A chair's role holds what they chair.
_CHAIR_OF = re.compile(r"^(?:[\w'’-]+\s+){0,2}(?:co-)?chair(?:man|woman|person)?\s+of\s", re.I)


def _finish(title: str, org: str | None, org_start: int | None, start: int) -> Role | None:
    title = _clean(title)
    if not title or not _ROLE_HEAD.search(title):
        return None
    return Role(title, org, org_start, start)


def is_lead_in(text: str) -> bool:
    """Whether the words before a name are only titles, articles and punctuation."""
    return all(w.lower().rstrip(".") in TITLES | _DETERMINERS for w in _TOKEN.findall(text))


_APPOSITIVE_END = re.compile(
    r",\s*(?:who|which|in|on|speaking|adding|when|after|following|during|since|as)\b"
    r"|,\s*(?=[^,]*?\b(?:is|was|has|had|will|would|joined|took|became|left|told|said|\w+ed)\b)"
    r"|\s+whose\b",
    re.IGNORECASE,
)


def is_role_lead(lead: str, start: int) -> bool:
    """Whether the words before a name are a role (with titles and articles), and
    nothing else: "council leader Cllr " yes, "the report, published by chief inspector "
    no."""
    if is_lead_in(lead):
        return True
    role = role_before(lead, start)
    return role is not None and role.begin is not None and is_lead_in(lead[: role.begin - start])


# "who chairs the LGA's children and young people board", "who leads the council": a
# role given as what the person does, kept as printed.
_VERB_ROLE = re.compile(
    r"^\s*(?:who|which)\s+(?:now\s+|also\s+|currently\s+|jointly\s+)?"
    r"(?P<role>(?:chairs|co-chairs|leads|heads|runs|manages|directs|oversees)\s+\S.*?)[\s,]*$",
    re.DOTALL,
)
_VERB_ROLE_ORG = re.compile(
    rf"(?P<org>(?:the\s+)?(?:city\s+|county\s+|borough\s+)?(?:council|authority)"
    rf"|(?:[{UPPER}][\w&.-]*\s+(?:(?:and|&|upon|on|of)\s+)?)*[{UPPER}][\w&.-]*)"
    rf"(?:['’]s(?=\s)|\s*$)"
)


def _verb_role(m: re.Match[str], start: int) -> Role:
    title = m["role"].strip()
    begin = start + m.start("role")
    org = _VERB_ROLE_ORG.search(title)
    if org is None:
        return Role(title, None, None, begin)
    return Role(title, org["org"], begin + org.start("org"), begin)


def role_after(app: str, start: int) -> Role | None:
    """The role in an appositive after a name: ", director of children's services at X",
    or ", who chairs the safeguarding board"."""
    cut = _APPOSITIVE_END.search(app)
    if cut:
        app = app[: cut.start()]
    verb = _VERB_ROLE.match(app)
    if verb:
        return _verb_role(verb, start)
    if re.match(r"\s*(?:who|which)\s", app) and not _LEADING_NOISE.match(app.strip()):
        return None  # ", who took over as director in 2022": history, not the role held
    lead = _LEADING_NOISE.match(app.strip())
    shift = len(app) - len(app.lstrip())
    if lead:
        shift += lead.end()
    return _split_org(app[shift:] if lead else app, start + (shift if lead else 0))


_NAME_JOINS = {"and", "&", "upon", "on"}


def _name_start(seg: str, words: list[re.Match[str]], first: int) -> int:
    """The first word of a capitalised name that ends at words[first]: the words before
    it, with nothing but spaces between, that are capitalised or join a name."""
    while first > 0:
        w = words[first - 1]
        text = w.group()
        if seg[w.end() : words[first].start()].strip():
            break
        low = text.lower()
        if low in _NAME_JOINS and first > 1 and words[first - 2].group()[:1].isupper():
            first -= 1
            continue
        if not text[:1].isupper() or low in _DETERMINERS or low in TITLES or low in _ROLE_BREAK:
            break
        first -= 1
    return first


def role_before(seg: str, start: int) -> Role | None:
    """The role just in front of a name: "Leicester's deputy city mayor for X, " or
    "Director of children's services "; read back from the last role word."""
    seg = _PAREN.sub("", seg)
    words = list(_TOKEN.finditer(seg))
    while words and words[-1].group().lower().rstrip(".") in TITLES:
        words.pop()
    if not words or words[-1].group().lower() in _LINKS:
        return None  # "... director of children's services and Jane Smith": not her role
    seg = seg[: words[-1].end()]
    heads = [i for i, w in enumerate(words) if _ROLE_HEAD.fullmatch(w.group().strip(".,"))]
    if not heads:
        return None
    # A role does not reach back over a verb or a clause boundary.
    last = heads[-1]
    for i in range(last + 1, len(words)):
        if words[i].group().lower() in _ROLE_BREAK:
            return None
    first = last
    while first > 0:
        w = words[first - 1]
        low = w.group().lower()
        between = seg[w.end() : words[first].start()]
        if between.strip() or low in _ROLE_BREAK or low in _DETERMINERS or low in _PREPOSITIONS:
            break  # "the leadership of director X": only words in front of the head word
        first -= 1
        if low.endswith(("'s", "’s")) and (w.group()[0].isupper() or _BODY.match(low)):
            # "Leicester's", "the council's": the organisation opens the role; a name of
            # several words goes with it ("North Northamptonshire's", "Brighton and Hove's")
            if w.group()[0].isupper():
                first = _name_start(seg, words, first)
            break
    while first < last and words[first].group().lower() in _DETERMINERS:
        first += 1
    begin = words[first].start()
    return _split_org(seg[begin:], start + begin)


_PARTIES = {
    "lab": "Labour", "con": "Conservative", "ld": "Liberal Democrat", "lib dem": "Lib Dem",
    "ind": "Independent", "lab/co-op": "Labour Co-op",
}  # fmt: skip
_PARTY_PAREN = re.compile(
    r"\s*\((?P<party>Labour(?:\s*(?:/|and)\s*Co-?op(?:erative)?)?|Lab(?:/Co-op)?|Conservatives?|Con"
    r"|Tory|Liberal\s+Democrats?|Lib\s+Dems?|LD|Greens?|SNP|Plaid\s+Cymru|Reform(?:\s+UK)?|DUP"
    r"|SDLP|Independent|Ind)\s*,\s*"
    rf"(?P<place>[{UPPER}][^()\n,;]{{0,60}}?)\s*\)"
)
_COUNCILLOR_TITLE = re.compile(r"(?:^|\s)(?:Cllr|Coun|Councillor|Councilor)\.?\s+$", re.IGNORECASE)


def party_role(before: str, after: str, start: int) -> Role | None:
    """The role of a name followed by its party and seat in brackets, as parliamentary and
    council reports print them: "Jo Hart (Labour, Leeds East)" is the Labour MP for Leeds
    East; "Cllr Jo Hart (Lab, Roundhay)" the Labour councillor for Roundhay. ``before`` is
    the text before the name, ``after`` the text after it, starting at ``start``."""
    m = _PARTY_PAREN.match(after)
    if m is None:
        return None
    party = " ".join(m["party"].split())
    party = _PARTIES.get(party.lower(), party)
    office = "councillor" if _COUNCILLOR_TITLE.search(before[-20:]) else "MP"
    return Role(f"{party} {office} for {m['place']}", None, None, start + m.start("party"))
