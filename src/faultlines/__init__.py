"""faultlines: who backs, arms, funds, fights, designates and accuses whom — sourced, from conflict reporting.

    >>> from faultlines import read
    >>> facts = read("Iran armed the militias in 2014, officials said.")
    >>> facts.to_json()
"""

from __future__ import annotations

from pathlib import Path

# The readers live in the subpackage `faultlines.read`; importing it here, before `def read` below, keeps the
# name `faultlines.read` bound to the function (a later submodule import would otherwise rebind it).
from . import read as _readers  # noqa: F401
from .corpus import Corpus
from .records import Actor, Count, Document, Event, Facts, Place, Quote, Segment, Tension

__version__ = "0.1.0"


def read(source: str | Path, *, title: str | None = None, published: str | None = None,
         source_name: str | None = None) -> Facts:
    """Extract facts from one document: `source` is text, or a Path to a file."""
    from .pipeline import default_pipeline
    from .read import document_from_text, read_one

    if isinstance(source, Path):
        document = read_one(str(source))[0]
    else:
        document = document_from_text(source, title=title, published=published, source=source_name)
    return default_pipeline().extract(document)


__all__ = ["Corpus", "Actor", "Count", "Document", "Event", "Facts", "Place", "Quote", "Segment", "Tension", "read"]
