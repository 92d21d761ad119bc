"""Date and place of an event, read from its own clause ("in Syria", "from 2003 to 2011", "on Saturday")."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..values.dates import iso_date, iso_interval, parse_day

if TYPE_CHECKING:
    from spacy.tokens import Token

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b(?:\s+(\d{1,2})\b)?", re.I)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
PLACE_PREPS = {"in", "at", "near", "around", "across", "inside", "outside", "throughout", "into", "over", "on"}


def normalize_date(prep: str, text: str, published: str | None = None) -> str | None:
    """An ISO 8601 date or interval for a date phrase: "2014", "2003/2011", "2014/.." (open), "2017-03-04"."""
    years = YEAR.findall(text)
    pub = parse_day(published)
    if len(years) >= 2 and (prep in ("from", "between") or re.search(r"\bto\b|-|–|and", text)):
        return iso_interval(years[0], years[1])
    m = MONTH.search(text)
    if years:
        start = years[0]
        if m:
            start = iso_date(years[0], MONTHS[m.group(1).lower()], int(m.group(2)) if m.group(2) else None)
        return iso_interval(start, None) if prep == "since" else start
    if m and m.group(2) and pub:
        return iso_date(pub.year, MONTHS[m.group(1).lower()], int(m.group(2)))
    w = WEEKDAY.search(text)
    if w and pub:
        back = (pub.weekday() - WEEKDAYS.index(w.group(1).lower())) % 7
        return (pub - dt.timedelta(days=back)).isoformat()
    return None


def _date_phrases(t: Token) -> list[tuple[str, str]]:
    out = []
    for c in t.children:
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ == "DATE":
                    span = [x for x in c.subtree if x.ent_type_ == "DATE"]
                    out.append((c.lower_, " ".join(x.text for x in span)))
                elif p.dep_ == "pcomp" and c.lower_ == "since":
                    out.extend(("since", " ".join(x.text for x in q.subtree)) for q in p.children
                               if q.dep_ == "prep" and any(x.ent_type_ == "DATE" for x in q.subtree))
        elif c.dep_ in ("npadvmod", "advmod", "tmod") and c.ent_type_ == "DATE":
            out.append(("", " ".join(x.text for x in c.subtree)))
        elif (t.pos_ in ("NOUN", "PROPN") and c.i < t.i and c.dep_ in ("nummod", "compound", "amod", "nmod")
              and YEAR.fullmatch(c.text)):
            # a year modifying an event noun dates it ("the 1979 invasion", "the 2011 uprising")
            out.append(("", c.text))
    return out


def event_date(trigger: Token, published: str | None = None) -> str | None:
    """The first date phrase that hangs on the trigger (or on the verb hosting a nominal trigger)."""
    for t in (trigger, trigger.head):
        for prep, text in _date_phrases(t):
            d = normalize_date(prep, text, published)
            if d:
                return d
        if trigger.pos_ in ("VERB", "AUX"):
            break
    return None


def event_place(trigger: Token, extra: list[Token], mentions: list[tuple[int, int, str]]) -> str | None:
    """The place whose mention is the object of a locative preposition on the trigger or its arguments."""
    if not mentions:
        return None
    for t in [trigger, *extra]:
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS:
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                s, e = p.left_edge.idx, p.idx + len(p.text)
                for ms, me, pid in mentions:
                    if ms < e and s < me:
                        return pid
    return None
