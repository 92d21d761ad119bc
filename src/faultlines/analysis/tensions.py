"""Tensions (fault lines) within one document's facts. Baseline: none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Facts, Tension

if TYPE_CHECKING:
    from ..actors import Dictionary


def document_tensions(facts: Facts, dictionary: Dictionary | None = None) -> list[Tension]:
    return []
