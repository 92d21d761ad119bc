"""Datelines that open wire copy: "BAGHDAD (Reuters) -", "KABUL (AP) —", "CAIRO, May 3 —", "Berlin (dpa) -", "LINZ.",
and a capitals place with a wire agency whose dash was lost ("MEXICO CITY (AP) Mexico's Senate ...").

The place is where the report was filed and the agency its source; neither is an actor of the story, so
`structure.segment` gives the dateline its own segment (kind "dateline", author = the agency) and the
actor and event stages can skip it (`Context.dateline`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}")
_UP = "A-ZÀ-ÖØ-Þ"
_CAPS = rf"[{_UP}][{_UP}'’.\-]*(?:[ /][{_UP}][{_UP}'’.\-]*){{0,3}}"
_TITLE = rf"[{_UP}][\w'’.\-]+(?:[ /-][{_UP}][\w'’.\-]+){{0,2}}"
_REGION = r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,2}))?"
_DATE = rf"(?:,?\s*(?P<date>{_MONTH}))?"
_AGENCY = (r"\((?P<agency>[A-Z][\w.&/-]*(?: [A-Z][\w.&/-]*){0,3}|"
           r"(?:dpa|apa|sda|epd|kna|ddp|afp|ap|ots)(?:/[\w-]+)?)\)")
_DASH = r"\s*(?:--|[-–—])(?=\s|$)"
# a dateline whose dash was lost in the copy ("MEXICO CITY (AP) Mexico's Senate ..."): only a wire agency's name
# in the brackets, so that "NATO (North Atlantic Treaty Organization) said" is never taken for one
_WIRE = (r"\((?P<agency>AP|Reuters|REUTERS|AFP|UPI|dpa|DPA|Xinhua|XINHUA|TASS|Tass|Anadolu|ANI|PTI|IANS|"
         r"Bloomberg|CNN|BBC|EFE|ANSA|Kyodo|Yonhap|AA|WAFA|SPA|WAM|IRNA|KUNA|MENA|SANA|APA|Interfax)\)")

_PATTERNS = (
    re.compile(rf"^(?P<place>{_CAPS}){_REGION}{_DATE}\s*(?:{_AGENCY})?{_DASH}"),
    re.compile(rf"^(?P<place>{_TITLE}){_REGION}{_DATE}\s*{_AGENCY}{_DASH}"),
    re.compile(rf"^(?P<place>[{_UP}]{{3,}}(?:[/-][{_UP}]{{3,}})?)\.(?=\s+[{_UP}])"),
    re.compile(rf"^(?P<place>{_CAPS}){_REGION}{_DATE}\s*{_WIRE}(?=\s+[{_UP}\"“‘'])"),
)
_NOT_PLACES = re.compile(r"^(?:UPDATE|UPDATED|EXCLUSIVE|BREAKING|BREAKING NEWS|WATCH|VIDEO|PHOTOS?|ANALYSIS|OPINION|"
                         r"FILE|NEW|LIVE|EDITOR'?S NOTE|CORRECTION|NOTE|FACTBOX|EXPLAINER|COMMENT|ADVISORY|"
                         r"UPDATE \d+|AP|REUTERS|AFP|DPA|CNN|BBC|FOTO|ANZEIGE|WERBUNG)$")


@dataclass(frozen=True)
class Dateline:
    """A dateline's span over the text and its parts: the filing place, the agency, the date as written."""

    start: int
    end: int
    place: str
    agency: str | None = None
    date: str | None = None


def find_dateline(text: str, offset: int = 0) -> Dateline | None:
    """The dateline that opens `text` (a paragraph), with offsets shifted by `offset`, or None."""
    for pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        place = m.group("place").strip(" .")
        if _NOT_PLACES.match(place.upper()) or len(place) < 3 or not any(c.isalpha() for c in place):
            continue
        if pattern in (_PATTERNS[0], _PATTERNS[3]) and not place.isupper():
            continue
        groups = m.groupdict()
        region = groups.get("region")
        return Dateline(offset, offset + len(m.group(0).rstrip()), f"{place.title() if place.isupper() else place}"
                        + (f", {region.title() if region.isupper() else region}" if region else ""),
                        groups.get("agency"), groups.get("date"))
    return None
