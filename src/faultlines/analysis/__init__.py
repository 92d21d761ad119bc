"""Analysis over facts: the signed actor network, tensions (fault lines) and factions."""

from .tensions import document_tensions

__all__ = ["document_tensions"]
