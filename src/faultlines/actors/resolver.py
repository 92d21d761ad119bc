"""Resolve mentions to canonical actors: names, demonyms, "X-backed Y", acronyms, surnames, generic
references ("these groups" -> the most recent compatible actor) and the first person plural.

One left-to-right sweep per document; every lookup is a dict lookup, never a scan of the dictionary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span

from .dictionary import Entry
from .index import ActorIndex, ImpliedEvent
from .names import fold, slug

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..context import Context
    from .dictionary import Dictionary

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
ORGANS = {"state", "government", "legislature", "military", "police", "intelligence"}
NATIONAL = {"government", "regime", "administration", "authority", "cabinet"}
NUMBERLESS = {"state", "government", "legislature", "military", "police", "intelligence", "igo"}
DEFINITE = {"the", "these", "those", "this", "that", "such", "both"}
LEADING_DETS = {"the", "a", "an"}
FIRST_PLURAL = {"we", "us", "ourselves"}
THIRD_SINGULAR = {"he", "him", "she", "her"}
THIRD_PLURAL = {"they", "them"}
QUOTE_OPEN, QUOTE_CLOSE = {"\u201c", "\u00ab"}, {"\u201d", "\u00bb"}
WINDOW = 8
PRONOUN_WINDOW = 2
MODIFIER_DEPS = {"compound", "amod", "appos", "nmod", "poss", "npadvmod"}


@dataclass(frozen=True)
class _Hit:
    """One resolved mention, remembered for later generic references."""

    actor: str
    kind: str
    plural: bool
    sent: int
    start: int
    end: int
    demonym: bool = False


class _Resolver:
    def __init__(self, ctx: Context, dictionary: Dictionary) -> None:
        self.ctx, self.d, self.doc = ctx, dictionary, ctx.doc
        self.index = ActorIndex(ctx.doc, dictionary)
        self.history: list[_Hit] = []
        self.acronyms: dict[str, str] = {}
        self.surnames: dict[str, str] = {}
        self.backed: dict[str, set[str]] = {}
        self.backed_locals: set[str] = set()
        self.author = ctx.author_country
        self.sent_of, self.quoted = self._scan()

    # ------------------------------------------------------------ document scan
    def _scan(self) -> tuple[list[int], set[int]]:
        doc, sent_of, quoted = self.doc, [0] * len(self.doc), set()
        if doc.has_annotation("SENT_START"):
            for k, s in enumerate(doc.sents):
                sent_of[s.start:s.end] = [k] * (s.end - s.start)
        inside = False
        for t in doc:
            if t.text in QUOTE_OPEN or (t.text == '"' and not inside):
                inside = True
            elif t.text in QUOTE_CLOSE or t.text == '"':
                inside = False
            elif inside:
                quoted.add(t.i)
            if "\n" in t.text or "\n" in t.whitespace_:
                inside = False
        return sent_of, quoted

    def run(self) -> ActorIndex:
        hits = self._names()
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
        return self.index

    # ------------------------------------------------------------ pass A: names
    def _names(self) -> list[_Hit]:
        ents = [e for e in self.doc.ents if e.label_ in NAME_LABELS]
        for e in ents:
            if e.label_ == "PERSON" and e.ent_id_ not in self.d.entries and not self.d.lookup(e.text):
                name = self._strip_title(e)
                if len(name.split()) >= 2:
                    self.surnames.setdefault(fold(name.split()[-1]), slug(name))
        hits = []
        for e in ents:
            paren = next((t.i for t in e if t.text == "(" and t.i > e.start), None)
            acr = self.doc[paren + 1] if paren is not None and paren + 1 < e.end else None
            if paren is not None:  # "Zagros Liberation Front (ZLF" tagged as one entity
                e = Span(self.doc, e.start, paren, label=e.label_, span_id=e.ent_id_)
            aid, demonym = self._name_actor(e)
            if aid is not None and acr is not None and acr.text[:1].isupper():
                self.acronyms[acr.text] = aid
                self.index.add_alias(aid, acr.text)
            if aid is None:
                continue
            self.index.add(aid, e.start, e.end)
            entry = self.index.entry(aid)
            hits.append(_Hit(aid, entry.kind if entry else "other", e.root.tag_ in ("NNS", "NNPS") or demonym
                             and e.text.endswith("s"), self.sent_of[e.start], e.start, e.end, demonym))
            self._acronym_after(e, aid)
        hits.extend(self._bare_names())
        return sorted(hits, key=lambda h: h.start)

    def _bare_names(self) -> list[_Hit]:
        """Surnames and acronyms the model left untagged ("Witty said", "the ZLF")."""
        if not self.surnames and not self.acronyms:
            return []
        out = []
        for t in self.doc:
            if not t.text[:1].isupper() or self.index.token_actor(t.i) is not None:
                continue
            aid = self.acronyms.get(t.text) or self.surnames.get(fold(t.text))
            if aid and (t.text in self.acronyms or t.pos_ == "PROPN"):
                self.index.add(aid, t.i, t.i + 1)
                kind = "person" if t.text not in self.acronyms else (self.d.kind_of(aid) or "other")
                out.append(_Hit(aid, kind, False, self.sent_of[t.i], t.i, t.i + 1))
        return out

    def _name_actor(self, e: Span) -> tuple[str | None, bool]:
        text, label = e.text, e.label_
        if text in ("IS", "US") and self._shouting(e):
            return None, False
        if label == "NORP" or (label in ("GPE", "ORG") and e.ent_id_ == "" and self.d.demonym(text)
                               and not self.d.lookup(text)):
            iso = self.d.demonym(text) or (e.ent_id_ if self.d.entry(e.ent_id_ or None) else None)
            if iso and self.d.kind_of(iso) == "state":
                return iso, True
        if e.ent_id_ and self.index.entry(e.ent_id_) is not None:
            return e.ent_id_, False
        aid = self.d.lookup(text) or self.acronyms.get(text)
        if aid:
            return aid, False
        if label in ("GPE", "LOC", "FAC"):
            return self.d.capital(text) if label == "GPE" else None, False
        if label == "NORP":
            return None, False
        if label == "PERSON":
            return self._person(e), False
        return self._organisation(e), False

    def _shouting(self, e: Span) -> bool:
        """"IS"/"US" in an all-caps line are words, not names."""
        near = [t for t in self.doc[max(0, e.start - 2):e.end + 2] if t.is_alpha and t.i not in range(e.start, e.end)]
        return bool(near) and all(t.is_upper for t in near)

    def _strip_title(self, e: Span) -> str:
        words = e.text.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in self.d.titles:
            words = words[1:]
        return " ".join(words)

    def _person(self, e: Span) -> str | None:
        name = self._strip_title(e)
        if not any(c.isupper() for c in name):
            return None
        aid = self.d.lookup(name)
        if aid:
            return aid
        key = fold(name)
        if len(name.split()) == 1:
            if key in self.surnames:
                return self.surnames[key]
            if e.start == 0 or self.doc[e.start - 1].lower_.rstrip(".") not in self.d.titles:
                return None  # a lone unknown word tagged PERSON is usually noise ("Thankfully", "Gawd")
        titled = e.text != name or (e.start > 0 and self.doc[e.start - 1].lower_.rstrip(".") in self.d.titles)
        country, parent = self._context(e, sentence=titled)
        return self.index.add_local(Entry(id=slug(name), name=name, kind="person", country=country, parent=parent))

    def _organisation(self, e: Span) -> str | None:
        text = e.text[4:] if e.text.lower().startswith("the ") else e.text
        stripped = self._strip_title(e)
        if stripped != e.text and (aid := self.surnames.get(fold(stripped)) or self.d.lookup(stripped)):
            return aid  # "Outgoing PM Cerar" tagged ORG
        if not text[:1].isupper() or len(text) < 2 or text.isdigit():
            return None
        if " " not in text and not text.isupper():
            return None  # a lone title-case word tagged ORG ("Defense", "Interior") is rarely an organisation
        low = f" {fold(text)} "
        kind = next((k for w, k in self.d.org_words if f" {w} " in low), "other")
        country = next((self.d.demonym(t.text) for t in e if self.d.demonym(t.text) and t.text[:1].isupper()), None)
        if country is None:
            country, _ = self._context(e, sentence=kind not in ("igo", "ngo", "business"))
        return self.index.add_local(Entry(id=slug(text), name=text, kind=kind, country=country))

    def _context(self, e: Span, *, sentence: bool) -> tuple[str | None, str | None]:
        """(country, parent organisation) named around a new actor: "Serbian President X", "King X of Morocco",
        "U.N. Secretary-General X", "X, a retired U.S. colonel"; with `sentence`, else the nearest state
        named in the same sentence (news names a titled official's country close by)."""
        toks: list[Token] = []
        for child in e.root.children:
            if child.dep_ in MODIFIER_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
                if not (e.start <= child.i < e.end):
                    toks.extend(t for t in child.subtree if abs(t.i - e.start) < 16)
        toks.extend(t for t in self.doc[max(0, e.start - 4):e.start] if t.head.i in range(e.start, e.end))
        country = parent = None
        for t in sorted(toks, key=lambda t: abs(t.i - e.start)):
            aid = self._token_name(t)
            entry = self.index.entry(aid)
            if entry is None:
                continue
            if entry.kind in ("igo", "ngo", "armed_group", "political_party", "media") and parent is None:
                parent = entry.id
            country = country or entry.country
            if country:
                break
        if country is None and parent is None and sentence:
            sent = self.doc[e.start].sent if self.doc.has_annotation("SENT_START") else self.doc[:]
            best = None
            for t in sent:
                if t.i in range(e.start, e.end) or not t.text[:1].isupper():
                    continue
                aid = self._token_name(t)
                if aid and self.d.kind_of(aid) == "state" and (best is None or abs(t.i - e.start) < best[0]):
                    best = (abs(t.i - e.start), aid)
            country = best[1] if best else None
        return country, parent

    def _token_name(self, t: Token) -> str | None:
        """The actor a single token names on its own (an entity already seen, a country, a demonym)."""
        aid = self.index.token_actor(t.i)
        if aid is None and t.text[:1].isupper():
            aid = self.d.lookup(t.text) or self.d.demonym(t.text)
        return aid

    def _acronym_after(self, e: Span, aid: str) -> None:
        doc = self.doc
        if e.end + 2 < len(doc) and doc[e.end].text == "(" and doc[e.end + 2].text == ")":
            acr = doc[e.end + 1].text
            if 2 <= len(acr) <= 8 and acr[0].isupper() and sum(c.isupper() for c in acr) >= 2:
                self.acronyms[acr] = aid
                self.index.add_alias(aid, acr)

    # ------------------------------------------------------------ pass B: noun phrases
    def _chunk(self, ch: Span, inner: list[_Hit]) -> None:
        head = ch.root
        self.history.extend(h for h in inner)
        on_head = next((h for h in inner if h.start <= head.i < h.end), None)
        rel = self._compound_relation(ch, head)
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
        if sector == "INT" and head.lemma_.lower() == "intelligence" and head.dep_ == "dobj":
            sector = None  # "share intelligence" is information, not an agency
        if rel:
            self._backed(ch, head, sector, rel)
            return
        mods = [h for h in inner if h.end <= head.i]
        if mods:
            stance = self._stance(mods[-1])
            if stance == "pro" and sector:  # "pro-Iranian militias" back Iran; they are not Iran's
                self._pro(ch, head, sector, mods[-1])
            elif stance is None and sector and self._relational(head, mods[-1]) is None:
                self._record(self._modified(mods[-1], sector, head), ch, head)
            return
        if self.ctx.in_signature(head.idx):
            return
        low = head.lower_
        if head.pos_ == "PRON":
            self._record(self._pronoun(head, low), ch, head)
            return
        if any(t.lower_ == "our" for t in ch if t.i < head.i):
            self._record(self._first_person(head, sector), ch, head)
            return
        member_of = self._members_of(head)
        if member_of or sector:
            self._record(member_of or (self._generic(ch, head, sector) if sector else None), ch, head)
        elif head.pos_ == "PROPN":
            self._record(self.d.lookup(ch.text), ch, head)

    def _sector(self, head: Token) -> str | None:
        lemma = head.lemma_.lower()
        if head.i > 0:
            two = f"{self.doc[head.i - 1].lemma_.lower()} {lemma}"
            if two in self.d.nouns:
                return self.d.nouns[two]
        return self.d.sector_of(lemma) or self.d.sector_of(head.lower_)

    def _record(self, aid: str | None, ch: Span, head: Token, *, force: bool = False) -> None:
        if aid is None:
            return
        start = ch.start
        while start < head.i and self.doc[start].lower_ in LEADING_DETS:
            start += 1
        self.index.add(aid, start, head.i + 1, force=force)
        e = self.index.entry(aid)
        self.history.append(_Hit(aid, e.kind if e else "other", head.tag_ in ("NNS", "NNPS"),
                                 self.sent_of[head.i], start, head.i + 1))

    def _stance(self, mod: _Hit) -> str | None:
        """"pro" or "anti" when the modifier is written "pro-X" / "anti-X"."""
        doc = self.doc
        if mod.start >= 2 and doc[mod.start - 1].text == "-" and doc[mod.start - 2].lower_ in ("pro", "anti"):
            return doc[mod.start - 2].lower_
        return None

    def _relational(self, head: Token, mod: _Hit) -> bool | None:
        """"Israel's ally", "Iranian proxies": the noun names someone else in relation to the modifier."""
        lemma = head.lemma_.lower()
        if lemma in self.d.relational_nouns:
            return True
        if lemma in self.d.sectors_relational_poss and self.doc[mod.end - 1].dep_ == "poss":
            return True
        if mod.end < len(self.doc) and self.doc[mod.end].dep_ == "case" and lemma in self.d.sectors_relational_poss:
            return True
        return None

    def _pro(self, ch: Span, head: Token, sector: str, mod: _Hit) -> None:
        name = self.doc[mod.start - 2:head.i + 1].text
        kind = self.d.sectors[sector].kind if sector not in ("STATE", "GOV", "MIL") else "armed_group"
        target = self._generic(ch, head, sector, exclude=mod.actor, force=True) if sector == "REB" else None
        if target is None or target in self.backed_locals:
            target = self.index.add_local(Entry(id=slug(name), name=name, kind=kind))
            self.backed_locals.add(target)
        self._record(target, ch, head)
        self.index.imply(ImpliedEvent("SUPPORT", None, target, mod.actor, self.doc[mod.start - 2].idx,
                                      head.idx + len(head)))

    def _modified(self, mod: _Hit, sector: str, head: Token) -> str | None:
        """A name or demonym modifying an actor noun: "Iranian forces", "U.S. officials", "Hezbollah fighters"."""
        e = self.index.entry(mod.actor)
        if e is None or e.kind == "person":
            return None
        if e.kind == "state":
            if sector == "REB":  # "Iraqi fighters" in a story about Iraqi militias are those militias
                known = self._antecedent("REB", None, self.sent_of[head.i], country=e.id)
                if known:
                    return known
            return self.d.sub_actor(e.id, sector)
        if head.lemma_.lower() in self.d.member_nouns or sector in ("REB", "MIL", "GOV"):
            return mod.actor
        return None

    # ------------------------------------------------------------ "X-backed Y"
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
        return self.index.token_actor(t.i) or self._named(t.text)

    def _named(self, text: str) -> str | None:
        """An actor named by a bare word: name, demonym or capital ("Tehran-backed")."""
        return self.d.lookup(text) or self.d.demonym(text) or self.d.capital(text)

    def _backed(self, ch: Span, head: Token, sector: str | None,
                rel: tuple[str, tuple[str | None, str | None], int]) -> None:
        backer, (etype, _), first = rel
        target = self.d.lookup(self.doc[first:head.i + 1].text)
        mod = next((a for t in self.doc[first + 1:head.i] if (a := self.index.token_actor(t.i))
                    and a != backer and self.d.kind_of(a) == "state"), None)
        if target is None and mod and sector:  # "Turkish-backed Syrian militiamen" are Syrian, not an antecedent
            target = self.d.sub_actor(mod, sector)
        if target is None and etype is None and sector in ("MIL", "REB") and self.d.kind_of(backer) == "state":
            target = self.d.sub_actor(backer, "MIL")  # "Vietnamese-led forces"
        if target is None and sector:
            target = self._generic(ch, head, sector, exclude=backer, force=True)
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

    def _imply(self, rel: tuple[str, tuple[str | None, str | None], int], target: str, ch: Span, head: Token) -> None:
        backer, (etype, mode), first = rel
        if etype and backer != target:
            if backer not in self.index.mentioned():
                self.index.add(backer, first, first + 1)
            self.index.imply(ImpliedEvent(etype, mode, backer, target, self.doc[first].idx, head.idx + len(head)))

    # ------------------------------------------------------------ generic references
    def _generic(self, ch: Span, head: Token, sector: str, *, exclude: str | None = None, force: bool = False) -> str | None:
        """"these groups", "the militias", "the government" -> the most recent compatible actor."""
        lemma = head.lemma_.lower()
        if sector in ("CVL", "REF", "BUS", "REL", "MED") or (lemma in self.d.not_anaphoric and not force):
            return None
        plural = head.tag_ in ("NNS", "NNPS")
        if not plural and lemma in self.d.person_nouns and not force:
            return None
        definite = any(t.lower_ in DEFINITE for t in ch if t.i < head.i)
        if not (force or definite or (plural and lemma in self.d.strong_nouns)):
            return None
        aid = self._antecedent(sector, plural, self.sent_of[head.i], exclude, organs=not force)
        country = self.d.country_of(aid) if aid else None
        if sector == "GOV" and lemma in NATIONAL and country:  # "the government" is the national one
            return self.d.sub_actor(country, "GOV")
        return aid

    def _antecedent(self, sector: str, plural: bool | None, sent: int, exclude: str | None = None, *,
                    country: str | None = None, organs: bool = True) -> str | None:
        """The most recent actor in the window whose kind suits `sector` (kinds tried in preference order)."""
        recent = [h for h in reversed(self.history) if sent - h.sent <= WINDOW and h.actor != exclude]
        if sector == "STATE":
            return next((c for h in recent if h.kind in ORGANS and (c := self.d.country_of(h.actor))), None)
        for kind in self.d.sectors[sector].compatible:
            for h in recent:
                if h.kind != kind or h.demonym:
                    continue
                if plural is not None and h.kind not in NUMBERLESS and h.plural != plural:
                    continue
                if country is not None and self.d.country_of(h.actor) != country:
                    continue
                return self.d.sub_actor(h.actor, sector) if kind == "state" else h.actor
        if sector in ("GOV", "MIL", "LEG", "POL", "INT") and country is None and organs:
            return next((self.d.sub_actor(c, sector) for h in recent
                         if h.kind in ORGANS and (c := self.d.country_of(h.actor))), None)
        return None

    def _members_of(self, head: Token) -> str | None:
        """"fighters belonging to Shiite militias", "members of the PMF" -> the group."""
        if head.lemma_.lower() not in self.d.member_nouns:
            return None
        for c in head.children:
            preps = [c] if c.dep_ == "prep" and c.lower_ in ("of", "from", "within") else []
            if c.dep_ == "acl" and c.lemma_ in ("belong", "affiliate", "link", "loyal"):
                preps = [p for p in c.children if p.dep_ == "prep"]
            for p in preps:
                for obj in p.children:
                    if obj.dep_ == "pobj":
                        aid = self._np_actor(obj)
                        e = self.index.entry(aid)
                        if e is not None and e.kind not in ("person", "state", "civilians"):
                            return aid
        return None

    def _np_actor(self, tok: Token) -> str | None:
        """Actor of a noun phrase not swept yet: its own name, or a country word + actor noun ("the Syrian parliament")."""
        aid = self.index.token_actor(tok.i)
        if aid is None:
            sector = self._sector(tok)
            mod = next((m for c in tok.children if c.dep_ in MODIFIER_DEPS and (m := self._token_name(c))), None)
            if sector and mod and self.d.kind_of(mod) == "state":
                aid = self.d.sub_actor(mod, sector)
        return aid

    def _pronoun(self, head: Token, low: str) -> str | None:
        if low in FIRST_PLURAL:
            return self._first_person(head, None)
        if head.i in self.quoted or (low not in THIRD_SINGULAR and low not in THIRD_PLURAL):
            return None
        sent = self.sent_of[head.i]
        for h in reversed(self.history):
            if sent - h.sent > PRONOUN_WINDOW:
                break
            if low in THIRD_SINGULAR and h.kind == "person":
                return h.actor
            if low in THIRD_PLURAL and h.plural and h.kind not in ("person", "media") and not h.demonym:
                return h.actor
        return None

    def _first_person(self, head: Token, sector: str | None) -> str | None:
        """"we", "our troops" -> the author's country (given, or inferred from the first "our <forces>")."""
        if head.i in self.quoted or self.ctx.voice_at(head.idx).kind == "quoted":
            return None
        if self.author:
            return self.d.sub_actor(self.author, sector or "STATE") if sector or head.lower_ in FIRST_PLURAL else None
        if sector in (None, "CVL", "REF", "STATE"):
            return None
        aid = self._antecedent(sector, None, self.sent_of[head.i])
        country = self.d.country_of(aid) if aid else None
        if country and self.d.kind_of(aid) in NUMBERLESS:
            self.author = country
            return aid
        return None


def resolve_actors(ctx: Context, dictionary: Dictionary) -> ActorIndex:
    """Find every actor the document mentions and what each noun phrase refers to."""
    return _Resolver(ctx, dictionary).run()
