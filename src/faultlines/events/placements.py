"""Where an argument stands: a city or region for its country, a kind of actor placed in a town, the document's
home or lone country, and a state's own unnamed forces; mixed into `ArgumentResolver`."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..actors.lookup import home_country
from ..actors.regions import CUES
from .syntax import OF, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..actors import ActorLookup
    from ..actors.dictionary import Entry

LOCATIVE = frozenset({"in", "across", "throughout", "near", "at", "around", "outside", "inside", "within", "from", "of"})
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "sheriff", "constable", "constabulary", "detective", "cop", "trooper"})
ALLIANCES = frozenset({"coalition", "alliance", "bloc", "axis", "pact"})
STATE_FORCES = frozenset({"security", "government", "regime", "state"})  # "security forces": the state's, in any war
LEGISLATURE_WORDS = frozenset({"parliament", "lawmaker", "legislator", "legislature", "congress", "senate", "senator",
                               "assembly", "mp", "duma", "chamber"})
# Verbs of personnel matters: the officers they take as object are a department's staff, not a party to an act
# ("suspended three officers", "hired ten officers", "fired two officers after the audit").
PERSONNEL = frozenset({"suspend", "fire", "dismiss", "sack", "hire", "promote", "demote", "train", "recruit", "discipline",
                       "reassign", "transfer", "commend", "honor", "honour", "praise", "thank", "reward", "employ",
                       "retire", "swear", "appoint", "name", "deploy", "send", "dispatch", "assign", "station", "add",
                       "pay", "equip", "need", "have", "lose"})
POLICE_MODIFIERS = frozenset(CUES["police_modifiers"])  # "police officers", "sheriff's deputies", "SWAT officers"
OTHER_OFFICERS = frozenset(CUES["other_officers"])  # "chief executive officer", "commanding officer"
POLICING_WORDS = frozenset(CUES["policing_words"])
MILITARY_WORDS = frozenset(CUES["military_words"])
OFFICERS = frozenset({"officer", "deputy", "trooper"})
# Office nouns a local report uses with no name (round 16, K): "investigators" are its police, "authorities" its police
# in a report on policing (else its government), "the mayor", "the governor" its government.
REPORT_OFFICES = frozenset({"investigator", "authority", "mayor", "governor"})
ARMY_RANKS = frozenset({"commanding", "warrant", "petty", "commissioned", "non-commissioned", "noncommissioned", "junior",
                        "air", "force", "staff", "flag"})  # "the commanding officer", "a non-commissioned officer"


class Placements:
    """Mixed into `ArgumentResolver`, which sets `actors`, `place_spans`, `_place_country` and `_places` and gives
    `_resolve` and `entry`."""

    actors: ActorLookup
    place_spans: dict[str, set[tuple[int, int]]]
    _place_country: dict[tuple[int, int], str]
    _places: list[tuple[int, int, str]]

    def _resolve(self, item: Token) -> str | None:
        raise NotImplementedError

    def entry(self, actor_id: str | None) -> Entry | None:
        raise NotImplementedError

    @cached_property
    def home(self) -> str | None:
        """The document's dominant country (`home_country` over its actors and places), computed once: the actor
        index does not change while its events are coded."""
        return home_country(self.actors, (iso for _, _, iso in self._places))

    def place_country(self, tok: Token) -> str | None:
        """A city or region named as an argument stands for its country, as event coders do ("bombed Afrin" ->
        Syria); the mention is recorded on the country's actor."""
        if not self._place_country or tok.pos_ != "PROPN" or self._given_name(tok):
            return None
        for (start, end), country in self._place_country.items():
            if start <= tok.idx < end:
                span = tok.doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    return None
                self.place_spans.setdefault(country, set()).add((span.start, span.end))
                return country
        return None

    def _given_name(self, tok: Token) -> bool:
        """A lone word that begins a person's name elsewhere in the report ("Cleveland" after "Cleveland Smith"):
        the person called by the given name, no town."""
        doc = tok.doc
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
            return False
        for t in doc:
            if t.text == tok.text and t.i != tok.i and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
                aid = self.actors.token_actor(t.i)
                e = self.entry(aid) if aid and aid == self.actors.token_actor(t.i + 1) else None
                if e is not None and e.kind == "person":
                    return True
        return False

    def _town_only(self, act: Token, found: str) -> bool:
        """The actor found for an act noun stands only in a town that modifies it ("the Kabul bomb attack"), not in
        a name of its own ("the Hamas attack", "Russia's Kyiv strike")."""
        mods = [c for c in act.lefts if c.dep_ in ("compound", "poss", "amod", "nmod")]
        towns = [c for c in mods if c.dep_ == "compound" and self.town(c)]
        return bool(towns) and not any(self._resolve(c) == found for c in mods if c not in towns)

    def town(self, tok: Token) -> bool:
        """`tok` lies in a named city or region (not a country), whatever actor its name may also stand for."""
        return any(start <= tok.idx < end for start, end in self._place_country)

    def placed_group(self, tok: Token) -> str | None:
        """"rebels in Darfur", "Darfur rebels", "police in Lagos": a kind of actor placed in a city or region is that
        country's organ of the kind."""
        d = self.actors.dictionary
        if tok.pos_ != "NOUN":
            return None
        sector = self._police_sector(tok, d.sector_of(tok.lemma_.lower()))
        if sector is None or sector in ("STATE", "REF", "BUS", "MED", "REL"):
            return None
        if any(d.generic_actors.get(p.lemma_.lower()) in ("CVL", "PRT", "REF") for p in prep_objects(tok, OF)):
            return None  # "a group of teenagers in Alton": the teenagers, no armed group of the place
        where = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        where += prep_objects(tok, frozenset({"in", "from"}))
        for w in where:
            country = self.place_country(w)
            if country:
                aid = d.sub_actor(country, sector)
                if d.entry(aid) is None:
                    return None
                self.place_spans.setdefault(aid, set()).add((tok.i, tok.i + 1))
                return aid
        return None

    def _located_country(self, tok: Token, asked: bool = True) -> str | None:
        """The one country of the places its sentence puts things in ("in Kano", "across the United States"); with
        `asked` False, not of a place in what the token is asked to do ("told the army to withdraw from Gaza")."""
        sent = tok.sent
        found = set()
        below = set() if asked or tok.dep_ not in ("dobj", "dative", "nsubjpass") else {
            x.i for c in tok.head.children if c.dep_ == "xcomp" and c.i > tok.i for x in c.subtree}
        for start, end, iso in self._places:
            if sent.start_char <= start < sent.end_char:
                span = tok.doc.char_span(start, end, alignment_mode="expand")
                head = span.root if span is not None else None
                while head is not None and head.dep_ in ("compound", "amod", "appos", "poss") and head.head is not head:
                    head = head.head
                if head is not None and head.dep_ == "pobj" and head.head.lower_ in LOCATIVE and head.i not in below:
                    found.add(iso)
        return found.pop() if len(found) == 1 else None

    @cached_property
    def lone_country(self) -> str | None:
        """The one country of a local report: it names a town of it, all its places ("Houston", "Harris County") lie
        in it and no named actor belongs elsewhere; computed once, like `home`."""
        towns = set(self._place_country.values())  # cities and regions, not a country named in passing
        places = {iso for _, _, iso in self._places}
        sole = places.pop() if len(places) == 1 else None
        if sole is None or towns != {sole}:
            return None
        homes = {e.country for a in self.actors.mentioned()
                 if (e := self.entry(a)) is not None and e.kind != "media"} - {None}  # "(Reuters) -" is based elsewhere
        return sole if homes <= {sole} else None

    @staticmethod
    def _police_report(tok: Token, local: str | None = None) -> bool:
        """An officer or deputy who acts, is the agent, or is shot, shot at, fought, threatened, charged or held, in a
        document on policing (more police words than military ones; or a local report of `local`, its one country,
        with no military word) and, for a deputy, naming the police and no legislature ("suspended three officers" is
        a personnel act, no attack on police)."""
        words = [t.lemma_.lower() for t in tok.doc]
        police = sum(w in POLICING_WORDS for w in words) + sum(
            t.lower_ == "enforcement" and t.i and tok.doc[t.i - 1].lower_ == "law" for t in tok.doc)
        military = sum(w in MILITARY_WORDS for w in words)
        if (police <= military and (military or local is None)) or (tok.lemma_.lower() == "deputy" and (
                any(w in LEGISLATURE_WORDS for w in words) or not any(w in POLICE_WORDS for w in words))):
            return False  # deputies are lawmakers in many parliaments: police only beside the police or a sheriff
        while (tok.dep_ in ("conj", "appos") or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.like_num or tok.head.head.pos_ in ("NUM", "PRON", "DET")))) and tok.head is not tok:
            tok = tok.head if tok.dep_ != "pobj" else tok.head.head  # "officers and deputies", "three of the officers"
        head = tok.head.lemma_.lower()
        return tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and head in (
            "by", "at", "on", "toward", "towards", "with", "against", "upon")) or (
            tok.dep_ in ("dobj", "nsubjpass", "dative") and tok.head.pos_ == "VERB" and head not in PERSONNEL)

    def home_police(self) -> str | None:
        """The home country of a report whose police act where other states are only named ("served in Iraq", a
        town's name read as a state): no government, force or police of another country is among its actors."""
        home = self.home
        forces = {e.country for a in self.actors.mentioned() if (e := self.entry(a)) is not None
                  and e.kind in ("government", "military", "police") and e.country}
        return home if home is not None and forces <= {home} else None

    @staticmethod
    def police_named(tok: Token) -> bool:
        """"police officers", "sheriff's deputies", "law enforcement officers", "SWAT officers": an officer, deputy or
        trooper whose own modifier says police, and none names another office ("army officers")."""
        if tok.lemma_.lower() not in OFFICERS:
            return False
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") and c.pos_ != "PRON"]
        words = {w.lower_.strip("'’") for c in mods for w in c.subtree if not w.is_punct}
        return bool(words & POLICE_MODIFIERS) and not words & (OTHER_OFFICERS | MILITARY_WORDS)

    def _police_sector(self, tok: Token, sector: str | None) -> str | None:
        """"police officers", "sheriff's deputies" anywhere; a bare "officers arrested X", "fired at officers",
        "deputies shot X" in a report on policing: police officers and sheriff's deputies (not an army's officers,
        a company's, lawmakers, nor whom a chief suspends)."""
        lemma = tok.lemma_.lower()
        if sector not in ("MIL", "LEG", "POL") or lemma not in OFFICERS:
            return sector
        if self.police_named(tok):
            return "POL"
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") and c.pos_ != "PRON"]
        if any(c.dep_ != "amod" or c.lower_ in OTHER_OFFICERS for c in mods) or any(
                p.lemma_.lower() not in POLICING_WORDS for p in prep_objects(tok, OF)):
            words = {w.lower_ for c in mods for w in c.subtree}
            if lemma == "officer" and not words & (MILITARY_WORDS | ARMY_RANKS):
                return None  # "the chief executive officer", "a loan officer", "an officer of the company": no force
            return sector  # "army officers", "the commanding officer"
        return "POL" if self._police_report(tok, self.lone_country) else sector

    def _report_office(self, tok: Token) -> str | None:
        """The organ an unnamed office noun stands for: "investigators" the police in a report on policing, bare
        "authorities" the police there and the government elsewhere, "the mayor", "the governor" the government."""
        lemma = tok.lemma_.lower()
        placed = frozenset({"of", "from", "with"} | ({"in"} if lemma != "investigator" else set()))
        if lemma not in REPORT_OFFICES or any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.lefts) \
                or prep_objects(tok, placed):
            return None  # "federal investigators", "the governor of Kano", "authorities in Kano": named elsewhere
        words = [t.lemma_.lower() for t in tok.doc]
        policing = sum(w in POLICING_WORDS for w in words) > sum(w in MILITARY_WORDS for w in words)
        if lemma == "investigator":
            return "POL" if policing else None
        if lemma == "authority":
            return None if tok.tag_ != "NNS" else ("POL" if policing else "GOV")
        return "GOV" if tok.tag_ == "NN" else None

    def _home_forces(self, tok: Token, country: str | None) -> str | None:
        """"the military forces shot ... in Bamenda", "dispersed by police": a state's own forces, when the
        document names no other state than the one where the sentence happens."""
        d = self.actors.dictionary
        two = f"{tok.doc[tok.i - 1].lemma_.lower()} {tok.lemma_.lower()}" if tok.i else ""
        sector = d.nouns.get(two) or d.sector_of(tok.lemma_.lower())  # "a police officer" is police, not army
        if tok.lemma_.lower() in ALLIANCES:  # "the coalition" may be anyone's; "the opposition coalition" in
            sector = "OPP" if any(c.lower_ == "opposition" for c in tok.lefts) else None  # Baku is Azerbaijan's
        if tok.lemma_.lower() == "party" and tok.tag_ == "NNS" and not any(c.dep_ in ("amod", "compound") for c in tok.lefts):
            sector = None  # "the parties had notified the judge": litigants or sides, no country's opposition (E)
        sector = self._police_sector(tok, sector)
        office = self._report_office(tok)
        sector = office or sector
        if sector not in ("MIL", "POL", "OPP", "JUD") and not office:
            return None
        if any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in tok.lefts) \
                and not self.police_named(tok):
            return None  # a named owner the resolver did not know ("Sheriff's deputies", "SWAT officers" are police)
        entries = [e for a in self.actors.mentioned() if (e := self.entry(a)) is not None]
        others = {e.country or e.id for e in entries if e.kind in ("state", "government", "military", "police")
                  and (e.country or e.kind != "police")}  # "the Tyler Police Department" of no known country: local
        if country is None:  # "the RSF fought the army": the one country every named actor belongs to (an outlet
            homes = {e.country for e in entries if e.kind != "media"  # is where it is based: "(Reuters) -"); the UN
                     and (e.country or e.kind not in ("igo", "ngo"))}  # or an NGO of no country has no home at all
            country = homes.pop() if len(homes) == 1 else None
        if sector == "JUD" and tok.lemma_.lower() == "prosecution" and tok.dep_ != "nsubj":
            return None  # "charged with obstructing prosecution": the act, not the prosecutors
        if country is None and (sector in ("POL", "JUD") or office):  # "police said", "the judge" in a local report: the
            country = self.lone_country  # one country of its places
        state_force = sector == "MIL" and any(c.dep_ in ("compound", "amod") and c.lower_ in STATE_FORCES
                                              for c in tok.lefts)
        if state_force and country is None:
            country = self.home  # "slaughtered by security forces", no place named: the report's own country's
        if (country is None or others - {country}) and not (state_force and country):
            country = self.home_police() if sector == "POL" and not office else None
            if country is None:
                return self._one_force(tok, entries) if sector == "POL" and not office else None
        if tok.lemma_.lower() not in ("army", "military") and not any(
                c.dep_ in ("compound", "amod") and c.lower_ in STATE_FORCES for c in tok.lefts) and any(
                e.kind == "armed_group" and e.country == country for e in entries):
            return None  # "eastern forces" in a civil war may be either side; "the army" is the state's
        aid = d.sub_actor(country, sector or "MIL")
        if d.entry(aid) is None:
            return None
        self.place_spans.setdefault(aid, set()).add((tok.i, tok.i + 1))
        return aid

    def _one_force(self, tok: Token, entries: list[Entry]) -> str | None:
        """"officers arrested him" in a report whose one police force is a town's ("Tacoma Police Chief X said the
        suspect had lived in Kuwait"): that force, when no other police (nor a country's, but its own) is named."""
        forces = {e.id: e for e in entries if e.kind == "police"}
        local = [e for e in forces.values() if not any(o.parent == e.id for o in forces.values())]
        if len(local) != 1 or local[0].country is None or local[0].parent is None:
            return None  # two forces, or only a country's police ("Kenyan police" are no town's)
        self.place_spans.setdefault(local[0].id, set()).add((tok.i, tok.i + 1))
        return local[0].id
