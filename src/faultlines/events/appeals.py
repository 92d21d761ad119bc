"""Help asked of a party (round 19, C): "asked for the king's support for the plan", "appealed for Nigeria's help",
"sought assistance from the World Bank", "requested Russian backing": the asker REQUEST the one whose help is asked
(CAMEO 02). Help asked of no party ("asked for help", "appealed for calm") is none. A hope voiced that a party will
act ("expressed the hope that the AU will intensify its efforts", "Kenya hopes Uganda would reopen the border") asks
it too. Words are data (data/diplomacy.yaml: asking, asked_help, hoping, concern_hosts)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..records import Event
from .frame_parts import FrameParts
from .syntax import FOR, FROM, VERBAL, agents, is_passive, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .readings import Candidate

OWNERS = ("poss", "amod", "compound", "nmod")
SIDES = frozenset({"party", "side"})
WILL = frozenset({"will", "would", "should", "can", "could", "'ll"})
# what befalls a party or what it becomes, asked of no one ("hoped the Ugandan team would win", "that Chad will recover")
FATES = frozenset({"win", "lose", "beat", "succeed", "fail", "survive", "recover", "qualify", "prosper", "thrive", "grow",
                   "face", "suffer", "be", "have", "get", "remain", "stay", "become", "come", "go", "return", "feel",
                   "fall", "collapse", "crumble", "die", "perish", "disappear", "vanish", "pay", "disintegrate"})


def sourced_requests(events: Iterable[Event]) -> list[Event]:
    """Requests whose asker no stage resolved are left out: on the analysts' articles every one was wrong (an
    appeal's speaker unresolved, its addressee taken for the asker's side; rounds 20-21), precision first."""
    return [e for e in events if e.type != "REQUEST" or e.source is not None]


class AppealFrames(FrameParts):
    """Readings of a verb of asking whose object is a party's help."""

    def appeal(self, v: Token) -> list[Candidate]:
        """"X asked for Y's support", "X sought help from Y", "X requested Y's backing": X REQUEST Y."""
        d = self._data()
        if v.pos_ not in VERBAL or any(c.dep_ == "dobj" and c.lemma_.lower() not in d["asked_help"]
                                       for c in v.children):
            return []  # "asked Ghana for support" names whom it asks (the lexicon reads it)
        helps = [n for n in prep_objects(v, FOR) + [c for c in v.children if c.dep_ == "dobj"]
                 if n.lemma_.lower() in d["asked_help"]]
        givers = [o for n in helps for o in [c for c in n.children if c.dep_ in OWNERS] + prep_objects(n, FROM)]
        givers += [o for _ in helps[:1] for o in prep_objects(v, FROM)]  # "sought help from the UN"
        askers = agents(v) if is_passive(v) else subjects(v)
        return self._cross("REQUEST", self._named(askers), self._named(givers), v, v)

    def hoped(self, n: Token) -> list[Candidate]:
        """"X expressed the hope that Y will act", "X hopes Y would act": X REQUEST Y (a party, not a private person;
        a hope about a thing, "that the talks will succeed", asks no one)."""
        d = self._data()
        if n.pos_ == "NOUN" and n.dep_ == "dobj" and n.head.lemma_.lower() in d["concern_hosts"]:
            host = n.head
        elif n.pos_ == "VERB":
            host = n
        else:
            return []
        if any(c.dep_ == "neg" for c in (*host.children, *n.children)):
            return []
        acts = [c for c in n.children if c.dep_ in ("acl", "ccomp") and c.pos_ in VERBAL
                and c.lemma_.lower() not in FATES and not is_passive(c)  # "hopes X will be punished": a fate
                and any(a.dep_ == "aux" and a.lower_ in WILL for a in c.children)]
        asked = [(a, t) for a, t in self._named([s for c in acts for s in c.children if s.dep_ == "nsubj"
                                                 and s.pos_ != "PRON" and s.lemma_.lower() not in SIDES])
                 if not self._unofficial(a)]  # "hope that relevant parties could ...": whoever they are
        askers = [(a, t) for a, t in self._named(agents(host) if is_passive(host) else subjects(host))
                  if not self._unofficial(a)]  # "residents hope the army will leave": a private wish, no appeal
        return self._cross("REQUEST", askers, asked, host, host) if asked else []
