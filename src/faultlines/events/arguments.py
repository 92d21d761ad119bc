"""What a noun phrase refers to: the actor index first, then relatives, partitives, appositions and modifiers."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..actors.dictionary import Entry
from ..actors.lookup import StandIn, leader_faction
from ..datafile import data_file
from ..values.countries import countries
from .appositions import Appositions
from .boasts import own_made
from .lexicon import Lexicon
from .placements import Placements
from .pronouns import Pronouns, blamed_plural, in_quotation, outer_owner
from .syntax import OF, RELATIVE, agents, antecedent, dateline_end, is_passive, prep_objects, speaker_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..actors import ActorLookup
    from ..records import Place

GENERIC_IDS = {"PRT": "PROTESTERS", "CVL": "CIVILIANS", "UAG": "UNIDENTIFIED_ARMED_GROUP", "REB": "ARMED_GROUP",
               "REF": "REFUGEES"}
GENERIC_NAMES = {"PRT": "Protesters", "CVL": "Civilians", "UAG": "Unidentified armed group", "REB": "Armed group",
                 "REF": "Refugees"}
COUNTER = frozenset({"anti", "counter", "counterterrorism", "counter-terrorism", "antiterrorism"})
PLAIN_COMMUNITY = frozenset({"local", "whole", "entire", "wider", "broader", "surrounding", "same"})  # its people
WHERE = frozenset({"in", "at", "across", "throughout", "near", "into", "inside", "outside", "around", "within"})
OWNERS = {"belong", "loyal", "affiliate", "link", "attach", "allied"}
NAME_MODS = ("compound", "amod", "nmod", "npadvmod")
# Arms and craft a force uses: "army helicopters", "police vehicles", "rebel tanks" stand for that force.
WEAPONS = frozenset({"artillery", "helicopter", "gunship", "jet", "warplane", "aircraft", "bomber", "tank", "drone",
                     "warship", "gunboat", "vehicle", "truck", "convoy", "armor", "armour", "cannon", "howitzer",
                     "sniper"})


KIN = frozenset({"father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "cousin", "nephew",
                 "niece", "uncle", "aunt", "widow", "relative"})
COUNSEL = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister"})  # "his lawyers" act for him
PERSONAL = frozenset({"he", "him", "his", "she", "her"})  # a pronoun only a person can be
PLURAL = frozenset({"they", "them", "their", "themselves"})  # a pronoun one person cannot be
# "supporters of Khan", "Khan's followers", "Hamas sympathisers": a crowd that follows an actor, not the actor.
SUPPORTERS = frozenset({"supporter", "follower", "sympathiser", "sympathizer", "admirer", "fan", "adherent", "devotee"})
BACKING = frozenset({"back", "support", "sponsor", "fund", "finance", "arm", "train", "equip"})


def backing(c: Token) -> bool:
    """"Russian-backed", "Iranian-funded": a modifier naming a backer of its noun, not the noun's owner or doer."""
    word = c.lower_.rsplit("-", 1)[-1]
    return c.dep_ in ("amod", "compound") and c.tag_ in ("VBN", "JJ", "VBD") and (
        c.lemma_.lower() in BACKING or word[:-2] in BACKING or word[:-3] in BACKING or word[:-1] in BACKING)


def opposed(tok: Token) -> bool:
    """A modifier that names whom its noun is against: "anti-Houthi forces" are not the Houthis."""
    doc, i = tok.doc, tok.i
    if tok.lower_.startswith(("anti-", "counter-")):
        return True
    return (i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "counter")) or (
        i > 0 and doc[i - 1].lower_ in ("anti-", "counter-"))


@lru_cache(maxsize=1)
def side_phrases() -> dict[str, tuple[str, ...]]:
    """actor_nouns.yaml's side descriptions: "eastern force" -> the actors it can name."""
    raw = data_file("actor_nouns.yaml")
    return {str(k).lower(): tuple(v) for k, v in (raw.get("side_phrases") or {}).items()}


