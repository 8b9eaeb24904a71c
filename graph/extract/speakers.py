"""Speakers: who said each quotation, in which role, for which organisation.

The rules follow how UK news, trade press and council press releases attribute
quotations, reading the words outside quotation marks:

1. right after the quotation: “...,” she said / said Sarah Russell, <role> /
   states the report / Nawaz added / according to inspectors;
   a press release may sign it with a dash: “...” – Cllr Jo Watts, cabinet member;
2. before it, in the same clause: the subject of the first speech verb
   (Ofsted said that ... “significant strengths”; Councillor X, <role>, said:
   “...”; Inspectors urged the council to ensure “...”), or of the verb right before
   the colon that opens it, or "according to X"; a passive verb ("was praised by
   Ofsted for its “...”") gives its agent; but what someone says the report found
   ("X said the report found that managers had “...”"), words the report is named as
   saying ("the report's praise for their “...”") and what people told inspectors
   are the report's, i.e. Ofsted's;
3. later in the sentence: ..., states Ofsted's inspection report / ..., the chief
   inspector has warned;
4. a quotation paragraph with no attribution of its own belongs to the speaker of
   the paragraph before it ("X said:" then the statement), as do the items of a list
   that a line ending with a colon leads into; an unattributed fragment
   to the speaker of its paragraph so far; unless someone we cannot name spoke
   after them;
5. an unattributed fragment in narrative text of an article about an inspection is
   the inspection report's, i.e. Ofsted's (the genre quotes the report's verdicts);
   such a guess is no antecedent for what follows.

A speech verb whose subject cannot be resolved (parents, campaigners, an unnamed
source) leaves the speaker unknown rather than guessed; a verb inside a relative
clause ("the report, which rated it good but judged X poor, ...") or a participle after
"with" (", with its adoption work singled out as a strength", "described as") is nobody
speaking, and neither is a person named as an agent in an aside ("The letter, signed by
HMI X, said"). A council named only as history employs nobody quoted. Ofsted with the
inspectorates it inspects with ("Ofsted and the CQC") speaks as Ofsted. Pronouns go back
to the last person named (he/she) or the last non-person voice (it/they), including the
one an interviewer's question names; surnames, first names
and role nouns ("the director") to the person introduced earlier with them. A role
named before anyone holds it ("the chief inspector of Ofsted has warned") goes to the
person named next who speaks; an office whose holder is never named ("the council's
portfolio holder") speaks for its council, or for Ofsted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from graph import gazetteer as gazetteer_mod
from graph.extract import people, voices
from graph.extract.councils import background
from graph.extract.layout import Document
from graph.extract.marks import MARKS
from graph.extract.paragraphs import Paragraph, paragraphs
from graph.extract.records import CouncilMention, QuoteRecord, Span, Speaker
from graph.extract.sentences import FILL, Sentence, SentenceIndex, mask, quote_bounds, split

_SAY_POST = (
    r"said|says|added|adds|told|tells|stated|states|explained|explains|commented|comments|"
    r"noted|notes|continued|continues|remarked|warned|warns|concluded|concludes|wrote|writes|"
    r"insisted|insists|acknowledged|acknowledges|admitted|admits|claimed|claims|argued|argues|"
    r"replied|responded|confirmed|confirms|observed|observes|reported|reports|stressed|"
    r"stresses|emphasised|emphasises|recalled|conceded|went\s+on|goes\s+on|declared|declares|"
    r"vowed|vows|pledged|pledges|tweeted|reflected|reflects|maintained|apologised|apologises"
)
_SAY_ANY = (
    _SAY_POST + r"|say|praised|praises|praising|found|finds|highlighted|highlights|highlighting|"
    r"described|describes|describing|urged|urges|urging|criticised|criticises|criticized|"
    r"criticizes|criticising|welcomed|welcomes|recognised|recognises|recognized|identified|"
    r"identifies|judged|judges|commended|commends|singled\s+out|called|calls|branded|brands|"
    r"labelled|revealed|reveals|announced|announces|believes|believed|felt|feels|thinks|"
    r"hailed|hails|recommended|recommends|expressed|questioned|noticed|lauded|applauded|"
    r"cited|cites|pointed\s+out|points\s+out|saying|adding|stating|noting|warning|explaining|"
    r"telling|claiming|arguing|insisting|acknowledging|concluding|calling|describing|"
    r"reporting|suggested|suggests|suggesting|asked|asks|demanded|demands|promised|promises|"
    r"slammed|blasted|hit\s+out|thanked|paid\s+tribute|vowing|pledging|puts?\s+it|"
    r"(?<=statement\s)reads?|(?<=letter\s)reads?|(?<=message\s)reads?|reads?(?=\s*:)"
)
_VERB_ANY = re.compile(rf"(?<![\w'’-])(?:{_SAY_ANY})(?![\w'’-])")
_POSTPOSED = re.compile(
    rf"^[\s,.;:!?–—-]*(?:(?P<inv>{_SAY_POST})\s+(?P<isubj>\S.*)|according\s+to\s+(?P<acc>\S.*)"
    rf"|(?P<subj>[^.;:!?]{{1,160}}?)\s+(?:also\s+|then\s+|later\s+)?(?P<verb>{_SAY_POST})"
    rf"(?![\w'’-]))",
    re.DOTALL,
)
# A press release signs a quotation with a dash and the speaker, with no verb.
_SIGNATURE = re.compile(
    rf"^[ \t\u00a0]*[–—-][ \t\u00a0]*(?P<who>[^\s{FILL}](?:(?!\b(?:{_SAY_ANY})\b)[^\n{FILL}])*)$"
)
_INVERTED_LATER = re.compile(
    rf",\s*(?:(?:{_SAY_POST})\s+(?P<isubj>\S.*)|according\s+to\s+(?P<acc>\S.*))", re.DOTALL
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<acc>\S.*?)(?:,|$)", re.IGNORECASE | re.DOTALL)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|got|get|gets|getting)\s+(?:\w+ly\s+|also\s+|not\s+)*$"
    r"|['’]s\s+been\s+$"
)
_BY_AGENT = re.compile(r"^\s+(?:\w+ly\s+)?by\s+(?P<agent>\S.*)", re.DOTALL)
_RELATIVE = re.compile(
    r"(?:\b(?:which|that|who|whom|whose|to|not|and|or|being|having)|[(\[])\s*$|^\s*$"
)
# ", with the council's work singled out as a strength": a participle, nobody speaking
_ABSOLUTE = re.compile(r"\s*with\b", re.IGNORECASE)
# A verb inside a relative clause opened since the last comma is not the sentence's.
_IN_RELATIVE = re.compile(r"\s*(?:which|who|whom|whose)\b", re.IGNORECASE)
# Verbs that report what a report states (not "reflected", "recognised", "welcomed")
_REPORTING = re.compile(
    r"found|finds|said|says|stated|states|described|describes|noted|notes|concluded|concludes"
    r"|judged|judges|wrote|writes|warned|warns|criticised|criticized|criticises|branded|brands"
    r"|labelled|called|calls|highlighted|highlights|identified|identifies|reported|reports"
)
# "praised for", "described as": a past participle with no subject of its own
_PARTICIPLE_AFTER = re.compile(r"\s+(?:for|as)\b")
# "the report's praise for their “...”", "Ofsted's description of the service as “...”":
# the quotation is the report's words, named by a noun of speech right before it.
_REPORT_NOUN = re.compile(
    r"(?<![\w'’])(?:ofsted|(?:the\s+|its\s+|their\s+)?(?:inspection\s+|ofsted\s+)?report"
    r"|inspectors|the\s+inspectorate|the\s+watchdog|the\s+regulator)['’]s?\s+"
    r"(?:praise|criticism|description|characterisation|verdict|warning|assessment|view|findings?"
    r"|words|conclusions?|comments?|judgement|concerns?|call)\s+"
    r"(?:(?!(?:is|was|were|are|has|had|have|be|been|would|will|could|should|did|does)\b)"
    r"[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
# "Social workers told inspectors (that) ...": words the report relays
_TOLD_INSPECTORS = re.compile(
    r"\b(?:told|tell|tells|telling)\s+(?:the\s+|ofsted['’]s?\s+)?(?:ofsted|inspectors|inspection\s+team)\b",
    re.IGNORECASE,
)
# A reporting clause that ends the sentence: "..., the chief inspector has warned."
_CLOSING_VERB = re.compile(
    r"\s*(?:(?:on|in|at|this|last|today|yesterday|earlier|recently)\b[^,.;:!?]{0,40})?"
    r"[.!?]?[\s" + FILL + r"]*$"
)
_CLAUSE = re.compile(
    r";|,\s+(?:and|but|while|whereas|although|though|however|yet)\b|\bbut\s|\bhowever,\s*", re.I
)
_TAIL = re.compile(
    r"(?:[\s,]+(?:also|has|have|had|previously|today|yesterday|recently|then|further|later|"
    r"now|again|earlier|subsequently|would|will|had|did|last\s+week|this\s+week|in\s+a\s+"
    r"statement|in\s+(?:its|the|her|his|their)\s+(?:report|statement|response)))*[\s,]*$",
    re.IGNORECASE,
)
_CUT_INVERTED = re.compile(
    r",\s*(?:who|which|in|on|at|speaking|adding|when|after|following|as|during|before|"
    r"however|but|and\s+(?:said|added))\b|\s+(?:in\s+a\s+statement|following|after|on\s+\w+day|"
    r"in\s+(?:its|their|his|her)\s+(?:report|statement))\b|[.;:!?]",
    re.IGNORECASE,
)
_PRONOUN_END = re.compile(r"(?<![\w'’])(?P<p>he|she|they|it)\s*$", re.IGNORECASE)
_PRONOUN_START = re.compile(r"^\s*(?P<p>he|she|they|it)(?![\w'’])", re.IGNORECASE)
_ROLE_NOUN_HEADS = (
    r"mayor|director|councillor|member|holder|leader|executive|chair(?:man|woman|person)?|"
    r"head|manager|commissioner|minister|secretary|president|chief\s+inspector|mp"
)
# "the director", "the council's portfolio holder", "Ofsted's chief inspector"
_ROLE_NOUN_DET = r"(?:the|our|its|their|his|her|a|an|[\w&.-]+['’]s)"
_ROLE_NOUN_END = re.compile(
    rf"(?<![\w'’]){_ROLE_NOUN_DET}\s+(?:[\w'’-]+\s+){{0,3}}?(?P<head>{_ROLE_NOUN_HEADS})\s*$",
    re.IGNORECASE,
)
_ROLE_NOUN_OF = re.compile(
    rf"(?<![\w'’]){_ROLE_NOUN_DET}\s+(?:[\w'’-]+\s+){{0,3}}?(?P<head>{_ROLE_NOUN_HEADS})"
    r"\s+(?:of|for|at)\s+[^,]*$",
    re.IGNORECASE,
)
# A council office named without its holder: the council speaks through it.
_COUNCIL_OFFICE = re.compile(
    r"\b(?:council|cabinet|portfolio|mayor|lead\s+member|executive\s+member|councillor)", re.I
)
_SURNAME_END = re.compile(rf"(?<![\w'’-])(?P<w>[{people.UPPER}][\w'’-]+)\s*$")
_SURNAME_START = re.compile(rf"^\s*(?P<w>[{people.UPPER}][\w'’-]+)(?![\w'’-])")
# Letters after a name: "Tom Bell MP", "Jo Hale OBE"; an MP's is a role.
_POSTNOMINALS = re.compile(r"(?:\s+(?P<office>MP|MSP|MEP)|\s+(?:QC|KC|OBE|CBE|MBE|DBE|JP))+\b")
_APPOSITIVE = re.compile(
    r"^(?:['’]s?)?(?:\s+(?:MP|MSP|MEP|QC|KC|OBE|CBE|MBE|DBE|JP)\b)*\s*(?:\([^()]*\))?\s*"
    # "Jo Hart of West Yorkshire Police said": the body the person is from
    r"(?:(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|&|the))*)?"
    r"\s*(?:(?:,|\s[–—-]\s|[–—])(?P<app>.*?))?[\s,–—-]*$",
    re.DOTALL,
)
_OWN_WORDS = re.compile(
    r"^['’]s?\s+(?:(?:written|formal|official|own|latest)\s+)?(?:statement|letter|comments?"
    r"|words|response|message|blog|foreword|introduction|spokes(?:person|man|woman))\s*$"
)
_TRAILING_RELATIVE = re.compile(r"^(?P<head>.*?\S)\s+(?:who|which|that)\s", re.DOTALL)
_TRAILING_PLACE = re.compile(r"^(?P<head>.*?\S)\s+(?:in|at|across)\s+[^,]*$", re.DOTALL)
_TRAILING_APPOSITIVE = re.compile(r"^(?P<head>.*?[^,\s])\s*,[^,]+,?\s*$", re.DOTALL)
_COUNCIL_ROLE = re.compile(
    r"mayor|council|cabinet|lead\s+member|executive\s+(?:board\s+)?member|member\s+for\s|"
    r"portfolio|director|leader|"
    r"chief\s+executive|head\s+of|chair\s+of\s+(?:the\s+)?(?:children|scrutiny|corporate)",
    re.IGNORECASE,
)
# Offices that only a council has.
_COUNCIL_ONLY = re.compile(
    r"\b(?:cabinet|portfolio\s+holder|lead\s+member|executive\s+member|councillor|mayor)\b", re.I
)
# Ofsted's people: HMI, its inspectors (not a police or detective inspector), its directors.
_INSPECTOR_ROLE = re.compile(r"\b(?:inspector|hmci|hmi)\b", re.I)
_OTHER_INSPECTOR = re.compile(r"\b(?:detective|police|constabulary|probation|fire)\b", re.I)
_OFSTED_ROLE = re.compile(r"\b(?:regional|national|deputy)\s+director\b", re.I)
_DISCOURSE = re.compile(
    r"^(?:(?:meanwhile|however|elsewhere|separately|also|and|but|now|today|yesterday|"
    r"in\s+(?:a|its|their)\s+(?:statement|report|response)|in\s+response|overall|"
    r"last\s+year|this\s+year|in\s+\d{4})[\s,]+)+",
    re.IGNORECASE,
)
_PASSIVE_ANY = re.compile(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+|also\s+|not\s+|now\s+|then\s+)*"
    r"[\w-]+(?:ed|en|wn|ld|ght|id|de|pt|ft|ut|ung)\b",
    re.IGNORECASE,
)
_INSPECTION_WORDS = re.compile(
    r"\bofsted\b|\binspect\w*|\breport\b|\b(?:rated|judged|graded)\b|\bwatchdog\b", re.I
)
# ", director of children's services, said" / " – the council's director – said"
_APPOSITIVE_AFTER = re.compile(
    rf"^\s*(?:\([^()]*\))?\s*(?:,|\s[–—-]\s|[–—])(?P<app>[^.;:!?{FILL}]*)"
)
# ", signed by HMI ", ", led by director ": a person named as an agent in an aside
_AGENT_ASIDE = re.compile(r"[^,\s][^,]*,\s*(?:\w+\s+)?\w+(?:ed|en|ned)\s+by\s+[^,]*$")
# "a statement from the council", "a letter issued by Ofsted": whose words they are
_STATEMENT_FROM = re.compile(
    r"\b(?:statement|letter|message|response|reply|post)\s+(?:from|by|issued\s+by"
    r"|released\s+by|on\s+behalf\s+of)\s+(?P<who>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "the council's statement", "Ofsted's response": the owner's words
_OWNED_WORDS = re.compile(
    r"['’]s?\s+(?:(?:own|written|formal|official|latest|short|joint|brief)\s+)?(?:statement"
    r"|response|message|reply|press\s+release|website|blog)\s*$",
    re.IGNORECASE,
)
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
_SAY_POST_RE = re.compile(_SAY_POST)
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’]m|I['’]ve|my|we|we['’]re|we['’]ve|our|us)\b", re.IGNORECASE
)
# A clause that opens with its speech verb: its subject is the sentence's
_VERB_FIRST = re.compile(rf"\s*(?:also\s+|then\s+)?(?:{_SAY_ANY})(?![\w'’-])")
# An interviewer's question about what someone said or found
_QUESTION = re.compile(
    r"\b(?:what|how|why|where|when|did|do|does|have|has)\s+(?:did|do|does|have|has|had|were|was)?"
    r"\s*(?P<subj>[^?]{1,60}?)\s+(?:say|said|find|found|tell|told|write|wrote|think|thought"
    r"|highlight|praise|criticise|make\s+of)\b[^?]*\?",
    re.IGNORECASE,
)
# "Jo Hart, who added:" / "the verb right before the colon that opens a quotation"
_WHO_BEFORE = re.compile(r",\s*who\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?$", re.I)
_COLON_AFTER = re.compile(r"\s*:[\s" + FILL + r"]*$")
# "Jo Hart is the council's director", "Jo Hart has been director since 2020"
_IS_ROLE_AFTER = re.compile(
    r"^\s+(?:is|has\s+been|remains|is\s+now|serves\s+as|has\s+served\s+as)\s+(?=the\s|an?\s|[\w'’-]+['’]s\s|"
    r"(?:acting|interim|deputy|assistant|executive|corporate|strategic|chief|director|leader|head)\b)",
    re.IGNORECASE,
)
# "The council's director of children's services is Jo Hart"
_IS_ROLE_BEFORE = re.compile(r"\s+(?:is|has\s+been|remains)\s+$", re.IGNORECASE)
_APPOSITIVE_STOP = re.compile(rf"(?:,\s*|\s+)(?:{_SAY_ANY}|who|which)\b")
_BLOCKED = object()  # a speech verb whose subject is unknown: do not guess


OFSTED = Speaker(name="Ofsted", kind="inspectorate", organisation="ofsted")


@dataclass(frozen=True)
class _Mention:
    """A person named in the text, with the role stated at that place (if any)."""

    name: people.Name
    full: str
    role: people.Role | None


@lru_cache(maxsize=8)
def _place_words(gaz: gazetteer_mod.Gazetteer) -> frozenset[str]:
    """One-word council names ("leicester"), which do not start a person's name."""
    words = set()
    for form in gaz.surface_forms():
        key = gazetteer_mod.normalise_name(form)
        if key and " " not in key:
            words.add(key)
    return frozenset(words)


