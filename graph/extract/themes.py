"""Practice themes: what inspectors (or the council) praise or criticise.

Each of the 24 themes has cue terms in the language of Ofsted reports and their
coverage (front door: contacts, referrals, MASH, strategy discussions, delays in
seeing children, allocating cases; workforce stability: turnover, agency staff,
changes of social worker, recruiting permanent social workers; and so on). A cue
term gives a theme only when its clause also says how it is: polarity comes from
evaluative words in the clause.

- weakness: criticism (poor, weak, delays, too brief, not as high, inconsistent,
  concerns remain, high turnover, a reliance on agency staff) or anything someone
  wants improved (needs to, should, must, urged to, want to see, requires
  improvement);
- strength: praise (strong, effective, good, excellent, well-supported, manageable,
  stable, improved, praised, commended, child-focused, taking time to, making a
  difference), or a burden made smaller ("reduce a reliance on agency staff",
  "reduced caseloads", "turnover has fallen"; a plan to reduce it is no finding).

The longest cue term wins ("the children in care council" is the children's voice, not
children in care); a team's name ("the assessment team", "children in care teams") is
no practice; a child's culture, faith and identity are cultural sensitivity, not
organisational culture; an improvement plan is no praise by itself. A cue in the
complement of knowing, auditing or recording ("a clear understanding of services for
children in care") is not evaluated by the words in front: they describe the knowing.

A clause with both reads as the evaluation nearest the cue, except that an explicit
demand for improvement or a negation ("not", "too", "rarely") wins. In "While X, Y"
the main clause Y sets the polarity of themes in X ("While progress has been made in
reducing changes of social worker, such changes are still too common"); a turn with
no theme of its own decides the clause before it ("Supervision is regular but lacks
reflection"), unless it reports a new finding ("..., but warned that ...").
"These include ..." continues the previous sentence's polarity, and so do clauses
joined by ", and" to a demand ("should improve X, and Y") or listed after
a colon ("two areas for improvement: X, and Y"). Clauses that state a grade
("rated adoption good") give judgements, not themes. Cue terms without an
evaluation give nothing: when unsure, leave it out. The title is not read (it
repeats the story). Which inspection a theme is about is decided by ``about``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.grades import FRAMEWORKS, GRADE
from graph.extract.layout import Document
from graph.extract.prose import clauses, sentences
from graph.extract.records import Span, ThemeRecord


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "leadership",
        _c(
            r"\b(?:senior\s+(?:leaders(?:hip)?|managers|management(?!\s+oversight))|"
            r"leadership(?!\s+of\s+the\s+(?:inspection|review))|leaders(?!\s+said)|"
            r"management\s+(?:team|structure|grip)|(?:political|corporate|elected)\s+"
            r"(?:leaders|members|leadership|support)|governance|improvement\s+plans?|"
            # (a role title in an attribution, "said chief executive Jo Bell", is no theme)
            r"(?:directors?\s+of\s+children['’]s\s+services|\bDCS\b|chief\s+executive)"
            r"(?!\s*,?\s+(?-i:[A-Z][\w'’-]+\s+[A-Z]))|"
            r"accountability\s+of\s+leaders|ambitious\s+plans|scrutiny|"
            # elected members' governance of children in care
            r"corporate\s+parenting(?:\s+(?:board|panel|committee|role|responsibilities))?)\b"
        ),
    ),
    (
        "workforce-stability",
        _c(
            r"\b(?:(?:staff|workforce|social\s+worker)\s+(?:retention|stability|turnover)|"
            r"retention|retain(?:ing|ed)?\s+(?:staff|social\s+workers|workers)|turnover|"
            r"agency\s+(?:staff|workers|social\s+workers|workforce)|"
            r"permanent\s+(?:staff|social\s+workers|workforce|workers)|"
            r"recruit(?:ment|ing|ed)?(?:\s+(?:and|&)\s+retention)?|workforce|"
            r"changes?\s+(?:of|in)\s+(?:their\s+)?social\s+workers?|social\s+worker\s+changes|"
            r"exodus|vacanc(?:y|ies)|churn|staffing\s+(?:stability|levels|shortages)|"
            # "a stable team of social workers", "a settled staff group"
            r"(?:stable|settled|consistent|permanent)\s+(?:teams?|staff(?:\s+group)?|group)\s+"
            r"of\s+(?:social\s+workers|staff|practitioners|managers)|"
            # "five social workers in a year": changes of social worker
            r"(?:social\s+)?workers\s+in\s+(?:a|one|the\s+(?:last|past))\s+(?:year|12\s+months))\b"
        ),
    ),
    (
        "caseloads",
        _c(
            r"\b(?:case\s?loads?|work\s?loads?|"
            # "carrying more than 30 cases", "up to 28 children each"
            r"(?:carr(?:y|ies|ying|ied)|hold(?:s|ing)?|held|responsible\s+for)\s+(?:caseloads\s+of\s+)?"
            r"(?:more\s+than\s+|over\s+|up\s+to\s+|as\s+many\s+as\s+|around\s+|about\s+)?\d+\s+"
            r"(?:cases|children)|\d+\s+(?:cases|children)\s+(?:each|per\s+(?:social\s+)?worker))\b"
        ),
    ),
    (
        "supervision",
        _c(
            r"\b(?:(?<!care\s)(?<!child\s)supervision(?!\s+orders?)|supervisory|"
            r"(?:supported|support)\s+(?:by|from)\s+(?:their\s+)?(?:managers|team\s+managers)|"
            r"reflective\s+(?:discussions?|supervision|practice))\b"
        ),
    ),
    (
        "management-oversight",
        _c(
            r"\b(?:(?:management|managerial|manager(?:s['’])?)\s+oversight|"
            r"oversight\s+(?:of|by)\s+(?:managers|management|work|cases|casework|practice|"
            r"plans|decisions|decision-making|children['’]s\s+(?:plans|cases))|"
            r"management\s+decision[-\s]making|(?:poor|weak|limited|insufficient|inconsistent|"
            r"effective|strong|robust|good|clear|lack\s+of|little|better|sufficient|adequate|"
            r"enough|regular)\s+(?P<t>oversight)|"
            # "managers have not had sufficient oversight of ..."
            r"managers?\s+(?:\w+\s+){1,6}?oversight)\b"
        ),
    ),
    (
        "quality-assurance",
        _c(
            r"\b(?:quality\s+assurance|audit(?:s|ing|ed|ors?)?|performance\s+(?:data|information|"
            r"management|monitoring|framework|reporting)|management\s+information|"
            r"self[-\s](?:assessment|evaluation|knowledge|awareness)|knows?\s+(?:itself|"
            r"(?:its|their)\s+(?:strengths|weaknesses|services))|"
            r"(?:system|systems)\s+for\s+monitoring|monitoring\s+(?:systems?|of\s+performance)|"
            r"quality\s+of\s+(?:data|information)|data\s+quality|accurate\s+picture|"
            r"(?:understanding|knowledge|awareness|grasp|picture)[\"'”’]?\s+of\s+(?:its|their|the|"
            r"the\s+(?:service|council|authority)['’]s)\s+(?:own\s+)?(?:strengths(?:\s+and\s+"
            r"weaknesses)?|weaknesses|performance|quality\s+of)|"
            r"(?:understanding|knowledge|awareness|grasp)\s+of\s+(?:the\s+)?(?:frontline|front-line)\s+"
            r"practice|"
            # "an accurate understanding of where practice needs to improve" (what follows
            # the wh-word is the thing known: it does not evaluate the knowing)
            r"(?:understanding|knowledge|awareness|grasp|picture)\s+of\s+(?P<wh>where|what|how|whether)|"
            r"(?:recogni[sz]e|realise|realize|understand|know)[\"'”’]?\s+(?P<wh2>how\s+(?:far|well|much)|"
            r"what\s+was\s+happening|where\s+practice)"
            r")\b"
        ),
    ),
    (
        "recording",
        _c(
            r"\b(?:(?:case\s+)?recording|case\s+(?:records?|notes)|records?\s+(?:of|are|were|is|"
            r"was)|(?:reasons?|rationale)\s+(?:for|why|behind)\s+(?:\w+\s+){0,2}decisions?|"
            r"shown\s+in\s+(?:case\s?work|case\s+records|records)|chronolog(?:y|ies)|"
            r"record[-\s]keeping|(?:were|was|is|are|be|been|being|not|always|clearly|well|"
            r"poorly|properly|accurately)\s+recorded|"
            r"record(?:s|ed|ing)?\s+(?:\w+\s+)?(?:on\s+(?:case\s+)?files|why|the\s+reasons?))\b"
        ),
    ),
    (
        "culture",
        _c(
            r"\b(?:(?<!identity,\s)(?<!identity\s)(?<!religion,\s)(?<!heritage,\s)"
            r"(?<!language,\s)culture(?:\s+change)?(?!,?\s+(?:and\s+)?(?:religion|faith|identity|heritage|"
            r"language|ethnicity))|staff\s+(?:feel|felt|feeling|morale)|morale|"
            r"(?:social\s+workers|practitioners|workers)\s+(?:say\s+they\s+|said\s+they\s+)?"
            r"(?:feel|felt)\s+(?:valued|supported|proud|listened\s+to)|"
            r"fe(?:el|els|lt|eling)\s+[\"'“‘]?(?:[\w'’]+\s+(?:to\s+)?(?:and\s+)?){0,3}?valued|open\s+and\s+transparent|(?:high\s+)?support\s+and\s+(?:high\s+)?"
            r"challenge|(?:high\s+)?challenge\s+and\s+support|working\s+environment|"
            r"environment\s+(?:where|in\s+which)|learning\s+organisation|"
            r"enjoy(?:s|ed)?\s+working)\b"
        ),
    ),
    (
        "direct-work",
        _c(
            r"\b(?:direct\s+work|life[-\s]story\s+work|work(?:ing)?\s+directly\s+with\s+children|"
            r"creative\s+(?:and\s+[\w-]+\s+)?work\s+with\s+children)\b"
        ),
    ),
    (
        "voice-of-the-child",
        _c(
            r"(?:\bvoices?\s+of\s+(?:the\s+)?(?:child|children|young\s+people)|"
            r"children['’]s\s+(?:own\s+)?(?:voices?|views|wishes|lived\s+experiences?)|"
            r"(?:children|young\s+people|the\s+child)\s+(?:\w+\s+){0,3}?(?:are|is|were|was)\s+at\s+"
            r"the\s+(?:centre|heart)\s+of|"
            r"wishes\s+and\s+feelings|child[-\s](?:focused|centred|centered)|"
            r"views\s+of\s+(?:children|young\s+people)|listen(?:s|ed|ing)?\s+to\s+(?:our\s+|"
            r"the\s+|their\s+)?(?:children|young\s+people)|(?:young\s+people|children)['’]s?\s+"
            r"(?:own\s+)?views|what\s+(?:children|young\s+people|the\s+child)\s+(?:had\s+|have\s+|has\s+)?"
            r"(?:say|said|tell|told|want|wanted|think|thought)|"
            r"(?:experiences|needs)\s+(?:and\s+progress\s+)?of\s+children\s+(?:are|were|is)\s+"
            r"(?:at\s+the\s+(?:heart|centre)|central)|children['’]s\s+participation|"
            r"participation\s+of\s+children|(?:children|young\s+people)\s+(?:are|feel|felt|were)\s+"
            r"(?:listened\s+to|heard)|(?:their|children['’]s)\s+views\s+(?:shape|inform|"
            r"influence|are\s+(?:sought|heard|central))|views\s+(?:were|are)\s+central|"
            # participation bodies: the children in care council, a youth forum
            r"children\s+in\s+care\s+councils?|(?:young\s+people['’]s|youth|care\s+leavers['’]?)\s+"
            r"(?:forums?|panels?|parliaments?|councils?|voice\s+groups?)|"
            r"(?:find|found|finding)\s+out\s+what\s+(?:children|young\s+people|the\s+child)|"
            r"views\s+(?:are|were|is|was)\s+[\"'“‘]?(?:\w+\s+)?(?:heard|sought|listened\s+to|taken\s+"
            r"into\s+account)|(?:social\s+)?workers\s+[\"'“‘]?(?:really\s+|always\s+|genuinely\s+)?"
            r"listen[\"'”’]?\s+to\s+(?:them|children|young\s+people))"
        ),
    ),
    (
        "cultural-sensitivity",
        _c(
            r"\b(?:cultur(?:ally|al)(?:\s+(?:and|or)\s+(?:religious|linguistic|ethnic|faith))?\s+"
            r"(?:sensitive|competent|appropriate|identity|identities|needs|heritage|background)|"
            # "children's identity, culture and religion"
            r"(?:identity|religion|faith|heritage|ethnicity|language),?\s+(?:\w+,?\s+)?(?:and\s+)?"
            r"(?:culture|religion|faith|heritage|ethnicity)|culture,?\s+(?:and\s+)?(?:religion|faith|"
            r"identity|heritage|ethnicity)|religious\s+(?:and\s+cultural\s+)?needs|diversity|diverse\s+(?:population|communities|backgrounds|needs)|"
            r"ethnic(?:ity)?|identity\s+needs|anti-racis\w+|racism|faith\s+and\s+culture)\b"
        ),
    ),
    (
        "partnership-working",
        _c(
            r"\b(?:(?:with|between|among|and)\s+(?:its\s+|their\s+|key\s+|local\s+)?"
            r"partners|partner\s+agencies|"
            # (not the statutory body: "the Rochdale Safeguarding Children Partnership")
            r"(?<!Children\s)(?<!Safeguarding\s)partnerships?|partnership\s+working|"
            r"multi-agency(?!\s+safeguarding\s+hub)|information[-\s]sharing|"
            r"(?:include|includes|included|including|involve|involves|involved|involving)\s+"
            r"(?:the\s+)?(?:police|health|schools|partner)|"
            r"(?:health|police|school|education)\s+(?:staff|professionals|colleagues|practitioners)|"
            r"inter-agency|joint\s+(?:protocols?|working|work|arrangements)|"
            r"(?:help(?:s|ed|ing)?|brought|bring(?:s|ing)?|held|hold(?:s|ing)?)\s+partners|"
            r"partners\s+(?:to\s+)?work(?:s|ed|ing)?\s+together|"
            r"(?:working|professional)\s+relationships?\s+(?:with|between)|"
            # "Partners in Wigan share a commitment", "partners work well together"
            r"partners\s+(?:(?:in|across)\s+(?:the\s+)?[\w'’-]+\s+)?(?:share[ds]?|work(?:s|ed)?|"
            r"collaborat\w+|communicat\w+))\b"
        ),
    ),
    (
        "front-door",
        _c(
            r"\b(?:front\s+door|contacts?\s+and\s+referrals|referrals?|MASH|multi-agency\s+"
            r"safeguarding\s+hub|strategy\s+(?:discussions?|meetings?)|thresholds?|"
            r"(?:seeing|visiting)\s+children|delays?\s+in\s+(?:seeing|allocating|visiting|"
            r"responding)|allocat(?:ing|ion\s+of)\s+(?:cases|work|children)|unallocated|"
            r"(?:section\s+47|child\s+protection)\s+enquir(?:y|ies)|initial\s+response|"
            r"first\s+response|duty\s+(?:and\s+assessment\s+)?teams?|"
            r"(?:when|once|where)\s+concerns\s+(?:are|were|is|have\s+been)\s+(?:first\s+)?"
            r"(?:raised|identified|reported|referred)|(?:children|they)\s+(?:are|were)\s+seen|"
            # children at risk (of harm, not of exploitation) recognised at first contact
            r"children\s+at\s+risk(?:\s+of\s+(?:significant\s+)?harm)?(?!\s+of)\s+(?:are|were|is|was)\s+"
            r"[\"'“‘]?(?:\w+\s+){0,2}?[\"'“‘]?(?:identified|recognised|recognized|spotted)|response\s+to\s+(?:initial\s+)?(?:concerns|contacts|"
            r"referrals))\b"
        ),
    ),
    (
        "assessment",
        _c(
            r"(?<![\w-])(?<!health\s)(?<!medical\s)(?<!neurodevelopmental\s)(?<!educational\s)"
            r"(?:assessments?(?!\s+of\s+(?:need|risk)\b)(?!\s+(?:and\s+\w+\s+)?"
            # "the assessment teams", "the duty and assessment service" name a team
            r"(?:teams?|service|unit|hub|centre|framework)\b)|re-?assessments?)\b"
        ),
    ),
    (
        "child-protection",
        _c(
            r"\b(?:child\s+protection\s+(?:plans?|conferences?|processes|practice|work|cases|"
            r"investigations|register|planning)|core\s+groups?|CP\s+plans?|"
            r"subject\s+to\s+(?:a\s+)?(?:child\s+protection\s+)?plans?)\b"
        ),
    ),
    (
        "pre-proceedings",
        _c(
            r"\b(?:pre-?proceedings|public\s+law\s+outline|PLO|court\s+(?:work|proceedings|"
            r"applications?|timescales|processes)|care\s+proceedings|legal\s+(?:planning|"
            r"gateway|proceedings))\b"
        ),
    ),
    (
        "children-in-care",
        _c(
            r"\b(?:children\s+(?:and\s+young\s+people\s+)?(?:in|entering|looked\s+after\s+in)\s+"
            r"care|looked[-\s]after\s+children|children\s+looked\s+after|(?<!private\s)"
            r"(?<!privately\s)foster(?:\s+carers?|ing\s+(?:households|placements|service))|"
            r"placements?(?:\s+stability)?|stable\s+homes|carers\s+who|permanence|"
            r"(?:children['’]s|residential)\s+homes|sufficiency|reunification|care\s+plans?)\b"
            r"(?!\s+teams?\b)"
        ),
    ),
    (
        "care-leavers",
        _c(
            r"\b(?:care[-\s]leavers?|leaving\s+care|care[-\s]experienced\s+(?:young\s+people|"
            r"adults)|personal\s+advisers?|pathway\s+plans?)\b"
        ),
    ),
    (
        "adoption",
        _c(r"\b(?:adoption(?!\s+agency)|adopt(?:ed|ive|ers?)\b|regional\s+adoption)"),
    ),
    ("private-fostering", _c(r"\b(?:private(?:ly)?\s+fost\w+)")),
    (
        "disabled-children",
        _c(
            r"\b(?:disabled\s+(?:children|young\s+people)|children\s+with\s+(?:disabilities|a\s+disability|SEND|"
            r"special\s+educational\s+needs)|disabilit(?:y|ies)\s+(?:team|service))\b"
        ),
    ),
    (
        "exploitation",
        _c(
            r"\b(?:(?:child\s+)?(?:sexual|criminal)\s+exploitation|exploitation|exploited|CSE|"
            r"CCE|county\s+lines|missing\s+(?:from\s+(?:home|care)|episodes|children)|"
            r"(?:go|goes|went|going|gone|been|are|were)\s+missing|return\s+(?:home\s+)?interviews|trafficking|grooming|gangs|contextual\s+"
            r"safeguarding)\b"
        ),
    ),
    (
        "homeless-young-people",
        _c(
            r"\b(?:homeless(?:ness)?|(?:16|17)[-\s]*(?:and|or)[-\s]*17[-\s]*years?[-\s]*olds?\s+"
            r"who\s+present|present(?:s|ing)?\s+as\s+homeless|housing\s+(?:department|protocol))\b"
        ),
    ),
    (
        "early-help",
        _c(
            r"\b(?:early\s+help|family\s+help|family\s+hubs?|children['’]s\s+centres|early\s+intervention|"
            r"troubled\s+families|supporting\s+families)\b"
        ),
    ),
)

# Words that ask for improvement or deny quality: they win over praise in a clause.
DEMAND = _c(
    r"\b(?:needs?\s+to|needed\s+to|has\s+to|have\s+to|must|should|urged?|urging|want(?:s|ed)?\s+"
    r"to\s+see|to\s+(?:further\s+)?improve|require[sd]?\s+improvement|requiring\s+improvement|"
    r"(?:needing|needs|need)\s+improvement|improvement\s+(?:is|are)\s+needed|not(?!\s+only)|"
    r"n['’]t|too\s+(?!(?:were|was|are|is|have|has|had|will|would)\b)[a-z]+|lack(?:s|ing|ed)?|"
    r"never|nor|rarely|seldom|remain\s+areas|deserves?\s+(?:much\s+)?better|areas?\s+(?:for|of|requiring|needing|that\s+need(?:s|ed)?)\s+"
    r"(?:further\s+)?(?:improvement|development)|areas?\s+to\s+improve|recommend\w*|"
    r"areas?\s+(?:where|in\s+which)\s+(?:[\w'’]+\s+){0,4}?(?:could|should|must|can|needs?\s+to)\s+"
    r"(?:\w+\s+)?(?:improve|do\s+better))\b"
)
WEAK = _c(
    r"\b(?:unacceptabl[ey]|patchy|superficial(?:ly)?|deficien(?:t|cy|cies)|shortfalls?|"
    r"ineffectual|fragmented|disjointed|chaotic|overwhelmed|stretched|under\s+(?:\w+\s+)?"
    r"pressure|"
    # too much of a burden: "carrying more than 30 cases", "as many as five social workers
    # in a year", "almost half were agency staff"
    r"(?:carr(?:y|ies|ying|ied)|hold(?:s|ing)?|held)\s+(?:caseloads\s+of\s+)?(?:more\s+than|over|"
    r"up\s+to|as\s+many\s+as)\s+\d+|as\s+many\s+as\s+\w+\s+(?:different\s+)?(?:social\s+workers|"
    r"workers|placements|moves|changes)|(?:a\s+third|a\s+quarter|(?:almost\s+|nearly\s+|over\s+)?half|"
    r"the\s+majority|most|\d+\s*(?:%|per\s+cent))\s+(?:of\s+(?:[\w'’]+\s+){0,3})?(?:were|are|was|is)\s+"
    r"(?:agency|temporary|interim|locum)|little\s+(?:understanding|grip|oversight|knowledge|"
    r"awareness|evidence|sense|focus)|unable\s+to|inappropriate(?:ly)?|low\s+morale|morale\s+(?:is|was|remains)\s+low|"
    r"poor(?:ly)?|weak(?:ness(?:es)?|er)?|inadequate(?:ly)?|insufficient(?:ly)?|"
    r"delays?|delayed|drift|inconsistent(?:ly)?|inconsistency|variable|variability|uneven|"
    r"concerns?|concerned|worr(?:y|ies|ying|ied)|problems?|failings?|failures?|fail(?:s|ed|ing)?|"
    r"shortcomings?|gaps?|(?:very\s+)?high[\"'”’]?\s+(?:turnover|case\s?loads?|work\s?loads?|"
    r"numbers?)|(?:case|work)\s?loads?\s+(?:\w+\s+){0,3}?(?:high|heavy|large|rising)|"
    r"exodus|reliance\s+on|reli(?:es|ed|ant)\s+(?:heavily\s+)?on|frequent\s+changes|"
    r"over-?reliance|unmanageable|excessive|limited|slow(?:ed|ing|s|ly)?|challenges|struggl\w+|"
    r"lost\s+(?:focus|grip|sight|momentum)|hamper\w*|hinder\w*|held\s+back|undermin\w+|"
    r"out\s+of\s+date|unsuitable|"
    r"deteriorat\w+|declin(?:e|ed|ing)|blighted|criticis\w+|critical\s+of|warn(?:s|ed|ing)?|"
    r"unclear|ineffective|fragile|instability|unstable|churn|vacanc(?:y|ies)|swifter|"
    r"more\s+(?:consistent|regular|timely|robust|effective))\b"
)
STRONG = _c(
    r"(?:\b(?:strong(?:ly)?|strength(?:s|ened)?|effective(?:ly)?|good|excellent|outstanding|"
    r"exceptional(?:ly)?|impressive|high[-\s]quality|good[-\s]quality|in-depth|robust|"
    r"accurate(?:ly)?|(?<!un)suitable|clear\s+(?:and\s+\w+\s+)?(?:vision|plans?|understanding|focus|direction|"
    r"grip|priorities)|"
    r"well|praised?|prais(?:es|ing)|commend(?:ed|s|ation)|improved|improving|"
    r"improvements?(?!\s+(?:plans?|boards?|notices?|partners?|journey|programmes?|advisers?))|better|positive(?:ly)?|successful(?:ly)?|success|benefit(?:s|ted|ting)?|"
    r"stable|stability|stabilised|settled|manageable|timely|swift(?:ly)?|prompt(?:ly)?|thorough|"
    r"creative|child[-\s]focused|child[-\s]centred|ambitious|aspirational|tenacious(?:ly)?|"
    r"decisive|valued|supportive|revitalised|rigorous|comprehensive|sensitive|"
    r"transformation|transformed|embedded|significant\s+(?:progress|improvements?|"
    r"strengths?|changes?)|knows\s+itself|at\s+the\s+heart|central\s+to|bedrock|keenly|"
    r"open\s+and\s+transparent|fe(?:el|els|lt)\s+(?:valued|supported|proud)|progress(?!\s+of)|enhanc\w+|innovative|"
    r"well-\w+|listened\s+to|views\s+(?:shape|inform|influence)|regular(?:ly)?|reflective|careful(?:ly)?|"
    r"attentive|thoughtful|purposeful(?:ly)?|skil(?:l)?ful(?:ly)?|knowledgeable|confident|particular(?:ly)?\s+success|enabl(?:e|ed|es|ing)|"
    r"exemplary|sector[-\s]leading|sustained|at\s+the\s+centre|firm(?:er)?\s+grip|"
    r"(?:clearly|really|genuinely|always)\s+(?:heard|listen(?:ed)?(?:\s+to)?)|unwavering|compassionate|passionate|"
    r"(?:highly\s+)?skil(?:l)?ed|relentless(?:ly)?\s+(?:focus\w*|ambitious|drive|commit\w+|determin\w+)|"
    r"helped\s+to|(?:are|is|were|was|feel|feels|felt|being|be)\s+(?:well\s+|very\s+well\s+|"
    r"effectively\s+)?supported|"
    r"(?<!in)appropriate(?:ly)?|up[-\s]to[-\s]date|clearly\s+(?:written|recorded|set\s+out|"
    r"articulated|understood|defined|explained)|evident|enjoy(?:s|ed)?|(?:high|good|positive)\s+"
    r"morale|morale\s+(?:is|was|remains)\s+(?:high|good|positive)|high\s+support\s+and\s+"
    r"(?:high\s+)?challenge|quick(?:ly)?|mak(?:e|es|ing)\s+a\s+(?:real\s+|positive\s+|tangible\s+)?difference|"
    r"part\s+of\s+(?:everyday|day-to-day|routine|normal|daily)\s+practice|(?:took|take|takes|taking)\s+(?:care|time)\s+to|allow(?:s|ed|ing)?\s+"
    r"(?:them|staff|workers|social\s+workers|practitioners)\s+to|(?:real|genuine|strong|"
    r"meaningful|significant)\s+(?:influence|say)|more\s+permanent)\b)"
)
# Intentions and pleasantries are not findings.
INTENT = _c(
    r"\b(?:will|would|shall|plans?\s+to|planning\s+to|aims?\s+to|aiming\s+to|intends?\s+to|"
    r"committed\s+to|commitment\s+to|determined\s+to|going\s+to|hopes?\s+to|wants?\s+to|"
    r"continue\s+to|ambition\s+to|strive\s+to|working\s+to|work\s+to)\s+(?:[\w-]+\s+){0,2}$"
    # "We will be asking the trust for a clear plan": some words on, up to a finding
    r"|\b(?:will|shall|going\s+to)\s+(?:(?!(?:that|found|find|finds|said|says|because|as|"
    r"and|but)\b)[\w'’-]+\s+){0,6}$"
)
NOT_PRAISE = _c(r"good\s+(?:news|luck|time|morning|afternoon|reason|idea)\b")
# "reduce a reliance on agency staff": a problem reduced is a strength.
REDUCED = _c(
    r"\b(?:reduc(?:e|ed|es|ing)|tackl(?:e|ed|es|ing)|address(?:ed|es|ing)?|lower(?:ed|ing)?|"
    r"cut|fewer|decreas(?:e|ed|es|ing)|less)\s+(?:\w+\s+){0,3}$"
)
GRADE_CLAUSE = _c(
    r"\b(?:rated|rating|ratings|judged|graded|verdict|grade|considered|deemed|awarded|uprated|"
    r"upgraded|downgraded)\b"
)
CONTINUES = _c(
    r"\W*(?:this|these|they|those|it|such\s+\w+)\s+(?:include[ds]?|included|including|"
    r"were|are|was|is)\b|\W*(?:among\s+them|for\s+example|in\s+particular)\b"
)
_LEAD = _c(r"\W*(?:while|whilst|although|though|even\s+though|despite|in\s+spite\s+of)\b")


@dataclass(frozen=True)
class _Hit:
    theme: str
    start: int
    end: int
    wh: bool = False  # the cue ends in a wh-word whose clause it only describes


def _polarity(text: str, cs: int, ce: int, hit: _Hit, others: tuple[_Hit, ...] = ()) -> str | None:
    """How the clause text[cs:ce] speaks of the cue at ``hit``. Evaluative words
    inside theme cues ("workforce stability", "culturally sensitive") count only
    for their own cue, and only when nothing else in the clause evaluates it. A cue
    in the complement of another ("a clear understanding of services for children in
    care", "robust audits of child protection plans") is not evaluated by the words
    in front of that other cue: they describe it."""
    weak: list[int] = []
    strong: list[int] = []
    demands: list[int] = []
    inherent: list[tuple[str, int]] = []  # cues inside the theme's own words
    head = _head_before(text, hit, others)
    # "looking at how children are supported": a question inspectors asked, not an answer
    scope = _SCOPE.search(text, cs, ce)
    if scope is not None:
        ce = scope.start()
    if hit.wh:  # "understanding of where practice needs to improve": the rest is what is known
        ce = min(ce, hit.end)

    def inside(m: re.Match[str]) -> bool:
        return hit.start <= m.start() and m.end() <= hit.end

    def in_other(m: re.Match[str]) -> bool:
        return any(o.start <= m.start() and m.end() <= o.end for o in others if o != hit)

    for m in DEMAND.finditer(text, cs, ce):
        demands.append(m.start())
        weak.append(m.start())
    for m in WEAK.finditer(text, cs, ce):
        if inside(m):
            inherent.append(("weakness", m.start()))
        elif in_other(m):
            continue
        elif REDUCED.search(text, max(cs, m.start() - 40), m.start()):
            strong.append(m.start())
        else:
            weak.append(m.start())
    for m in STRONG.finditer(text, cs, ce):
        if any(w <= m.start() < w + 12 for w in weak):
            continue  # "not effective", "too well"
        if INTENT.search(text, max(cs, m.start() - 40), m.start()) or NOT_PRAISE.match(
            text, m.start(), ce
        ):
            continue  # "committed to improving", "good news": no finding
        if inside(m):
            inherent.append(("strength", m.start()))
        elif in_other(m):
            continue
        else:
            strong.append(m.start())
    if _burden_reduced(text, cs, hit):
        strong.append(hit.start)  # "reduced caseloads", "fewer agency staff"
    if head is not None:
        weak = [w for w in weak if w >= head]
        strong = [x for x in strong if x >= head]
        demands = [d for d in demands if d >= head]
    if not weak and not strong and inherent:
        return inherent[0][0]
    if not weak and not strong:
        return None
    if demands or not strong:
        return "weakness"
    if not weak:
        return "strength"
    centre = (hit.start + hit.end) // 2
    nearest_weak = min(abs(w - centre) for w in weak)
    nearest_strong = min(abs(s - centre) for s in strong)
    return "weakness" if nearest_weak <= nearest_strong else "strength"


_SCOPE = _c(
    r"\b(?:look(?:s|ed|ing)?\s+at|examin(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|focus(?:es|ed|ing)?\s+"
    r"on|consider(?:s|ed|ing)?|review(?:s|ed|ing)?|assess(?:es|ed|ing)?|check(?:s|ed|ing)?)\s+"
    r"(?:[\w'’]+\s+){0,3}?(?:how|whether)\b"
)
# "understanding of the strengths of services for children in care": a complement
_COMPLEMENT = _c(r"\s+(?:of|into|on|about|for)\s+(?:[\w'’-]+\s+){0,8}")
_ENDS_WITH_OF = _c(r"\b(?:of|into|on|about|for)$")
_WORDS = _c(r"\s+(?:[\w'’-]+\s+){0,8}")
# Cue words for burdens: less of them is better.
_BURDEN = _c(
    r"(?:case|work)\s?loads?|turnover|agency|vacanc|churn|delays?|changes?\s+of|reliance|"
    r"unallocated"
)


# Cues whose complement they only describe: knowing, auditing or recording something
# says how well it is known, audited or recorded, not how well it is done.
_DESCRIBING = frozenset({"quality-assurance", "recording"})


# "caseloads have been reduced", "turnover has fallen"
_REDUCED_AFTER = _c(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:has|have|had)\s+(?:been\s+)?|(?:is|are|was|were)\s+"
    r"(?:being\s+)?)?(?:now\s+|also\s+|significantly\s+|steadily\s+|further\s+)?(?:reduced|cut|"
    r"lowered|fallen|fell|dropped|decreased|come\s+down|brought\s+down)\b"
)
_NOT_DONE = _c(r"\b(?:will|would|should|must|need\w*|not|n['’]t|if|to\s+be)\b")


def _head_before(text: str, hit: _Hit, others: tuple[_Hit, ...]) -> int | None:
    """Where the cue's phrase stops being another cue's complement: the start of the cue
    when it depends on a describing cue ("a clear understanding of ... children in
    care"), else None."""
    for o in others:
        if o.end > hit.start or o.theme not in _DESCRIBING or o.theme == hit.theme:
            continue
        if _COMPLEMENT.fullmatch(text, o.end, hit.start) or (
            _ENDS_WITH_OF.search(text, o.start, o.end) and _WORDS.fullmatch(text, o.end, hit.start)
        ):
            return hit.start
    return None


def _burden_reduced(text: str, cs: int, hit: _Hit) -> bool:
    """ "The council has reduced caseloads", "fewer agency staff": a burden made smaller
    (unless only planned: "plans to reduce caseloads")."""
    if not _BURDEN.search(text, hit.start, hit.end):
        return False
    r = REDUCED.search(text, max(cs, hit.start - 40), hit.start)
    if r is not None:
        return not INTENT.search(text, max(cs, r.start() - 40), r.start())
    later = _REDUCED_AFTER.match(text, hit.end)
    return later is not None and not _NOT_DONE.search(later.group())


def _hits(text: str, cs: int, ce: int) -> list[_Hit]:
    out: list[_Hit] = []
    # the name of an inspection framework ("inspection of contact, referral and
    # assessment arrangements") names no practice
    names = [m.span() for _, p in FRAMEWORKS for m in p.finditer(text, cs, ce)]
    for theme, pattern in CUES:
        for m in pattern.finditer(text, cs, ce):
            if any(s <= m.start() < e for s, e in names):
                continue
            # a named group "t" marks the theme's own words within an evaluated phrase
            span = m.span("t") if "t" in pattern.groupindex and m.group("t") else m.span()
            wh = any(k in pattern.groupindex and bool(m.group(k)) for k in ("wh", "wh2"))
            out.append(_Hit(theme, *span, wh=wh))
    # the longest term wins: "the children in care council" is no children-in-care cue
    return [
        h
        for h in out
        if not any(
            o.theme != h.theme
            and o.start <= h.start
            and h.end <= o.end
            and (o.end - o.start) > (h.end - h.start)
            for o in out
        )
    ]


def extract_themes(doc: Document) -> list[ThemeRecord]:
    """Every theme cue that its clause evaluates, in text order, inspection unset."""
    text = doc.text
    out: list[ThemeRecord] = []
    previous_polarity: str | None = None
    list_lead: str | None = None  # the evaluation of a line that introduces bullet items
    for sent in sentences(doc):
        if sent.kind == "title":
            continue
        if sent.kind != "list":
            list_lead = None
        parts = clauses(text, sent.start, sent.end, relative=True)
        polarities: list[str | None] = []
        found: list[tuple[_Hit, tuple[int, int], str | None]] = []
        listed = False  # the clause is an item of a list its sentence introduced
        for k, (cs, ce) in enumerate(parts):
            if GRADE_CLAUSE.search(text, cs, ce) and GRADE.search(text, cs, ce):
                polarities.append(None)
                listed = False
                continue
            hits = tuple(_hits(text, cs, ce))
            own = _clause_polarity(text, cs, ce)
            carry = k and own is None and polarities[-1]
            listed = bool(carry) and _carries(text, parts[k - 1], cs, listed)
            if carry and listed:
                # "needs to improve X, and Y"; "two areas for improvement: X, and Y"
                own = polarities[-1]
                found += [(hit, (cs, ce), own) for hit in hits]
            else:
                found += [(hit, (cs, ce), _polarity(text, cs, ce, hit, hits)) for hit in hits]
            if (
                k
                and not hits
                and own
                and _BUT.match(text, parts[k - 1][1], cs)
                and not _REPORTING.match(text, cs, ce)
            ):
                # "Supervision was regular but lacked reflection": the turn is the point
                # (but not of knowing: "Leaders know their services well, but progress
                # has been slow" praises the knowing)
                prev = parts[k - 1]
                found = [
                    (h, span, own if span == prev and not _knowing(text, h) else pol)
                    for h, span, pol in found
                ]
            polarities.append(own)
        # "While X, Y": Y's evaluation rules the themes of X.
        if len(parts) > 1 and _LEAD.match(text, sent.start, sent.end):
            main = next((p for p in polarities[1:] if p), None)
            if main:
                found = [(h, span, main if span == parts[0] else pol) for h, span, pol in found]
        sentence_polarity = next((p for p in polarities if p), None)
        if CONTINUES.match(text, sent.start, sent.end) and previous_polarity:
            found = [(h, span, pol or previous_polarity) for h, span, pol in found]
        if sent.kind == "list" and list_lead is not None:
            # "Areas for improvement:" makes every item a weakness; praise fills the gaps
            found = [
                (h, span, list_lead if list_lead == "weakness" or pol is None else pol)
                for h, span, pol in found
            ]
        for hit, span, pol in found:
            if pol is None:
                continue
            out.append(ThemeRecord(hit.theme, pol, Span(*_trim_clause(text, *span))))
        previous_polarity = sentence_polarity
        if sent.kind != "list" and text[sent.start : sent.end].rstrip().endswith(":"):
            list_lead = _clause_polarity(text, sent.start, sent.end)
    return out


_BUT = _c(r"\W*(?:but|yet)\b")
_KNOWING = _c(r"\b(?:knows?|understanding|knowledge|awareness|grasp|picture|self)\b")


def _knowing(text: str, hit: _Hit) -> bool:
    """A quality-assurance cue of knowing ("know their services", "an accurate
    understanding of"), not of auditing."""
    return hit.theme == "quality-assurance" and bool(_KNOWING.search(text, hit.start, hit.end))


# "... but warned that ...": a turn that reports a new finding, not a verdict on the last
_REPORTING = _c(
    r"\s*(?:(?:they|inspectors|it|the\s+(?:report|letter|inspectorate)|ofsted)\s+)?(?:also\s+)?"
    r"(?:warn(?:ed|s)?|sa(?:id|ys)|f(?:ound|inds)|not(?:ed|es)|add(?:ed|s)|highlight(?:ed|s)?|"
    r"stress(?:ed|es)|identifie[ds]|rais(?:ed|es)|conclude[ds]|recommend(?:ed|s)?|urge[ds])\b"
)
_AND = _c(r"\s*(?:,\s*(?:and|or)|:)\s*$")
_OWN_SUBJECT = _c(
    r"\W*(?:and\s+|or\s+)?(?:we|they|it|he|she|i|staff|the\s+(?:council|authority|trust|service))\s+"
    r"(?:\w+\s+)?(?:am|are|is|were|was|have|has|had|will|would|can|could|do|does|did)\b"
)


def _carries(text: str, before: tuple[int, int], cs: int, listed: bool) -> bool:
    """Whether a clause joined by ", and" or a colon to a clause that asks for
    improvement, announces a list of findings, or is itself an item of such a list,
    takes its evaluation."""
    if not _AND.match(text, before[1], cs) or _OWN_SUBJECT.match(text, cs):
        return False  # (not "..., and we are recruiting ...": a clause of its own)
    if listed or text[before[1] : cs].strip().startswith(":"):
        return True
    return bool(DEMAND.search(text, *before))


def _trim_clause(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum() and text[start] not in "“‘\"'(":
        start += 1
    while end > start and text[end - 1] in " ,;:–—-":
        end -= 1
    return start, end


def _clause_polarity(text: str, cs: int, ce: int) -> str | None:
    centre = _Hit("", cs, ce)
    return _polarity(text, cs, ce, centre)
