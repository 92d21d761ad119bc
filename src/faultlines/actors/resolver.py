"""Resolve mentions to canonical actors: names, demonyms, "X-backed Y", acronyms, surnames, generic
references ("these groups" -> the most recent compatible actor) and the first person plural.

One left-to-right sweep per document; every lookup is a dict lookup, never a scan of the dictionary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..values.names import slug
from .affiliation import SHARED_FORCE_NOUNS, Affiliations
from .author import Author
from .camps import Camps
from .culprits import Culprits
from .dictionary import Entry
from .index import ActorIndex, ImpliedEvent
from .naming import Names
from .offices import OFFICE_HEADS
from .organisations import COMPANY_NOUNS
from .placed import Placed
from .references import References
from .regions import CIVIL_GROUPS, SIDE_WORDS, capital_named, region_country, state_named, town_country
from .state import ORGANS, Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..context import Context
    from .dictionary import Dictionary


FOLLOWERS = {"fighter", "militiaman", "militiamen", "loyalist", "man", "men", "gunman", "gunmen", "troop", "unit"}
POLICE_HEADS = {"police", "trooper", "enforcement", "patrol", "patrolman", "patrolmen", "constabulary"}
ARMED_HEADS = {"force", "troop", "soldier", "unit", "fighter", "army", "brigade", "battalion", "militia", "personnel"}
GROUP_KINDS = {"armed_group", "military", "political_party", "government", "legislature", "police", "intelligence"}


class _Resolver(Names, References, Placed, Culprits, Author, Affiliations, Camps):
    """One left-to-right sweep: names first (pass A), then noun phrases in order (pass B)."""

    def run(self) -> ActorIndex:
        hits = self._names()
        self._note_culprits()
        self._author_from_title(hits)
        try:
            chunks = list(self.doc.noun_chunks)
        except ValueError:  # no dependency parse
            chunks = []
        j = 0
        for ch in chunks:
            while j < len(hits) and hits[j].start < ch.start:
                self.history.append(hits[j])
                j += 1
            inner = []
            while j < len(hits) and hits[j].start < ch.end:
                inner.append(hits[j])
                j += 1
            self._chunk(ch, inner)
        self.history.extend(hits[j:])
        self._affiliate()
        return self.index

    def _chunk(self, ch: Span, inner: list[Hit]) -> None:
        head = ch.root
        self.history.extend(h for h in inner)
        on_head = next((h for h in inner if h.start <= head.i < h.end), None)
        rel = self._compound_relation(ch, head)
        if on_head is not None and on_head.demonym and any(t.lower_ == "ethnic" for t in ch if t.i < on_head.start):
            self._ethnic(ch, head, on_head)
            return
        if on_head is not None:
            mod = next((h for h in inner if h.end <= on_head.start and self.d.kind_of(h.actor) == "state"), None)
            entry = self.index.entry(on_head.actor)
            if mod is not None and mod.actor != on_head.actor and entry is not None:
                if on_head.demonym:  # "Bosnian Serbs" are Bosnia's
                    self._record(mod.actor, ch, head, force=True)
                elif entry.kind in ("ethnic_group", "religious") and entry.country is None:  # "Iraqi Kurds"
                    name = self.doc[mod.start:on_head.end].text
                    local = Entry(id=f"{mod.actor}.{entry.id}", name=name, kind=entry.kind, country=mod.actor,
                                  parent=entry.id)
                    self._record(self.index.add_local(local), ch, head, force=True)
            if rel and rel[1][0] and not on_head.demonym:
                self._imply(rel, on_head.actor, ch, head)
            return
        sector = self._sector(head)
        if sector == "MIL" and self._side_worded(head):  # "Syrian opposition forces" fight the state: its rebels,
            sector = "REB" if head.lemma_.lower() in ARMED_HEADS else "OPP"  # never its army; "the opposition
            # coalition" is a political camp
        elif sector == "GOV" and any(c.dep_ in ("amod", "compound") and c.lower_ == "opposition" for c in head.lefts):
            sector = "OPP"  # "the opposition leader": the opposition, not the government
        elif sector == "REB" and any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in CIVIL_GROUPS
                                                                        or c.lower_ in CIVIL_GROUPS) for c in head.lefts):
            sector = None  # "the monitoring group", "a rights group": no armed group
        if sector == "INT" and head.lemma_.lower() == "intelligence" and head.dep_ == "dobj":
            sector = None  # "share intelligence" is information, not an agency
        if rel:
            self._backed(ch, head, sector, rel)
            return
        mods = [h for h in inner if h.end <= head.i]
        if (sector == "BUS" or head.lemma_.lower() in COMPANY_NOUNS) and (firm := self._apposed_firm(head)):
            self._record(firm, ch, head)  # "the South Korean firm Samsung", "Samsung, the South Korean firm"
            return
        if camp := self._camp(ch, head):
            self._record(camp, ch, head)  # "critics say", "the ruling party", "supporters of the warlord"
            return
        if mods:
            stance = self._stance(mods[-1])
            if stance == "pro" and sector:  # "pro-Iranian militias" back Iran; they are not Iran's
                self._pro(ch, head, sector, mods[-1])
            elif stance is None and sector and self._relational(head, mods[-1]) is None:
                self._record(self._modified(mods[-1], sector, head), ch, head)
            return
        if self.ctx.in_signature(head.idx):
            return
        if not inner and (kin := self._kin_reference(ch, head)):
            self._record(kin, ch, head)
            return
        if not inner and (culprit := self._culprit_reference(ch, head)):
            self._record(culprit, ch, head)
            return
        if not inner and (titled := self._title_reference(ch, head)):
            self._record(titled, ch, head)
            return
        if not inner and head.lemma_.lower() == "deputy" and head.tag_ == "NNS" and (office := self._sheriff_near(head)):
            self._record(office, ch, head)  # "deputies" after "the Harris County Sheriff's Office"
            return
        if not inner and sector == "POL" and (force := self._town_police(head)):
            self._record(force, ch, head)
            return
        low = head.lower_
        if head.pos_ == "PRON":
            self._record(self._pronoun(head, low), ch, head)
            return
        if any(t.lower_ == "our" for t in ch if t.i < head.i):
            self._record(self._first_person(head, sector), ch, head)
            return
        if self._followers(head, sector):
            poss = next((t for t in ch if t.i < head.i and t.dep_ == "poss" and t.lower_ in ("his", "her")), None)
            if poss is not None:  # "his fighters" after Hemedti are the RSF
                self._record(self._leader_faction(self._pronoun(poss, "he")), ch, head)
                return
        member_of = self._members_of(head)
        if not member_of and not inner and (named := self._word_of_a_name(ch, head)):
            self._record(named, ch, head)
            return
        if not member_of and sector and not inner and head.lemma_.lower() in OFFICE_HEADS:
            self._record(self._located(head, sector) or self._office(ch, head, sector), ch, head)
            return  # "the defence ministry" after two states is neither's: no nearest-state guess
        if member_of or sector:
            aid = member_of or (self._generic(ch, head, sector) or self._located(head, sector)
                                or self._namesake_people(head, sector) if sector else None)
            self._record(aid, ch, head)
        elif head.pos_ == "PROPN" and not self.foreign_namesake(head.i):
            self._record(self.d.lookup(ch.text) or self._named_by_head(ch, head), ch, head)  # "The Mission"

    def _apposed_firm(self, head: Token) -> str | None:
        """The named organisation a company noun stands in apposition with."""
        near = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
        for t in near:
            aid = self.index.token_actor(t.i)
            e = self.index.entry(aid)
            if e is not None and e.kind in ("business", "other"):
                return aid
        return None

    def _town_police(self, head: Token) -> str | None:
        """"St. Louis Police", "Denver police": a town's police force, named by the town, when its country is
        known: the town is a capital, or the document names one state only and the gazetteer has such a town there
        (many towns share a name), or it has one only elsewhere ("Baton Rouge" in a report naming only Iraq)."""
        town = [t for t in head.lefts if t.dep_ == "compound" and t.ent_type_ == "GPE" and t.text[:1].isupper()]
        if town and head.lemma_.lower() in POLICE_HEADS and (
                region := region_country(self.doc[town[0].left_edge.i:town[-1].i + 1].text)):
            return self.d.sub_actor(region, "POL")  # "North Dakota law enforcement", "Texas troopers": the country's
        if not town or head.lemma_.lower() != "police":
            return None
        place = self.doc[town[0].left_edge.i:head.i]
        if self.d.lookup(place.text) or self.d.demonym(place.text):
            return None  # "Iraqi police", "Kenya police": the state's, as before
        country = capital_named(self.d, place) or town_country(place.text, self._one_named_state(head))
        if country is None:
            return None
        name = f"{place.text} Police"
        return self.index.add_local(Entry(id=slug(name), name=name, kind="police", country=country,
                                          parent=self.d.sub_actor(country, "POL")))

    def _one_named_state(self, head: Token) -> str | None:
        """The one state the document names by its own name or capital (a demonym describes people, not where a
        town lies), when no other country's name or demonym sits in the town's sentence."""
        states = {c for e in self.doc.ents if e.label_ != "NORP" and not self._a_person(e) and (a := state_named(self.d, e))
                  and (c := self.d.country_of(a))}
        if len(states) != 1:
            return None
        country = next(iter(states))
        for e in head.sent.ents:
            a = state_named(self.d, e)
            if a and (c := self.d.country_of(a)) and c != country:
                return None  # "Denver police arrested a Mexican man": Mexico is the man's, not Denver's
        return country

    def _a_person(self, e: Span) -> bool:
        """The entity is (part of) a person's name ("Georgia Banks", then "Georgia"), no state the report names."""
        entry = self.index.entry(self.index.token_actor(e.start))
        return entry is not None and entry.kind == "person"

    def _ethnic(self, ch: Span, head: Token, hit: Hit) -> None:
        """"ethnic Albanians (in southern Serbia)": a community living outside its kin state belongs to the state
        it is placed in, else to another state named in the sentence, else to none."""
        name = self.doc[hit.start:hit.end].text
        home = self._ethnic_home(ch, head, hit.actor)
        local = Entry(id=f"{hit.actor}.ETHNIC" + (f".{home}" if home else ""), name=f"ethnic {name}",
                      kind="ethnic_group", country=home, parent=None)
        self._record(self.index.add_local(local), ch, head, force=True)

    def _ethnic_home(self, ch: Span, head: Token, kin: str) -> str | None:
        home: str | None = None
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in ("in", "of", "from"):
                for obj in p.subtree:
                    st = self._token_name(obj) if obj.pos_ == "PROPN" else None
                    if st and st != kin and self.d.kind_of(st) == "state":
                        home = home or st
        if home is None:
            sent = self.doc[head.i].sent
            near = [(abs(t.i - head.i), st) for t in sent if t.text[:1].isupper() and not (ch.start <= t.i < ch.end)
                    and (st := self._token_name(t)) and st != kin and self.d.kind_of(st) == "state"]
            home = min(near)[1] if near else None
        return home

    def _stance(self, mod: Hit) -> str | None:
        """"pro" or "anti" when the modifier is written "pro-X" / "anti-X"."""
        doc = self.doc
        if mod.start >= 2 and doc[mod.start - 1].text == "-" and doc[mod.start - 2].lower_ in ("pro", "anti"):
            return doc[mod.start - 2].lower_
        return None

    def _relational(self, head: Token, mod: Hit) -> bool | None:
        """"Israel's ally", "Iranian proxies": the noun names someone else in relation to the modifier."""
        lemma = head.lemma_.lower()
        if lemma in self.d.relational_nouns:
            return True
        if lemma in self.d.sectors_relational_poss and self.doc[mod.end - 1].dep_ == "poss":
            return True
        if mod.end < len(self.doc) and self.doc[mod.end].dep_ == "case" and lemma in self.d.sectors_relational_poss:
            return True
        return None

    def _pro(self, ch: Span, head: Token, sector: str, mod: Hit) -> None:
        name = self.doc[mod.start - 2:head.i + 1].text
        kind = self.d.sectors[sector].kind if sector not in ("STATE", "GOV", "MIL") else "armed_group"
        target = self._generic(ch, head, sector, exclude=mod.actor, force=True) if sector == "REB" else None
        if target is None or target in self.backed_locals:
            target = self.index.add_local(Entry(id=slug(name), name=name, kind=kind))
            self.backed_locals.add(target)
        self._record(target, ch, head)
        self.index.imply(ImpliedEvent("SUPPORT", None, target, mod.actor, self.doc[mod.start - 2].idx,
                                      head.idx + len(head)))

    def _modified(self, mod: Hit, sector: str, head: Token) -> str | None:
        """A name or demonym modifying an actor noun: "Iranian forces", "U.S. officials", "Hezbollah fighters"."""
        e = self.index.entry(mod.actor)
        if e is None or e.kind == "person":
            return self._leader_faction(mod.actor) if e is not None and self._followers(head, sector) else None
        if e.kind == "state" and sector in ("REB", "CVL", "OPP") and mod.start > 0 and \
                self.doc[mod.start - 1].lower_ == "ethnic":  # "ethnic Albanian guerrillas" in Macedonia
            home = self._ethnic_home(self.doc[mod.start - 1:head.i + 1], head, e.id)
            name = self.doc[mod.start - 1:head.i + 1].text
            kind = self.d.sectors[sector].kind
            return self.index.add_local(Entry(id=f"{e.id}.ETHNIC.{sector}" + (f".{home}" if home else ""), name=name,
                                              kind=kind, country=home))
        if e.kind == "state":
            if sector == "REB":  # "Iraqi fighters" in a story about Iraqi militias are those militias
                known = self._antecedent("REB", None, self.sent_of[head.i], country=e.id)
                if known and (not self._side_worded(head) or any(h.actor == known and h.lemma in SIDE_WORDS
                                                                 for h in self.history)):
                    return known  # but "Syrian rebels" are a group called rebels before, else the country's own
            return self.d.sub_actor(e.id, sector)
        if e.kind in ("ethnic_group", "religious") and sector in ("REB", "MIL"):
            known = self._community_group(mod, head)
            if known:
                return known
        if e.kind in ("ethnic_group", "religious") and e.country is None and sector in ("REB", "MIL", "OPP"):
            name = self.doc[mod.start:head.i + 1].text  # "Kurdish fighters": armed men of a community
            kind = "political_party" if sector == "OPP" else "armed_group"
            return self.index.add_local(Entry(id=f"{e.id}.{'OPP' if sector == 'OPP' else 'REB'}", name=name,
                                              kind=kind, parent=e.id))
        if e.kind in ("ethnic_group", "religious"):
            return None
        if head.lemma_.lower() in self.d.member_nouns or sector in ("REB", "MIL", "GOV"):
            return mod.actor
        if e.kind in ("police", "intelligence", "military") and head.lemma_.lower() in self.d.person_nouns:
            return mod.actor  # "FBI agents", "Mossad officers" act for their agency
        return None

    def _followers(self, head: Token, sector: str | None) -> bool:
        """A noun for a leader's armed men: forces, troops, fighters, militiamen, loyalists."""
        return sector in ("REB", "MIL") or head.lemma_.lower() in FOLLOWERS

    def _community_group(self, mod: Hit, head: Token) -> str | None:
        """"Shia fighters" after the PMF (alias "Shia militias") are the PMF: a recent armed group that the
        dictionary names "<community> militias/forces/fighters"."""
        word = self.doc[mod.start:mod.end].text
        names = {self.d.lookup(f"{word} {n}") for n in ("militias", "militia", "forces", "fighters", "rebels")} - {None}
        if not names:
            return None
        sent = self.sent_of[head.i]
        return next((h.actor for h in reversed(self.history) if sent - h.sent <= 8 and h.actor in names), None)

    def _side_worded(self, head: Token) -> bool:
        """The noun or a word modifying it puts the party against the state ("rebel forces", "opposition troops")."""
        return head.lower_ in SIDE_WORDS or head.lemma_.lower() in SIDE_WORDS or any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in SIDE_WORDS for c in head.lefts)

    def _compound_relation(self, ch: Span, head: Token) -> tuple[str, tuple[str | None, str | None], int] | None:
        for t in ch:
            if t.i >= head.i:
                break
            low = t.lower_
            if low in self.d.relations and t.i >= 2 and self.doc[t.i - 1].text == "-":
                backer = self._backer(self.doc[t.i - 2])
                if backer:
                    return backer, self.d.relations[low], t.i - 2
            if "-" in low and low.rsplit("-", 1)[1] in self.d.relations:
                name, verb = t.text.rsplit("-", 1)
                backer = self._named(name)
                if backer:
                    return backer, self.d.relations[verb.lower()], t.i
        return None

    def _backer(self, t: Token) -> str | None:
        """The actor a "X-backed" word names: the word itself first ("Turkish" in the name "Turkish-backed factions")."""
        return self._named(t.text) or self.index.token_actor(t.i)

    def _backed(self, ch: Span, head: Token, sector: str | None,
                rel: tuple[str, tuple[str | None, str | None], int]) -> None:
        backer, (etype, _), first = rel
        target = self.d.lookup(self.doc[first:head.i + 1].text)
        inside = [a for t in self.doc[first + 1:head.i] if (a := self.index.token_actor(t.i)) and a != backer]
        mod = next((a for a in inside if self.d.kind_of(a) == "state"), None)
        group = next((a for a in inside if self.d.kind_of(a) in GROUP_KINDS), None)
        if target is None and group:  # "Iranian-backed Kataib Hezbollah militia", "Sunni-led ISIS movement"
            target = group
        if target is None and mod and sector:  # "Turkish-backed Syrian militiamen" are Syrian, not an antecedent
            target = self.d.sub_actor(mod, sector)
        if target is None and etype is None and sector in ("MIL", "REB") and self.d.kind_of(backer) == "state":
            target = self.d.sub_actor(backer, "MIL")  # "Vietnamese-led forces"
        if target is None and etype:
            target = self._backed_owner(ch, head, backer)  # "Hezbollah's Iranian-backed fighters"
        if target is None and etype and (member := self._members_of(head)) and member != backer:
            target = member  # "U.S.-allied fighters from the YPG" are the YPG
        if target is None and etype and not (group or mod):
            target = self._backed_seat(head, backer)  # "the UN-backed government in Tripoli" is Libya's
        if target is None and etype and head.lemma_.lower() in SHARED_FORCE_NOUNS and not (group or mod):
            target = self._backed_side(ch, head, backer)  # "its U.S.-backed forces": a side named nearby, or none
            if target is None:
                self.index.add(backer, first, first + 1)  # the backer is named; its forces are no one new
                return
        if target is None and sector:  # only a same-noun antecedent ("the militias" ... "Iranian-backed militias")
            target = self._same_head(head, sector, backer) if etype else \
                self._generic(ch, head, sector, exclude=backer, force=True)  # "Kurdish-led forces" may be named
            if target is None and etype and any(t.lower_ in ("the", "this") for t in ch if t.i < first):
                target = self._backed_antecedent(head, sector, backer)
            if target is not None and (target in self.backed_locals or self.backed.get(target, {backer}) != {backer}):
                target = None  # "US-backed rebels" and "Tehran-backed militias" are different groups
        if target is None and sector:
            name = self.doc[first:head.i + 1].text
            kind = self.d.sectors[sector].kind if sector not in ("STATE", "GOV", "MIL") else "armed_group"
            target = self.index.add_local(Entry(id=slug(name), name=name, kind=kind))
            self.backed_locals.add(target)
        if target is None:
            return
        self._record(target, ch, head)
        self.backed.setdefault(target, set()).add(backer)
        if etype:
            self._imply(rel, target, ch, head)

    def _same_head(self, head: Token, sector: str, backer: str) -> str | None:
        """The most recent actor named by the same noun, or already backed by the same backer; a backed generic
        group is never an unrelated group that merely came last."""
        lemma, sent = head.lemma_.lower(), self.sent_of[head.i]
        compat = self.d.sectors[sector].compatible
        for h in reversed(self.history):
            if sent - h.sent > 8:
                break
            if h.actor == backer or h.demonym or h.kind not in compat:
                continue
            if h.lemma == lemma or backer in self.backed.get(h.actor, set()):
                return h.actor
        return None

    def _backed_antecedent(self, head: Token, sector: str, backer: str) -> str | None:
        """"Kataib Hezbollah denied it; the Iran-backed group said ...": a definite backed phrase points back to the
        one armed group named in this or the sentence before (none when two groups compete, or it is the backer)."""
        sent = self.sent_of[head.i]
        compat = self.d.sectors[sector].compatible
        found = {h.actor for h in self.history if sent - h.sent <= 1 and h.kind in compat and h.kind not in ORGANS
                 and not h.demonym and h.actor != backer}
        found = {a for a in found if not any(p in found for p in self.d.parent_chain(a))}  # a group and its parent
        one = found.pop() if len(found) == 1 else None
        return one if one is not None and self.backed.get(one, {backer}) == {backer} else None

    def _imply(self, rel: tuple[str, tuple[str | None, str | None], int], target: str, ch: Span, head: Token) -> None:
        backer, (etype, mode), first = rel
        if etype and backer != target:
            if backer not in self.index.mentioned():
                self.index.add(backer, first, first + 1)
            self.index.imply(ImpliedEvent(etype, mode, backer, target, self.doc[first].idx, head.idx + len(head)))


def resolve_actors(ctx: Context, dictionary: Dictionary) -> ActorIndex:
    """Find every actor the document mentions and what each noun phrase refers to."""
    return _Resolver(ctx, dictionary).run()
