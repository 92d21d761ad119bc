"""The conflict articles the hand-judging benches read: GeoWebNews articles with the most conflict words, and pages.

A GeoWebNews article belongs to a split only when both of its keys agree: its position in GWN.xml (the places
bench's key) and its ``file`` number (the key of docs/articles-check.md). An article the two keys disagree on is
read by neither split, so no rule is tuned on an article that either key calls test.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
from places_gwn import DEFAULT as GWN  # noqa: E402
from splits import Split, split_of  # noqa: E402

if TYPE_CHECKING:
    from faultlines.records import Document

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "webpages"
WAR = re.compile(r"\b(militias?|rebels?|forces|troops|fighters|army|air ?strikes?|shelling|offensive|insurgents?|"
                 r"jihadists?|militants?|backed|regime|ceasefire)\b", re.I)


def gwn_split(position: int, file: str) -> Split | None:
    """The split both keys of a GeoWebNews article agree on, or None when they disagree."""
    by_position, by_file = split_of("geowebnews", str(position)), split_of("geowebnews", file)
    return by_position if by_position == by_file else None


def conflict_articles(want: Split, n: int, *, skip: int = 0, files: tuple[str, ...] = (),
                      pages: tuple[str, ...] = ()) -> list[tuple[str, Document]]:
    """The ``files`` named (if in ``want``), then the ``n`` most warlike ``want`` articles after ``skip``, then the
    ``pages`` of ``want``; each as (key, document), keyed "gwn<file number>" or by the page's file name."""
    from faultlines.read import document_from_text, read_one

    if not GWN.is_file():
        print(f"no GeoWebNews data at {GWN}; nothing to read", file=sys.stderr)
        return []
    arts = []
    for i, art in enumerate(ET.parse(GWN).getroot().findall("article")):
        file = art.get("file") or str(i)
        if gwn_split(i, file) == want:
            arts.append((file, art.findtext("text") or ""))
    arts.sort(key=lambda a: -len(WAR.findall(a[1])) / (1 + len(a[1]) / 3000))
    chosen = [a for a in arts if a[0] in files] + [a for a in arts if a[0] not in files][skip:skip + n]
    docs = [(f"gwn{file}", document_from_text(text, guess_title=False)) for file, text in chosen]
    return docs + [(p, read_one(str(PAGES / p))[0]) for p in pages if split_of("webpages", p) == want]
