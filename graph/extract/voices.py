"""Voices that are not people: Ofsted and its reports, councils as bodies, and the
national organisations that comment on inspections.

Ofsted, its inspectors, its report and "the watchdog" are one voice. A council speaks
as "the council", "council leaders", "a council spokesperson" or by name
("Leicestershire County Council said"). The patterns are plain regular expressions,
compiled twice: anchored at the end of a subject (preposed "the report said") and at
the start (inverted "said the report").
"""

from __future__ import annotations

import re

_OFSTED = r"""
    (?:(?:an?|the|its|their|this|that)\s+
       (?:(?:first|second|third|fourth|fifth|sixth|latest|last|recent|most\s+recent|new|previous
          |earlier|next|final|full)\s+)*)?
    ofsted(?:['’]s?)?
      (?:\s+(?:own|latest|new|full|final|inspection|monitoring|annual|published|focused[-\s]visit
              |social\s+care|joint))*
      (?:\s+(?:reports?|inspectors?|inspection\s+team|team|verdict|findings|letter|judgements?
              |spokes(?:person|man|woman)|press\s+office|inspection|visit))?
  | (?:the|its|their|this|that|a|an|last\s+year['’]s)\s+
      (?:(?:latest|new|full|final|inspection|inspectors['’]|monitoring|annual|published|damning
          |critical|glowing|positive|scathing|watchdog['’]s|regulator['’]s|inspectorate['’]s
          |focused[-\s]visit|ofsted|ofsted['’]s|joint\s+targeted\s+area|jtai)\s+)*
      (?:report|inspection\s+report|inspection\s+letter|monitoring\s+letter|verdict|findings)
  | (?:the|its|their|this|that)\s+(?:(?:joint|published|findings|inspectorates['’]|inspectors['’]
      |jtai|ofsted['’]s)\s+)*letter
  | (?:the\s+)?report['’]s\s+authors
  | (?:the\s+|ofsted\s+|ofsted['’]s\s+|lead\s+|social\s+care\s+)*inspectors?(?:['’](?!\w))?
  | inspectors\s+(?:from|at)\s+(?:the\s+)?(?:ofsted|(?:\w+\s+)?inspectorates)
      (?:\s*,\s*(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+)*?)*(?:\s*,?\s+and\s+(?:the\s+)?[\w'’&-]+
      (?:\s+[\w'’&-]+)*?)?
  | (?:the\s+)?(?:(?:two|three|four|five|joint|other)\s+)*inspectorates['’]?
  | the\s+inspectorate
  | the\s+(?:joint\s+(?:targeted\s+area\s+)?)?inspection(?:\s+team)?
  | (?:the\s+)?(?:education\s+|schools\s+|children['’]s\s+services\s+)?(?:watchdog|regulator)
  | hmi | hmci
"""
_COUNCIL_BODY = r"""
    (?:the\s+|a\s+|an\s+)?(?:(?:city|county|borough|district|unitary|local|town)\s+)?
      (?:council|local\s+authority|authority|town\s+hall)(?:['’]s)?
      (?:\s+(?P<crole>leaders|leadership|bosses|chiefs|officials|officers|spokes(?:person|man|woman)
                     |cabinet|press\s+office))?
  | (?:an?\s+|the\s+)?(?P<spokes>spokes(?:person|man|woman))\s+(?:for|from|at)\s+
      (?:the|[\w'’&-]+(?:\s+(?:and|&|upon|on|with)?\s*[\w'’&-]+){0,3}?)\s+
      (?:(?:city|county|borough)\s+)?(?:council|authority|local\s+authority)
  | the\s+(?:london\s+|metropolitan\s+)?borough
"""
_NAMED_COUNCIL = r"""
    (?:(?:an?\s+|the\s+|An?\s+|The\s+)?(?P<nspokes>spokes(?:person|man|woman))\s+(?:for|from|at)\s+)?
    (?P<cname>
      (?:[A-Z][\w'’&.-]*\s+(?:(?:and|&|upon|on|with|of|in|le)\s+)?){1,4}
        (?:City\s+|County\s+|Borough\s+|Metropolitan\s+Borough\s+|District\s+)?Council
    | (?:the\s+)?(?:London\s+|Royal\s+)?Borough\s+of\s+[A-Z][\w'’-]*
        (?:\s+(?:and|&|upon)\s+[A-Z][\w'’-]*)*(?:\s+Council)?
    )(?:['’]s)?
    (?:\s+(?P<nrole>leaders|bosses|chiefs|officials|spokes(?:person|man|woman)))?
"""
ORGANISATIONS: tuple[tuple[str, str], ...] = (
    (r"(?:the\s+)?department\s+for\s+education|(?:the\s+)?dfe", "Department for Education"),
    (r"(?:the\s+)?local\s+government\s+association|(?:the\s+)?lga", "Local Government Association"),
    (
        r"(?:the\s+)?association\s+of\s+directors\s+of\s+children['’]s\s+services|(?:the\s+)?adcs",
        "Association of Directors of Children's Services",
    ),
    (r"(?:the\s+)?nspcc", "NSPCC"),
    (r"barnardo['’]s", "Barnardo's"),
    (
        r"(?:the\s+)?british\s+association\s+of\s+social\s+workers|(?:the\s+)?basw",
        "British Association of Social Workers",
    ),
    (r"(?:the\s+)?children['’]s\s+commissioner(?:\s+for\s+england)?", "Children's Commissioner"),
    (r"social\s+work\s+england", "Social Work England"),
    (r"(?:the\s+)?children['’]s\s+society", "The Children's Society"),
    (r"action\s+for\s+children", "Action for Children"),
    (r"(?:the\s+)?care\s+quality\s+commission|(?:the\s+)?cqc", "Care Quality Commission"),
    (
        r"(?:the\s+)?(?:local\s+government\s+and\s+social\s+care\s+)?ombudsman",
        "Local Government and Social Care Ombudsman",
    ),
    (r"(?:the\s+)?family\s+rights\s+group", "Family Rights Group"),
    (r"unison", "Unison"),
)
_SPOKES = r"spokes(?:person|man|woman)"

