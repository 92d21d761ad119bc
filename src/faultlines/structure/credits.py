"""Bylines and credit lines: "By Jane Doe, Reuters", "Reporting by ...; Editing by ...", "AP writers ... contributed".

They name the people who wrote the report, never its actors or speakers; `structure.segment` gives each its own
segment of kind ``dateline`` (the report's filing and credit lines, nobody's words), with the agency as author.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|(?:de|da|van|von|der|al|el|bin|ibn|ben|la|le)(?:-[A-Z][\w'\u2019-]*)?)){0,4}"
_NAMES = rf"{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:and\s+)?{_NAME})*"
_ROLE = (r"(?:(?:[A-Z][\w.'&\u2019-]*\s+){0,4}|(?:[\w-]+\s+){0,3})(?:writer|correspondent|reporter|editor|"
         r"contributor|columnist|bureau chief)s?")
_AGENCY = r"(?:[A-Z][\w.'&\u2019-]*(?:\s+[A-Z][\w.'&\u2019-]*){0,3})"
BYLINE = re.compile(
    rf"^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eported by|[Ww]ords by)\s+(?P<names>{_NAMES})"
    rf"(?:\s*(?:,|\||\s[-\u2013\u2014])\s*(?:(?:an?|the)\s+)?(?:{_ROLE}|(?P<agency>{_AGENCY})))*\s*$")
CREDIT = re.compile(
    r"^\(?\s*(?:(?:[Aa]dditional |[Ff]urther )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|"
    r"[Cc]ontributing|[Tt]ranslat(?:ed|ion)|[Gg]raphics|[Pp]roduced|[Ff]act-?checking)\s+by\s+[A-Z][^\n]{0,300}$"
    r"|^\(?[^\n]{0,200}\b(?:contributed|contributed reporting|contributed to this (?:report|story|article))"
    r"(?: to this (?:report|story|article))?\.?\)?\s*$")
AGENCY_IN_CREDIT = re.compile(r"\b(Reuters|Associated Press|AP|AFP|Agence France-Presse|dpa|Bloomberg|ANSA|EFE|"
                              r"Xinhua|TASS|Anadolu|Yonhap|Kyodo|UPI|Al Jazeera|BBC|CNN)\b")
MAX_LINE = 160


def is_credit(line: str) -> bool:
    """True for a byline or a credit line (a short line naming the report's writers, editors or agency)."""
    line = line.strip()
    if not line or len(line) > MAX_LINE * 2:
        return False
    if BYLINE.match(line):
        return len(line) <= MAX_LINE and not line.rstrip(")").endswith(("?", "!"))
    m = CREDIT.match(line)
    return m is not None and _names_writers(line)


def _names_writers(line: str) -> bool:
    """A credit line ends in names or "contributed": not a sentence about someone contributing troops."""
    low = line.lower()
    if "contributed" in low and not re.search(r"\b(?:writers?|reporters?|correspondents?|staff|contributed reporting|"
                                              r"contributed to this)\b", low):
        return False
    return True


def credit_agency(line: str) -> str | None:
    """The news agency a credit line names, if any ("By Jane Doe, Reuters" -> "Reuters")."""
    m = BYLINE.match(line.strip())
    if m and m.group("agency") and AGENCY_IN_CREDIT.fullmatch(m.group("agency").strip()):
        return m.group("agency").strip()
    a = AGENCY_IN_CREDIT.search(line)
    return a.group(1) if a else None