class _Article:
    """One article's paragraphs, sentences, named people and voices so far."""

    def __init__(
        self,
        doc: Document,
        quotes: list[QuoteRecord],
        mentions: list[CouncilMention],
        gaz: gazetteer_mod.Gazetteer,
    ) -> None:
        self.text = doc.text
        self.gaz = gaz
        self.paras: list[Paragraph] = paragraphs(doc)
        self.masked = mask(doc.text, quotes)
        self.mentions_ofsted = "ofsted" in self.masked.lower()
        self._guessed = False  # the last attribution was the report-fragment default
        self.unknown: dict[int, int] = {}  # paragraph -> last place someone unknown speaks
        self.sentences: list[Sentence] = split(self.masked, doc.text, self.paras)
        self.index = SentenceIndex(self.sentences)
        # a council named only as history ("created when Cumbria County Council was
        # abolished") employs nobody quoted in the story
        self.mentions = sorted(
            (m for m in mentions if not background(doc.text, m, None, gaz)),
            key=lambda m: m.span.start,
        )
        self._mention_starts = [m.span.start for m in self.mentions]
        self.places = _place_words(gaz)
        self.people: list[_Mention] = []
        self._people_starts: list[int] = []
        self.by_surname: dict[str, set[str]] = {}
        self.by_first: dict[str, set[str]] = {}  # "Ellen" -> {"Ellen Brackley"}
        self.assigned_roles: dict[str, people.Role] = {}  # roles named before the person
        self.events: list[tuple[int, int, Speaker]] = []  # (offset, paragraph, speaker)
        self.events_in: dict[int, list[tuple[int, Speaker]]] = {}  # by paragraph
        self.mentions_of: dict[str, list[_Mention]] = {}  # by full name, in text order
        self._find_people()

    # -- people -------------------------------------------------------------------------

    def _is_place(self, word: str) -> bool:
        return word.lower() in self.places

    def _find_people(self) -> None:
        found: list[tuple[people.Name, people.Role | None]] = []
        for s in self.sentences:
            chunk = self.masked[s.start : s.end]
            for n in people.find_names(chunk, s.start, self._is_place):
                if not n.titled and " " not in n.full and self._a_voice(n.start):
                    continue  # "“...,” said Barnardo's": a body, not a first name
                found.append((n, self._role_at(n, s)))
        fulls = {n.full for n, _ in found if len(n.full.split()) > 1}
        for n, _ in found:
            if n.full in fulls:
                self.by_surname.setdefault(n.surname, set()).add(n.full)
                self.by_first.setdefault(n.full.split()[0], set()).add(n.full)
        for n, role in found:
            full = n.full
            if len(full.split()) == 1:
                known = self.by_surname.get(full) or self.by_first.get(full, set())
                if len(known) > 1 and not n.titled:
                    continue  # "Mia said", with Mia Doyle and Mia Hart named: nobody known
                if len(known) == 1:
                    full = next(iter(known))
            self.people.append(_Mention(n, full, role))
            self.mentions_of.setdefault(full, []).append(self.people[-1])
            self._people_starts.append(n.start)

    def _a_voice(self, at: int) -> bool:
        """Whether the words at ``at`` name Ofsted, a council or a national body."""
        s = self.masked[at : at + 80]
        starts = (voices.NAMED_START, voices.OFSTED_START, voices.COUNCIL_START)
        return any(p.match(s) for p in starts) or any(p.match(s) for _, p, _ in voices.ORGS)

    def _role_at(self, n: people.Name, s: Sentence) -> people.Role | None:
        role = people.role_before(self.masked[s.start : n.start], s.start)
        if role is not None:
            return role
        after = self.masked[n.end : s.end]
        post = _POSTNOMINALS.match(after)
        skip = post.end() if post else 0
        m = _APPOSITIVE_AFTER.match(after[skip:])
        if m:
            app = m["app"]
            relative = re.match(r"\s*(?:who|which)\s", app)  # ", who is the director"
            verb = _APPOSITIVE_STOP.search(app, relative.end() if relative else 0)
            if verb:
                app = app[: verb.start()]
            role = people.role_after(app, n.end + skip + m.start("app"))
            if role is not None:
                return role
        role = people.party_role(self.masked[s.start : n.start], after, n.end)
        if role is not None:  # "Jo Hart (Labour, Leeds East)"
            return role
        role = self._role_said_is(n, s, after)
        if role is not None:
            return role
        if post and post["office"]:  # "Tom Bell MP said"
            at = n.end + post.start("office")
            return people.Role(post["office"], None, None, at)
        return None

    def _role_said_is(self, n: people.Name, s: Sentence, after: str) -> people.Role | None:
        """A role the sentence states with a verb: "Jo Hart is the council's director" or
        "The council's director of children's services is Jo Hart"."""
        m = _IS_ROLE_AFTER.match(after)
        if m:
            app = after[m.end() :]
            verb = _APPOSITIVE_STOP.search(app)
            app = re.split(r"[,.;:!?()" + FILL + "]", app[: verb.start()] if verb else app)[0]
            return people.role_after(app, n.end + m.end())
        before = self.masked[s.start : n.start]
        m = _IS_ROLE_BEFORE.search(before)
        if m and not before[: m.start()].strip(" ,").count(","):
            lead = before[: m.start()]
            start = s.start + (lead.rfind(",") + 1)
            return people.role_before(before[lead.rfind(",") + 1 : m.start()], start)
        return None

    def _person(self, mention: _Mention) -> Speaker:
        """The person's speaker record: role and organisation from this mention, or
        from the nearest other mention of the same person that states them."""
        role = mention.role
        if role is None:
            same = [m for m in self.mentions_of[mention.full] if m.role is not None]
            if same:
                before = [m for m in same if m.name.start <= mention.name.start]
                role = (before[-1] if before else same[0]).role
            else:
                role = self.assigned_roles.get(mention.full)
        org = None
        title = None
        if role is not None:
            title = role.title
            org = self._organisation(role, mention.name.start)
        return Speaker(
            name=mention.full,
            kind="person",
            role=title,
            organisation=org,
            span=Span(mention.name.start, mention.name.end),
        )

    def _organisation(self, role: people.Role, at: int) -> str | None:
        """Whose role it is: a council's code, "ofsted", or None for anyone else."""
        elsewhere = False  # the role names an organisation that is not a council
        if role.org is not None and role.org_start is not None:
            org = role.org.strip()
            if re.search(r"ofsted|inspectorate|watchdog|regulator", org, re.IGNORECASE):
                return "ofsted"
            if re.fullmatch(
                r"(?:the\s+)?(?:city|county|borough|council|local\s+authority|authority)",
                org,
                re.IGNORECASE,
            ):
                return self._nearest_council(role.org_start)
            if people.EMPLOYER.match(org):
                return None  # a charity, a police force, a national body: not a council
            code = self._council_named(org, role.org_start)
            if code is not None:
                return code
            # "chief executive of Care Leavers United", "His Majesty's Chief Inspector"; but
            # only a council has a cabinet ("KCC cabinet member")
            elsewhere = not re.search(
                r"\b(?:council|authority)\b", org, re.IGNORECASE
            ) and not _COUNCIL_ONLY.search(role.title)
        if (
            _INSPECTOR_ROLE.search(role.title)
            and not _OTHER_INSPECTOR.search(role.title)
            and self.mentions_ofsted
        ):
            return "ofsted"  # HMI, the lead inspector, the chief inspector
        if _OFSTED_ROLE.search(role.title):
            for where in (at, role.begin):
                sent = self.index.at(where) if where is not None else None
                if sent is not None:
                    s = self.sentences[sent]
                    if "ofsted" in self.masked[s.start : s.end].lower():
                        return "ofsted"
        if _COUNCIL_ROLE.search(role.title) and not elsewhere:
            return self._nearest_council(at)
        return None

    # -- councils -----------------------------------------------------------------------

    def _nearest_council(self, at: int) -> str | None:
        """The council named last before ``at`` (or first after it)."""
        if not self.mentions:
            return None
        i = bisect_left(self._mention_starts, at) - 1
        return self.mentions[max(i, 0)].dfe_code

    def _council_within(self, start: int, end: int) -> str | None:
        """The council named inside [start, end) ("a spokesperson for Calderdale council"),
        else the one named last before it ("the council")."""
        for m in self.mentions[bisect_left(self._mention_starts, start) :]:
            if m.span.start >= end:
                break
            return m.dfe_code
        return self._nearest_council(start)

    def _council_named(self, words: str, at: int) -> str | None:
        """The council a printed name means: a council mention there, or the gazetteer."""
        end = at + len(words)
        for m in self.mentions[bisect_left(self._mention_starts, at - 1) :]:
            if m.span.start >= end:
                break
            return m.dfe_code
        words = re.sub(r"['’]s$", "", words.strip())
        parts = words.split()
        for k in range(len(parts)):
            c = self.gaz.resolve(" ".join(parts[k:]))
            if c is not None:
                return c.dfe_code
        return None

    def _council_speaker(
        self, code: str | None, role: str | None, at: int, end: int
    ) -> Speaker | None:
        council = self.gaz.by_code.get(code) if code else None
        if council is None:
            return None  # "the council" with no council named in the article
        return Speaker(
            name=council.council_name,
            kind="council",
            role=role,
            organisation=code,
            span=Span(at, end),
        )

    # -- resolving a subject ------------------------------------------------------------

    def _people_in(self, start: int, end: int) -> list[_Mention]:
        lo = bisect_left(self._people_starts, start)
        hi = bisect_left(self._people_starts, end)
        return [p for p in self.people[lo:hi] if p.name.end <= end]

    def _pronoun(self, word: str, at: int) -> Speaker | None:
        if word.lower() in ("he", "she"):
            return self._last_person(at)
        sent = self.index.at(at)
        if sent is not None and self.sentences[sent].start < at:
            # "Inspectors were with us in May, and these are things they wrote:"
            first = self._initial_subject(self.sentences[sent].start, at)
            if first is not None and first.kind != "person":
                return first
        here = self._para_of(at)
        for offset, para, who in reversed(self.events):
            if offset >= at:
                continue
            if here - para > 3:
                break
            if who.kind != "person":
                return who
        return None

    def _last_person(self, at: int) -> Speaker | None:
        """The person a he/she at ``at`` means: the last one named before it, preferring
        someone introduced with a title or role, or who has spoken, over a bare name."""
        i = bisect_left(self._people_starts, at)
        spoken = {who.name for _, _, who in self.events if who.kind == "person"}
        for m in reversed(self.people[:i]):
            if m.name.titled or m.role is not None or m.full in spoken:
                return self._person(m)
        return self._person(self.people[i - 1]) if i > 0 else None

    def _para_of(self, at: int) -> int:
        sent = self.index.at(at)
        return self.sentences[sent].para if sent is not None else 0

    def _by_role_noun(self, head: str, at: int, role: people.Role | None = None) -> Speaker | None:
        """The person a role noun means ("the director", "a council leader"): the last
        one introduced with that role, or else the next one within two paragraphs (a
        story's opening line often names the role before the person). A story may also
        open with the role alone ("..., the chief inspector has warned.") and name the
        person next without repeating it: the first person named after it, within two
        paragraphs, with no role of their own, who speaks there, takes the role."""
        i = bisect_left(self._people_starts, at)
        word = re.compile(r"\b" + r"\s+".join(head.lower().split()) + r"\b", re.IGNORECASE)
        for m in reversed(self.people[:i]):
            if m.role is not None and word.search(m.role.title):
                return self._person(m)
        limit = self._para_of(at) + 2
        for m in self.people[i:]:
            if self._para_of(m.name.start) > limit:
                break
            if m.role is not None and word.search(m.role.title):
                return self._person(m)
        nxt = next((m for m in self.people[i:] if m.name.start > at), None)
        if role is None or nxt is None or self._para_of(nxt.name.start) > limit:
            return None
        known = self._role_of(nxt.full)
        if nxt.name.possessive or (known is not None and known != role):
            return None
        if not self._speaks_after(nxt) or not self._bare_name(nxt):
            return None
        self.assigned_roles[nxt.full] = role
        return self._person(nxt)

    def _role_of(self, full: str) -> people.Role | None:
        """A role the text gives this person anywhere."""
        for m in self.mentions_of.get(full, []):
            if m.role is not None:
                return m.role
        return self.assigned_roles.get(full)

    def _bare_name(self, m: _Mention) -> bool:
        """Whether the name stands in its clause with nothing describing it in front
        ("Speaking in London, Amanda Spielman said", not "Parent Jo Bloggs said")."""
        sent = self.index.at(m.name.start)
        if sent is None:
            return False
        start = self.sentences[sent].start
        lead = self.masked[start : m.name.start]
        return people.is_lead_in(lead[lead.rfind(",") + 1 :])

    def _speaks_after(self, m: _Mention) -> bool:
        """Whether a speech verb follows the name in its sentence ("Jo Hale said...")."""
        sent = self.index.at(m.name.start)
        if sent is None:
            return False
        return _VERB_ANY.search(self.masked, m.name.end, self.sentences[sent].end) is not None

    def _role_holder(self, m: re.Match[str], s: str, start: int) -> tuple[Speaker, int] | None:
        """The speaker a role noun phrase at the end of ``s`` stands for: the person who holds
        the role, or, when the article never names them, the body the office belongs to
        ("the council's portfolio holder" is the council speaking; "Ofsted's regional
        director" is Ofsted); nobody for other unnamed offices ("the minister")."""
        at = start + m.start()
        role = people.role_before(s, start)
        who = self._by_role_noun(m["head"], at, role)
        if who is not None:
            return who, at
        if role is None:
            return None
        org = self._organisation(role, at)
        if org == "ofsted":
            return replace(OFSTED, span=Span(at, start + len(s))), at
        if org is not None and (role.org is not None or _COUNCIL_OFFICE.search(role.title)):
            body = self._council_speaker(org, role.title, at, start + len(s))
            return (body, at) if body else None
        return None

    def _voice(self, m: re.Match[str], kind: str, base: int) -> Speaker | None:
        start, end = base + m.start(), base + m.end()
        if kind == "ofsted":
            return replace(OFSTED, span=Span(start, end))
        if kind == "council":
            role = m.group("crole") or m.group("spokes")
            role = f"council {role}" if role and not role.lower().startswith("council") else role
            return self._council_speaker(self._council_within(start, end), role, start, end)
        if kind == "named":
            name = m.group("cname")
            code = self._council_named(name, base + m.start("cname"))
            role = m.group("nrole") or m.group("nspokes")
            return self._council_speaker(code, f"council {role}" if role else None, start, end)
        raise ValueError(kind)

    def resolve_end(self, start: int, end: int) -> tuple[Speaker, int] | None:
        """The speaker named at the end of masked[start:end] (the subject of a verb that
        follows), and where that mention starts."""
        s = self.masked[start:end]
        tail = _TAIL.search(s)
        if tail is not None:
            s = s[: tail.start()]
        s = s.rstrip(" ,\u00a0")
        if not s.strip():
            return None
        stop = start + len(s)
        named = self._people_in(start, stop)
        aside = bool(named) and _AGENT_ASIDE.search(self.masked, start, named[-1].name.start)
        if aside:
            named = []  # "The letter, signed by HMI Jo Hart, said": the letter speaks
        if named:
            last = named[-1]
            after = self.masked[last.name.end : stop]
            if not last.name.possessive and _APPOSITIVE.match(after):
                return self._person(last), last.name.start
            if last.name.possessive and _OWN_WORDS.match(after):
                return self._person(last), last.name.start  # "Cllr Smith's statement said"
        m = _PRONOUN_END.search(s)
        if m:
            who = self._pronoun(m["p"], start + m.start())
            return (who, start + m.start()) if who else None
        m = _STATEMENT_FROM.search(s)
        if m:  # "A statement from Leeds City Council said": the council
            found = self.resolve_end(start + m.start("who"), stop)
            if found is not None:
                return found
        m = _OWNED_WORDS.search(s)
        if m and m.start() > 0:  # "The council's statement read": the council
            found = self.resolve_end(start, start + m.start())
            if found is not None:
                return found
        m = _ROLE_NOUN_OF.search(s)
        if m:  # "the leader of the council said": a person, not the council
            return self._role_holder(m, s, start)
        report = voices.REPORT_ON.search(s)
        if report:  # "Ofsted's report on the council said": the report speaks
            return replace(OFSTED, span=Span(start + report.start(), start + report.end())), (
                start + report.start()
            )
        m = _ROLE_NOUN_END.search(s)
        if m:  # "the chief inspector": the person, before "inspector" is read as Ofsted
            found = self._role_holder(m, s, start)
            if found is not None:
                return found
        place = _TRAILING_PLACE.match(s)  # "Inspectors at the council": the inspectors
        candidates = [place["head"], s] if place else [s]
        for trim in (_TRAILING_APPOSITIVE, _TRAILING_RELATIVE):
            trimmed = trim.match(s)
            if trimmed:
                candidates.append(trimmed["head"])
        for c in candidates:
            found = self._voice_at_end(c, start)
            if found is not None:
                return found
        m = _SURNAME_END.search(s) if not aside else None
        full = self._known_by_one_name(m["w"]) if m else None
        if m and full:
            at = start + m.start("w")
            return self._person_named(full, at, at + len(m["w"])), at
        return None

    def _known_by_one_name(self, word: str) -> str | None:
        """The one person named earlier or later with this surname ("Nawaz added") or, failing
        that, this first name ("Ellen said", as charities and MPs' offices write)."""
        for table in (self.by_surname, self.by_first):
            known = table.get(word, ())
            if len(known) == 1:
                return next(iter(known))
            if known:
                return None
        return word if word in self.mentions_of else None  # "Kyle, 19," then "Kyle added"

    def _voice_at_end(self, s: str, base: int) -> tuple[Speaker, int] | None:
        for pattern, kind in (
            (voices.NAMED_END, "named"),
            (voices.JOINT_END, "ofsted"),
            (voices.OFSTED_END, "ofsted"),
            (voices.COUNCIL_END, "council"),
        ):
            m = pattern.search(s)
            if m:
                who = self._voice(m, kind, base)
                return (who, base + m.start()) if who else None
        for end_re, _, name in voices.ORGS:
            m = end_re.search(s)
            if m:
                return self._org(name, m, base), base + m.start()
        return self._place_subject(s, base)

    def _place_subject(self, s: str, base: int) -> tuple[Speaker, int] | None:
        """A council named by its place alone as the subject ("Bexley said it was..."), as
        round-ups write: the subject is that council's name and nothing else."""
        end = base + len(s.rstrip())
        i = bisect_left(self._mention_starts, base)
        for m in self.mentions[i:]:
            if m.span.start >= end:
                break
            lead = self.masked[base : m.span.start].strip().lower()
            if m.span.end == end and lead in ("", "the"):
                who = self._council_speaker(m.dfe_code, None, m.span.start, m.span.end)
                return (who, m.span.start) if who else None
        return None

    def _org(self, name: str, m: re.Match[str], base: int) -> Speaker:
        spokes = re.search(r"spokes(?:person|man|woman)", m.group(), re.IGNORECASE)
        return Speaker(
            name=name,
            kind="organisation",
            role=spokes.group().lower() if spokes else None,
            span=Span(base + m.start(), base + m.end()),
        )

    def _person_named(self, full: str, at: int, end: int) -> Speaker:
        """A person referred to by surname alone ("Nawaz added"), as introduced elsewhere."""
        same = self.mentions_of.get(full, [])
        before = [m for m in same if m.name.start <= at]
        return replace(self._person((before or same)[-1]), span=Span(at, end))

    def resolve_start(self, start: int, end: int) -> Speaker | None:
        """The speaker named at the start of masked[start:end] (inverted: "said X")."""
        s = self.masked[start:end]
        cut = _CUT_INVERTED.search(s)
        if cut is not None:
            s = s[: cut.start()]
        stop = start + len(s)
        if not s.strip():
            return None
        for p in self._people_in(start, stop):
            lead = self.masked[start : p.name.start]
            if people.is_role_lead(lead, start):
                return self._person(p)
            break
        for pattern, kind in (
            (voices.NAMED_START, "named"),
            (voices.JOINT_START, "ofsted"),
            (voices.OFSTED_START, "ofsted"),
            (voices.COUNCIL_START, "council"),
        ):
            m = pattern.match(s)
            if m:
                return self._voice(m, kind, start)
        for _, start_re, name in voices.ORGS:
            m = start_re.match(s)
            if m:
                return self._org(name, m, start)
        m = _PRONOUN_START.match(s)
        if m:
            return self._pronoun(m["p"], start + m.start())
        m = _SURNAME_START.match(s)
        full = self._known_by_one_name(m["w"]) if m else None
        if m and full:
            at = start + m.start("w")
            return self._person_named(full, at, at + len(m["w"]))
        return None

    # -- attribution --------------------------------------------------------------------

    def _preposed(self, start: int, end: int) -> Speaker | None | object:
        """The subject of the first speech verb in masked[start:end], "according to X",
        or the agent of a passive ("was praised by inspectors")."""
        s = self.masked[start:end]
        acc = _ACCORDING.search(s)
        if acc:
            who = self.resolve_start(start + acc.start("acc"), end)
            if who is not None:
                return who
        verbs = list(_VERB_ANY.finditer(s))
        if len(verbs) > 1 and _COLON_AFTER.match(s, verbs[-1].end()):
            verbs = verbs[-1:]  # "The council thanked Jo Hart, who said:": the colon's verb
        for v in verbs:
            before = s[: v.start()]
            who_rel = _WHO_BEFORE.search(before)
            if who_rel:  # "…, said Jo Hart, who added: “…”"
                found = self.resolve_end(start, start + who_rel.start())
                if found is not None and found[0].kind == "person":
                    return found[0]
            if _PASSIVE_BEFORE.search(before) or _BY_AGENT.match(s, v.end()):
                agent = _BY_AGENT.match(s, v.end())
                if agent:
                    who = self.resolve_start(start + agent.start("agent"), end)
                    if who is not None:
                        return who
                continue
            if not before.strip(FILL + " ,–—-\u00a0"):
                # “...,” said Jo Brown, “but ...”: the verb's subject follows it, but only
                # after a quotation (", and said the council had")
                after_quote = self.masked[:start].rstrip(" ,–—-\u00a0\n").endswith(FILL)
                if FILL not in before and not after_quote:
                    continue
                who = self.resolve_start(start + v.end(), end)
                if who is not None:
                    return who
                continue
            if _ABSOLUTE.match(before, before.rfind(",") + 1) or (
                v.group().endswith("ed") and _PARTICIPLE_AFTER.match(s, v.end())
            ):
                continue  # ", with the team praised for its “...”": a participle, no one speaks
            if _AND_BEFORE.search(before) and not _IN_RELATIVE.match(before, before.rfind(",") + 1):
                # "Parents were angry and said ...": the verb shares the clause's subject
                head = _DISCOURSE.sub("", before)
                who = self.resolve_start(start + len(before) - len(head), start + v.start())
                if who is not None:
                    return who
                if _SAY_POST_RE.fullmatch(v.group()):
                    return _BLOCKED
                continue
            if _RELATIVE.search(before) or _IN_RELATIVE.match(before, before.rfind(",") + 1):
                continue  # "the report, which rated it good but judged X poor, ..."
            if v.group().endswith("ing") and before.rstrip().endswith(","):
                # "Inspectors raised concerns about X, saying “...”": the clause's subject
                who = self._initial_subject(start, start + v.start())
                if who is not None:
                    return who
                continue
            found = self.resolve_end(start, start + v.start())
            return found[0] if found else _BLOCKED
        return None

    def _inner_report(self, start: int, end: int) -> Speaker | None:
        """Ofsted, when what someone says reports what Ofsted or its report found ("Jo Hart
        said the report found that managers had “little grip”", "She told MPs that
        inspectors had described it as “chaotic”"): the quoted words are the report's."""
        s = self.masked[start:end]
        verbs = list(_VERB_ANY.finditer(s))
        for prev, v in pairwise(verbs):
            before = s[prev.end() : v.start()]
            if _PASSIVE_BEFORE.search(before) or _RELATIVE.search(before):
                continue
            if _IN_RELATIVE.match(before, before.rfind(",") + 1):
                continue
            if not _REPORTING.fullmatch(v.group()):
                continue
            found = self.resolve_end(start + prev.end(), start + v.start())
            if found is None or found[0].kind != "inspectorate":
                continue
            if _PRONOUN_START.match(self.masked, found[1]):
                continue  # "they" is no one named here
            return found[0]
        return None

    def _postposed(self, start: int, end: int) -> Speaker | None:
        s = self.masked[start:end]
        sig = _SIGNATURE.match(s)
        if sig:  # “...” – Cllr Jo Watts, cabinet member for children
            who = self.resolve_start(start + sig.start("who"), end)
            rest = s.rstrip(" .\t\u00a0")
            if who is not None and (
                who.kind == "person" or (who.span is not None and who.span.end >= start + len(rest))
            ):
                return who
        m = _POSTPOSED.match(s)
        if not m:
            return None
        if m["inv"]:
            return self.resolve_start(start + m.start("isubj"), end)
        if m["acc"]:
            return self.resolve_start(start + m.start("acc"), end)
        sub_start = start + m.start("subj")
        found = self.resolve_end(sub_start, start + m.end("subj"))
        if found is None:
            return None
        who, at = found
        lead = self.masked[sub_start:at]
        if not people.is_role_lead(lead, sub_start):
            return None  # the verb's subject is not right after the quotation
        return who

    def _later(self, start: int, end: int) -> Speaker | None | object:
        """An attribution later in the sentence (", states the report"), or _BLOCKED when
        a later speech verb has a subject that is nobody we know (", the charity said")."""
        m = _INVERTED_LATER.search(self.masked, start, end)
        if m:
            at = m.start("isubj") if m["isubj"] else m.start("acc")
            return self.resolve_start(at, end) or _BLOCKED
        for v in _VERB_ANY.finditer(self.masked, start, end):
            chunk_start = self.masked.rfind(",", start, v.start()) + 1 or start
            chunk_start = max(chunk_start, start)
            before = self.masked[chunk_start : v.start()]
            if (
                not before.strip()
                or _PASSIVE_BEFORE.search(before)
                or _RELATIVE.search(before)
                or _ABSOLUTE.match(before)
            ):
                continue
            found = self.resolve_end(chunk_start, v.start())
            if found is None:
                return _BLOCKED
            if _CLOSING_VERB.match(self.masked, v.end(), end):
                return found[0]  # "..., the chief inspector has warned."
            break
        return None

    def _clause_start(self, sent: Sentence, opener: int) -> int:
        start = sent.start
        for m in _CLAUSE.finditer(self.masked, sent.start, opener):
            start = m.end()
        return start

    def _attribute(self, q: QuoteRecord) -> Speaker | None:
        opener, after = quote_bounds(self.text, q)
        first = self.index.at(opener)
        last = self.index.at(max(after - 1, opener))
        if first is None or last is None:
            return None
        sent, end_sent = self.sentences[first], self.sentences[last]
        para = sent.para
        who = self._postposed(after, end_sent.end)
        if who is not None:
            return who
        clause = self._clause_start(sent, opener)
        if q.partial and _REPORT_NOUN.search(self.masked, clause, opener):
            # "the report's praise for their “tenacious” work": the report's words
            return replace(OFSTED, span=Span(opener, opener))
        pre = self._preposed(clause, opener)
        if pre is _BLOCKED:
            if _TOLD_INSPECTORS.search(self.masked, clause, opener):
                return OFSTED  # "Social workers told inspectors they felt “valued”"
            inner = self._inner_report(clause, opener)
            if inner is not None:
                return inner  # "Parents said inspectors had found “...”"
            self.unknown[para] = opener
            return None
        if isinstance(pre, Speaker):
            inner = self._inner_report(clause, opener) if pre.kind != "inspectorate" else None
            return inner or pre
        if clause > sent.start and _VERB_FIRST.match(self.masked, clause, opener):
            # "Jo Hart praised the staff who stayed, and said: “...”": the sentence's subject
            head = _DISCOURSE.sub("", self.masked[sent.start : clause])
            first_subject = self.resolve_start(clause - len(head), clause)
            if first_subject is not None:
                return first_subject
            earlier = self._preposed(sent.start, clause)
            if isinstance(earlier, Speaker):
                return earlier
            self.unknown[para] = opener  # "Parents were angry, and said ...": unknown
            return None
        later = self._later(after, end_sent.end)
        if later is _BLOCKED:
            if _TOLD_INSPECTORS.search(self.masked, after, end_sent.end):
                return OFSTED  # "“We feel valued,” one social worker told inspectors."
            self.unknown[para] = opener
            return None
        if isinstance(later, Speaker):
            return later
        para_start = self.paras[para].start
        opens_paragraph = not any(c.isalnum() for c in self.masked[para_start:opener])
        if opens_paragraph and para > 0 and (not q.partial or self._whole_paragraph(q, para)):
            # a quoted paragraph with no attribution goes on from the one before it, but a
            # report does not speak in the first person unless introduced to ("It said:")
            prev = self._last_voice(para - 1, self.paras[para - 1].end)
            lead_in = self.text[self.paras[para - 1].start : self.paras[para - 1].end]
            inner = self.text[q.span.start : q.span.end]
            if prev is not None and not (
                prev.kind == "inspectorate"
                and _FIRST_PERSON.search(inner)
                and not lead_in.rstrip().endswith(":")
                and lead_in.rstrip()[-1:] not in MARKS
            ):
                return prev
        if self._list_item(para):
            # "The report found:" then items ("• leaders who are “ambitious”"): the lead-in's
            prev = self._last_voice(para - 1, self.paras[para - 1].end)
            if prev is not None:
                return prev
        who = self._initial_subject(clause, opener)
        if who is not None and who.kind != "person" and clause > sent.start:
            # "Jo Hart said the verdict was harsh, but the council would “learn”": the
            # clause goes on with what the first one reports
            earlier = self._preposed(sent.start, clause)
            if isinstance(earlier, Speaker):
                return earlier
            self.unknown[para] = opener  # "Parents were angry, and said ...": unknown
            return None
        if who is not None:
            return who
        same = self._last_voice(para, opener)
        if same is not None:
            return same
        if q.partial and self._narrative(para) and self._inspection_near(para):
            self._guessed = True
            return OFSTED
        return None

    def _last_voice(self, para: int, before: int) -> Speaker | None:
        """Who spoke last in the paragraph before ``before``, unless someone we cannot name
        spoke after them ("A parent told us:")."""
        spoken = [(at, who) for at, who in self.events_in.get(para, []) if at < before]
        if not spoken or self.unknown.get(para, -1) > spoken[-1][0]:
            return None
        return spoken[-1][1]

    def _list_item(self, para: int) -> bool:
        """Whether the paragraph is an item of a list that a line ending with a colon leads
        into, each item opening with a bullet (•, –, 👉) or a quotation mark."""
        for i in range(para, 0, -1):
            p = self.paras[i]
            first = self.text[p.start]
            if p.kind != "list" and (first.isalnum() or first.isspace()):
                return False
            prev = self.paras[i - 1]
            if self.text[prev.start : prev.end].rstrip().endswith(":"):
                return True
        return False

    def _whole_paragraph(self, q: QuoteRecord, para: int) -> bool:
        """Whether the quotation is all its paragraph holds (bar punctuation)."""
        _, after = quote_bounds(self.text, q)
        return not self.text[after : self.paras[para].end].strip(" .,;:!?…" + MARKS)

    def _narrative(self, para: int) -> bool:
        """A body paragraph of running text, not a title or a short heading."""
        p = self.paras[para]
        if p.kind != "body":
            return False
        s = self.text[p.start : p.end].rstrip(MARKS + " ")
        return s[-1:] in ".!?…:;," or len(s.split()) > 12

    def _inspection_near(self, para: int) -> bool:
        """Whether this paragraph or the two before it talk about the inspection."""
        for p in self.paras[max(0, para - 2) : para + 1]:
            if _INSPECTION_WORDS.search(self.masked, p.start, p.end):
                return True
        return False

    def _event(self, at: int, para: int, who: Speaker) -> None:
        self.events.append((at, para, who))
        self.events_in.setdefault(para, []).append((at, who))

    def _sentence_event(self, s: Sentence) -> None:
        """Remember who speaks in a sentence without quotations (for pronouns and the
        paragraph that follows), or which voice it opens with."""
        q = _QUESTION.search(self.masked, s.start, s.end)
        if q:  # "Q: What did the inspectors find?": the answer's "they" is the inspectors
            who = self.resolve_start(q.start("subj"), q.end("subj"))
            if who is not None:
                self._event(s.start, s.para, who)
                return
        pre = self._preposed(s.start, s.end)
        if pre is _BLOCKED:
            self.unknown[s.para] = s.start
            return
        if isinstance(pre, Speaker):
            self._event(s.start, s.para, pre)
            return
        who = self._initial_subject(s.start, s.end)
        if who is not None:
            self._event(s.start, s.para, who)

    def _initial_subject(self, start: int, end: int) -> Speaker | None:
        """The speaker a clause opens with ("Inspectors have removed...", "Cllr Smith
        raised concerns..."), unless the clause is passive ("The council was praised...",
        where the subject is not the one speaking)."""
        s = self.masked[start:end]
        if _PASSIVE_ANY.search(s):
            return None
        head = _DISCOURSE.sub("", s)
        return self.resolve_start(end - len(head), end)

    def run(self, quotes: list[QuoteRecord]) -> list[QuoteRecord]:
        order = sorted(range(len(quotes)), key=lambda i: quotes[i].span.start)
        result = list(quotes)
        starts = [quote_bounds(self.text, quotes[i])[0] for i in order]
        k = 0
        for s in self.sentences:
            inside = []
            while k < len(order) and starts[k] < s.end:
                inside.append(order[k])
                k += 1
            if not inside:
                self._sentence_event(s)
                continue
            for i in inside:
                self._guessed = False
                who = self._attribute(quotes[i])
                if who is not None:
                    result[i] = replace(quotes[i], speaker=who)
                    if not self._guessed:  # a guess is no antecedent for what follows
                        self._event(quotes[i].span.start, s.para, who)
        return result


def attribute(
    doc: Document,
    quotes: list[QuoteRecord],
    mentions: list[CouncilMention],
    gaz: gazetteer_mod.Gazetteer,
) -> list[QuoteRecord]:
    """The same quotations, in the same order, with their speakers where the text
    says who they are."""
    if not quotes:
        return []
    return _Article(doc, quotes, mentions, gaz).run(quotes)
