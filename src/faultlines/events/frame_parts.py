"""What the diplomacy frames' mixins (events/concerns.py, briefings.py, controls.py) ask of the coder they are mixed
into (`DiplomacyFrames`), declared once here for the type checker, and the one test they share (`_unofficial`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors.dictionary import Entry
    from .diplomacy_data import DiplomacyData
    from .lexicon import Lexicon
    from .readings import Candidate


class FrameParts:
    """The coder's lexicon, actor lookups and candidate makers, as the mixins use them."""

    lex: Lexicon

    def _data(self) -> DiplomacyData:
        raise NotImplementedError

    def _named(self, toks: list[Token]) -> list[tuple[str, Token]]:
        raise NotImplementedError

    def _cross(self, type_: str, doers: list[tuple[str, Token]], others: list[tuple[str, Token]], trigger: Token,
               host: Token | None) -> list[Candidate]:
        raise NotImplementedError

    def _actors(self, toks: list[Token], armed: bool = False) -> list[tuple[str | None, Token | None]]:
        raise NotImplementedError

    def entry(self, actor_id: str | None) -> Entry | None:
        raise NotImplementedError

    def _unofficial(self, aid: str) -> bool:
        """Civilians, or a person with no known office or country ("his brother", "a woman")."""
        e = self.entry(aid)
        return e is not None and (e.kind == "civilians" or (e.kind == "person" and not (e.country or e.parent or e.role)))