_FLAGS = re.IGNORECASE | re.VERBOSE


def _both(pattern: str, flags: int = _FLAGS) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"(?<![\w'’])(?:{pattern})\s*$", flags),
        re.compile(rf"^\s*(?:{pattern})(?![\w'’])", flags),
    )


# The other inspectorates that inspect with Ofsted; "Ofsted and the CQC" speak as Ofsted.
_FELLOW_INSPECTORATE = r"""
    (?:the\s+)?(?:care\s+quality\s+commission|cqc|hmicfrs|hmic|hmi\s+probation|estyn
      |hm(?:['’]s)?\s+inspectorate\s+of\s+(?:constabulary(?:\s+and\s+fire\s+(?:&|and)\s+rescue
        \s+services)?|probation|prisons)
      |(?:his|her)\s+majesty['’]s\s+inspectorate\s+of\s+\w+(?:\s+and\s+fire\s+(?:&|and)\s+rescue
        \s+services)?)
"""
_JOINT = rf"""
    ofsted(?:\s*,\s*{_FELLOW_INSPECTORATE})*\s*,?\s+(?:and|&)\s+{_FELLOW_INSPECTORATE}
"""
OFSTED_END, OFSTED_START = _both(_OFSTED)
JOINT_END, JOINT_START = _both(_JOINT)
COUNCIL_END, COUNCIL_START = _both(_COUNCIL_BODY)
NAMED_END, NAMED_START = _both(_NAMED_COUNCIL, re.VERBOSE)
# "Ofsted's report on the council", "the inspection report into Leicester's services"
REPORT_ON = re.compile(rf"(?<![\w'’])(?:{_OFSTED})\s+(?:on|into|of|about|for|to)\s+[^,]*$", _FLAGS)
ORGS: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = tuple(
    (
        *_both(
            rf"(?:an?\s+)?(?:{p})(?:\s*\([^()]*\))?(?:\s+{_SPOKES})?"
            rf"|(?:an?\s+|the\s+)?{_SPOKES}\s+(?:for|from|at)\s+(?:{p})"
        ),
        name,
    )
    for p, name in ORGANISATIONS
)