@lru_cache(maxsize=1)
def _iso3() -> dict[str, str]:
    return {c.iso2: c.iso3 for c in countries() if c.official}


def aged(tok: Token) -> bool:
    """"a 13-year-old was shot", "killed a 70-year-old": an age standing alone as the noun phrase of one an act is
    done to (its head "old" with no noun after it: "a 13-year-old boy" is the boy); as a doer it stays no party
    ("the 25-year-old fought back tears")."""
    return tok.lower_ == "old" and tok.dep_ in ("nsubjpass", "dobj", "pobj") and any(
        c.lower_ in ("year", "years") and c.dep_ == "npadvmod" for c in tok.children)


class ArgumentResolver(Placements, Appositions, Pronouns):
    """Maps syntactic arguments to actor ids through `ActorLookup.resolve`, caching per character span.

    Generic actors it makes up ("Protesters (Syria)") stay in `_local` until `stand_ins` hands them back."""

    def __init__(self, actors: ActorLookup, lex: Lexicon, places: list[Place] | None = None) -> None:
        self.actors = actors
        self.lex = lex
        self._cache: dict[tuple[int, int], str | None] = {}
        self._local: dict[str, Entry] = {}
        self.placed_at: set[int] = set()  # argument heads that stood for a place's country, not a party
        self.place_spans: dict[str, set[tuple[int, int]]] = {}
        iso3 = _iso3()
        places = [replace(p, mentions=tuple(m for m in p.mentions if not self._a_person(m.start, m.end)))
                  for p in places or ()]  # "Tyre pulled a gun" after "Tyre King": the boy, no town of Lebanon
        self._place_country = {(m.start, m.end): iso3[p.country] for p in places
                               if p.country in iso3 and p.feature != "country" for m in p.mentions}
        self._places = [(m.start, m.end, iso3[p.country]) for p in places if p.country in iso3 for m in p.mentions]

    def generic_actor(self, tok: Token, sector: str | None = None, at: Token | None = None) -> str | None:
        """"gunmen", "an unidentified armed group", "thousands of protesters", "villagers": a generic or collective
        actor, of the country where the sentence places the event ("Protesters (United States)"); `at` is the
        word that stands for it when `tok` names someone else ("found dead": the unseen killers)."""
        d = self.actors.dictionary
        if sector is None and aged(tok):
            sector = "CVL"  # "a 13-year-old was shot": a person told by age
        if tok.pos_ not in ("NOUN", "PROPN") and not (sector == "CVL" and (tok.pos_ == "NUM" or aged(tok))):  # "injured 8"
            return None
        lemma = tok.lemma_.lower()
        low = tok.lower_
        if sector is None and lemma in d.unnamed and any(c.lower_ in d.unnamed_modifiers for c in tok.lefts):
            sector = "UAG"  # "unidentified armed men", "unknown militants", "armed men" (not civilian "men")
        if lemma in d.relational_nouns or ((lemma in d.sectors_relational_poss or lemma in COUNSEL) and any(
                c.dep_ == "poss" for c in tok.lefts)):
            return None  # "his opponents", "Haftar's critics", "her lawyers": whose they are, not the country's
        two = f"{tok.doc[tok.i - 1].lower_} {lemma}" if tok.i and tok.doc[tok.i - 1].dep_ == "compound" else ""
        sector = sector or d.generic_actors.get(lemma) or d.generic_actors.get(low) or d.generic_actors.get(two) or (
            d.generic_actors.get(low[:-1]) if low.endswith("s") else None)  # "Civilians" in a headline; "asylum
        # seekers"
        unnamed_groups = False  # "backing militant groups", "links to extremist groups": armed groups of no name and
        # no country ("rebel groups in Darfur" are placed_group's; round 20, P); "the terror group" is one named before
        if sector is None and d.sector_of(lemma) in ("MIL", "REB") and any(
                c.dep_ in ("amod", "compound") and (d.sector_of(c.lemma_.lower()) == "REB" or c.lower_ == "terror")
                for c in tok.lefts) and not any(w.lower_ in COUNTER for w in tok.doc[tok.left_edge.i:tok.i]):
            unnamed_groups = d.sector_of(lemma) == "REB"
            if unnamed_groups and tok.dep_ == "pobj" and tok.head.lower_ == "of" and any(
                    c.dep_ == "acl" and c.tag_ == "VBG" for c in tok.children):
                return None  # "the issue of terrorist groups targeting X": a topic, no one acting
            if not unnamed_groups or tok.tag_ == "NNS":
                sector = "REB"  # "separatist forces backed by Russia": the country's rebels, never its army (as
                # actors/state.py reads them when named with their country; round 19, Y1)
        if sector is None:
            asking = tok.head.lemma_.lower() in self.lex.directive_heads | self.lex.hypothetical_heads
            country = self._located_country(tok, asked=not asking)  # "found shot dead in Gao": nothing asked of him
            if country is None and self._located_country(tok) is not None:
                return None  # "told the army to withdraw from Gaza": whose army is not where it is asked to leave
            return self._home_forces(tok, country)
        if lemma == "community" and any(c.dep_ in NAME_MODS and c.lower_ not in PLAIN_COMMUNITY for c in tok.lefts):
            return None  # "the intelligence / business / Muslim community": a sector or a faith, no civilians at large
        if lemma in KIN and tok.dep_ == "nsubj" and tok.tag_ == "NN" and not any(c.dep_ == "prep" for c in tok.rights) \
                and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in tok.lefts):
            return None  # "the father condemned X": one particular person (named before), not civilians at large
        if sector == "REB" and any(c.lower_ in d.unarmed_modifiers for c in tok.lefts):
            return None  # "political Islamists", "moderate Islamists": a current of opinion, not an armed group
        country = None if unnamed_groups else self._located_country(tok) or self.home or self.lone_country
        if sector in d.sectors and country and d.entry(country) is not None:
            aid = d.sub_actor(country, sector)
        elif (label := GENERIC_NAMES.get(sector)) is None:
            return None  # a state sector ("POL") of no known country: no nameless stand-in for it
        else:
            name = f"{label} ({d.entry(country).name})" if country and d.entry(country) else label  # type: ignore[union-attr]
            base = GENERIC_IDS[sector]  # never a bare sector code: "PRT" is Portugal's ISO3
            aid = f"{base}.{country}" if country else base
            self._local.setdefault(aid, Entry(id=aid, name=name,
                                              kind="armed_group" if sector in ("UAG", "REB") else "civilians",
                                              country=country))
        if at is not None:
            self.place_spans.setdefault(aid, set()).add((at.i, at.i + 1))
            return aid
        left = min((c.left_edge.i for c in tok.lefts if c.dep_ not in ("det", "predet")), default=tok.i)
        self.place_spans.setdefault(aid, set()).add((left, tok.i + 1))
        return aid

    def _a_person(self, start: int, end: int) -> bool:
        """The actors stage read the words as a person's name (a town's name that is also a given name)."""
        aid = self.actors.actor_at(start, start + 1)
        e = self.actors.entry(aid)
        return e is not None and e.kind == "person" and self.actors.actor_at(end - 1, end) == aid

    def stand_ins(self, used: set[str]) -> list[StandIn]:
        """The mentions that stood for an actor of a coded event (a place for its country, "gunmen" for a
        generic actor), for the actors stage to record."""
        return [StandIn(aid, start, end, self._local.get(aid))
                for aid in sorted(used & set(self.place_spans)) for start, end in sorted(self.place_spans[aid])]

    def lex_people(self) -> frozenset[str]:
        """Nouns that name a person ("minister", "spokesman"): the subjects a "he" or "she" can carry on."""
        d = self.actors.dictionary
        return frozenset(d.person_nouns | d.titles)

    def entry(self, actor_id: str | None) -> Entry | None:
        """The entry of an actor of the index or of a generic actor made up here."""
        if actor_id is None:
            return None
        return self._local.get(actor_id) or self.actors.entry(actor_id)

    # ------------------------------------------------------------------ actors of noun phrases
    def _resolve(self, item: Token | Span) -> str | None:
        key = (item.idx, item.idx + len(item.text)) if hasattr(item, "idx") else (item.start_char, item.end_char)
        if key not in self._cache:
            found = self.actors.resolve(item)
            self._cache[key] = None if self._thing(found) else found
        return self._cache[key]

    def _thing(self, actor_id: str | None) -> bool:
        """An unknown name ending in an event's, a law's or a programme's word ("the Presidential Inauguration", "the
        Clean Air Act") is a thing, no party."""
        e = self.entry(actor_id)
        return e is not None and e.kind == "other" and e.name.split()[-1].lower() in self.lex.thing_names

    def _faction_acting(self, tok: Token) -> bool:
        """A warlord's supporters the actors stage made his faction act as it ("Haftar supporters condemned", "...
        attacked"), except in a rally or a march, where they are a crowd ("Haftar supporters rallied"); an armed
        group's own supporters stay a crowd ("supporters of Hamas")."""
        if getattr(self.entry(self._resolve(tok)), "kind", "") != "armed_group":
            return False
        led = [c for c in tok.lefts if c.dep_ in ("compound", "poss")] + prep_objects(tok, OF)
        if not any(getattr(self.entry(self._resolve(o)), "kind", "") == "person" for o in led):
            return False
        return not any(r.type == "PROTEST" for r in self.lex.verbs.get(tok.head.lemma_.lower(), ()))

    def np_actor(self, tok: Token | None, depth: int = 0) -> str | None:
        """The actor a noun phrase headed by `tok` refers to, looking through relatives, partitives and appositions."""
        if tok is None or depth > 4 or opposed(tok) or (tok.pos_ == "NOUN" and tok.lemma_.lower() in SUPPORTERS
                                                         and not self._faction_acting(tok)):
            return None  # a crowd, unless the actors stage made them a warlord's faction ("Haftar supporters": actors/camps.py)
        if tok.lower_ in RELATIVE and tok.tag_ in ("WDT", "WP", "WP$"):
            return self.np_actor(antecedent(tok), depth + 1)
        followed = self.followed(tok) if tok.pos_ == "PRON" else None
        if followed is not None:  # "Critics of President X accused him": X, named inside the subject
            return followed
        blamed = blamed_plural(tok) or outer_owner(tok) if tok.pos_ == "PRON" else None
        if blamed is not None:  # "X blamed the rebels for Y, saying they attacked Z": the rebels, whatever came before;
            # "X's announcement of their readiness to arm Y": X
            return self.np_actor(blamed, depth + 1) or self.generic_actor(blamed)
        owned = self._owned_force(tok)
        if owned:
            return owned
        maker = own_made(tok) if tok.pos_ == "PRON" else None
        if maker is not None:  # "denied a claim by the rebels that they shot down the jet": the rebels (claims.py)
            return self.np_actor(maker, depth + 1)
        found = self.shared_kind(tok, self._named_relation(tok, depth) or self._resolve(tok), depth)
        if found and tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.nouns and self._town_only(tok, found):
            return None  # "the Kabul bomb attack", "a Kyiv strike": the town is where the act was, not who did it
        if found and tok.pos_ == "PRON" and self._dateline_only(found, tok):
            found = None  # "ISLAMABAD (AP) — ... unless the government stops its crackdown": never the agency
        if found and tok.pos_ == "PRON" and self.other_topic(tok, found, depth):
            return self.pronoun_actor(tok, depth)  # "The minister met Putin. He urged ...": the minister, not Putin
        if found:
            return found
        if tok.pos_ == "PRON" and tok.lower_ in ("we", "us", "our"):
            return self.quoted_side(tok, depth)
        if tok.pos_ == "PRON" and tok.lower_ in ("i", "me", "my"):
            return self.quoted_self(tok, depth)
        if tok.pos_ == "PRON":
            speaker = speaker_of(tok) if not in_quotation(tok) else None  # '"They shelled us," X said': not X
            if speaker is not None and self.singular_teller(tok, speaker):
                return self.pronoun_actor(tok, depth)  # "A woman says the gunmen shouted as they fired": not her
            if speaker is not None:  # "the rebels say ... forced them": the rebels or no one
                said = self.np_actor(speaker, depth + 1)
                if said is None and tok.lower_ in ("they", "it") and tok.dep_ in ("nsubj", "nsubjpass"):
                    said = self.generic_actor(speaker)  # "Police in Ohio said they arrested two men": the police
                e = self.entry(said)
                party = self.plural_between(speaker, tok) if tok.lower_ == "they" and tok.dep_ in (
                    "nsubj", "nsubjpass") and e is not None and e.kind == "state" and speaker.tag_ == "NNP" else None
                if party is not None:  # "Moscow blamed the rebels, saying they attacked": the rebels, not Moscow
                    return self.np_actor(party, depth + 1) or self.generic_actor(party)
                if tok.lower_ in ("it", "its") and e is not None and e.kind == "person":
                    return self.pronoun_actor(tok, depth)  # "Khan warned ... unless the government ends its crackdown"
                if tok.lower_ in PERSONAL and e is not None and e.kind != "person":
                    return self.pronoun_actor(tok, depth)  # "... after he fired, the Lorain Police said": not them
                if tok.lower_ in PLURAL and e is not None and e.kind == "person" and tok.dep_ != "poss" \
                        and speaker.head.lemma_.lower() in self.lex.claim_verbs and not any(
                        t.lower_ in PERSONAL and t.i != speaker.i and speaker_of(t) == speaker for t in tok.sent):
                    return self.pronoun_actor(tok, depth)  # "X shot them both dead, Carter said": not Carter (but
                    # "Callen said he was at home when two men shot at them": he among them)
                return said
            return self.pronoun_actor(tok, depth)
        lemma = tok.lemma_.lower()
        if lemma in self.lex.instruments:  # "a mine planted by X", "a drone launched by X"
            for c in tok.rights:
                if c.dep_ == "acl" and is_passive(c):
                    for a in agents(c):
                        found = self.np_actor(a, depth + 1) or self.generic_actor(a)
                        if found:
                            return found
        if lemma in self.lex.partitive or lemma in self.lex.transparent or tok.like_num:
            for p in prep_objects(tok, OF):
                found = self.np_actor(p, depth + 1)
                if found:
                    return found
        for c in tok.rights:
            if c.dep_ == "appos":
                found = self.np_actor(c, depth + 1)
                if found:
                    return found
        for c in tok.rights:  # "critics including Turkey", "backers such as Iran"
            if c.dep_ == "prep" and c.lower_ in ("including", "like", "notably", "especially"):
                for p in c.children:
                    found = self.np_actor(p, depth + 1) if p.dep_ == "pobj" else None
                    if found:
                        return found
        side = self._side_actor(tok)
        if side:
            return side
        d = self.actors.dictionary
        if (lemma in d.relational_nouns or (
                lemma in d.sectors_relational_poss and any(c.dep_ == "poss" for c in tok.lefts))):
            return None  # "Haftar's critics", "Iran's allies" are not Haftar or Iran
        done = lemma in self.lex.nouns  # "the Kabul bomb attack": a town before an act is where, not who
        possessed = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.lefts)  # "Russia's Syria policy"
        dash = dateline_end(tok)  # "MANILA (Reuters) - Rebel forces ...": the filing city is no owner (round 19, Y1)
        lefts = [c for c in tok.lefts if not c.i < dash < tok.i]
        for c in reversed(lefts):
            if c.dep_ == "compound" and not opposed(c) and not (done and self.town(c)) \
                    and not (possessed and c.ent_type_ == "GPE"):
                found = self._resolve(c)
                if found:
                    return found
        mods = [c for c in lefts if c.dep_ not in ("det", "predet", "punct", "case")]
        if done and any(c.dep_ == "compound" and self.town(c) for c in mods):
            mods = []
        if mods and not any(opposed(c) or backing(c) for c in mods):
            found = self._resolve(tok.doc[min(c.left_edge.i for c in mods): tok.i + 1])
            if found:
                return found
        for c in reversed(lefts):
            if (c.dep_ in NAME_MODS or c.dep_ == "poss") and not opposed(c) and not backing(c) and not (
                    done and c.dep_ == "compound" and self.town(c)) and not (
                    possessed and c.dep_ == "compound" and c.ent_type_ == "GPE"):
                if c.dep_ == "poss" and c.pos_ == "PRON" and not (
                        d.sector_of(lemma) or lemma in d.member_nouns or lemma in d.person_nouns or lemma in COUNSEL):
                    continue  # "its war with Iraq" is not Iran; "its troops" are
                found = self._resolve(c) if c.dep_ != "poss" else self.np_actor(c, depth + 1)
                if found:
                    return found
        for c in tok.rights:
            if c.dep_ in ("acl", "amod") and c.lemma_ in OWNERS:  # "forces loyal to X"
                for p in prep_objects(c, frozenset({"to", "with"})):
                    found = self.np_actor(p, depth + 1)
                    if found:
                        faction = self._faction(found, armed=d.sector_of(lemma) == "MIL")
                        if faction != found:
                            self.place_spans.setdefault(faction, set()).add((tok.i, tok.i + 1))
                        return faction
        return self._apposed(tok, depth)

    def _dateline_only(self, aid: str, tok: Token) -> bool:
        """An actor (the agency, the filing city) named only in a dateline of the document."""
        doc = tok.doc
        seen = [t for t in doc if t.pos_ != "PRON" and self.actors.token_actor(t.i) == aid]
        return bool(seen) and all(t.i < dateline_end(t) for t in seen)

    def site_owner(self, tok: Token, armed: bool = False) -> str | None:
        """"strikes on rebel positions", "attacked an army base", "a militant hideout": a force's site, named by the
        kind of force that holds it, stands for that force of the sentence's country (round 16, L); so do its arms
        and craft in an `armed` act ("killed by army helicopters", "shot down a military drone")."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or (lemma not in self.lex.force_sites and not (armed and lemma in WEAPONS)):
            return None
        d = self.actors.dictionary
        for c in tok.lefts:
            if c.dep_ not in ("compound", "amod", "nmod") or opposed(c) or backing(c):
                continue
            sector = d.generic_actors.get(c.lemma_.lower()) or d.generic_actors.get(c.lower_)
            if sector in ("REB", "UAG"):
                return self.generic_actor(tok, sector, at=c)
            if c.pos_ in ("NOUN", "ADJ") and d.sector_of(c.lemma_.lower()) in ("MIL", "POL"):
                return self.generic_actor(c)  # "army helicopters", "police vehicles": the force that uses them
        return None

    def _side_actor(self, tok: Token) -> str | None:
        """"eastern forces", "the paramilitary force": the side it names, when the report names that side or its
        leader; never an actor of the other side."""
        if tok.pos_ != "NOUN":
            return None
        mods = [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")]
        key = " ".join([*mods, tok.lemma_.lower()])
        options = side_phrases().get(key)
        if not options:
            return None
        here = self.actors.mentioned()
        parents = {e.parent for a in here if (e := self.actors.entry(a)) is not None and e.parent}
        for aid in options:
            if aid in here or aid in parents:
                self.place_spans.setdefault(aid, set()).add((tok.i, tok.i + 1))
                return aid
        return None

    def _owned_force(self, tok: Token) -> str | None:
        """"the army of Sudan" is Sudan's army (never the last army named); "Hemedti's forces" are his faction's."""
        d = self.actors.dictionary
        if tok.pos_ != "NOUN":
            return None
        sector = d.sector_of(tok.lemma_.lower())
        if sector not in ("MIL", "POL", "GOV", "INT", "LEG"):
            return None
        owners = prep_objects(tok, OF) + [c for c in tok.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"]
        for o in owners:
            aid = self._resolve(o)
            entry = self.actors.entry(aid)
            if entry is None:
                continue
            found: str | None = None
            if entry.kind == "person" and sector == "MIL":
                faction = self._faction(entry.id, armed=True)
                found = faction if faction != entry.id else None
            elif entry.kind == "state" and o.dep_ == "pobj":
                sub = d.sub_actor(entry.id, sector)
                found = sub if d.entry(sub) is not None else None
            if found:
                self.place_spans.setdefault(found, set()).add((tok.i, tok.i + 1))
            return found
        return None

    def _faction(self, aid: str, armed: bool = False) -> str:
        """A leader's armed faction stands for forces loyal to the leader ("forces loyal to Haftar" -> LNA); `armed`
        troops of a member of a government are its state's military ("troops loyal to President X": never the person)."""
        found = leader_faction(self.entry, aid)
        e = self.entry(aid)
        gov = self.entry(e.parent) if armed and found is None and e is not None and e.kind == "person" else None
        army = self.entry(f"{gov.parent}.MIL") if gov is not None and gov.kind == "government" and gov.parent else None
        return found or (army.id if army is not None and army.kind == "military" else aid)

    def actor_name(self, tok: Token) -> str | None:
        """The dictionary name of the actor a noun phrase refers to (a claimant's voice), or None."""
        aid = self.np_actor(tok)
        entry = self.entry(aid)
        return entry.name if entry is not None else None

    def _actors(self, toks: list[Token], armed: bool = False) -> list[tuple[str | None, Token | None]]:
        """The actors of a list of argument heads; a named party beats a place standing for its country
        ("struck Kataib Hezbollah in Baghdad" targets Kataib Hezbollah, not Iraq)."""
        named: list[tuple[str | None, Token | None]] = []
        placed: list[tuple[str | None, Token | None]] = []
        for t in toks:
            t = self.relative_head(t) or t  # "a man who was holding ...": the man, named or not (appositions.py)
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in self.lex.settlements:
                p = self.place_country(t)  # "the town of Bulo Burde": a place's name, no party (round 16, L)
                if p:
                    placed.append((p, t))
                continue
            a = self.np_actor(t)
            if a and t.dep_ == "pobj" and t.head.lower_ in WHERE and t.ent_type_ in ("GPE", "LOC", "FAC"):
                placed.append((a, t))  # "protested in Dhaka": the capital is where, not whom
                continue
            if a:
                named.append((a, t))
                continue
            p = self.place_country(t)
            if p:
                placed.append((p, t))
                continue
            if (pair := self.pair_actors(t)) is not None:  # "the two sides" (pronouns.Pairs)
                named.extend((a, t) for a in pair)
                continue
            a = self.placed_group(t) or self.generic_actor(t) or self.site_owner(t, armed)
            if a is None and (t.lemma_.lower() in self.lex.transparent or t.lemma_.lower() in self.lex.partitive):
                a = next((g for p in prep_objects(t, OF) if (g := self.generic_actor(p))), None)
            if a:  # "a group of villagers", "dozens of residents"
                named.append((a, t))
        self.placed_at.update(t.i for _, t in placed if t is not None)
        return named or placed or [(None, toks[0] if toks else None)]
