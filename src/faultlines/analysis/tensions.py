"""Tensions (fault lines) in a document or a corpus: blowback, designated_partner, unbalanced_triad,
both_sides, contested. Each is a `Tension` naming its actors in one plain sentence, ranked by strength."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from itertools import combinations
from typing import TYPE_CHECKING, Generic, TypeVar

from ..records import Facts, Tension, TensionKind
from .designations import Designation, from_dictionary, from_relations
from .filters import Filters
from .phrases import past, support, verb, voice_label, when
from .relations import (
    STATE_ORGANS,
    HasConn,
    Hierarchy,
    Relation,
    hierarchy_from_dictionary,
    relations_from_facts,
)

if TYPE_CHECKING:
    from ..actors import Dictionary

T = TypeVar("T")
AID_TYPES = frozenset({"AID", "SUPPORT"})
ATTACK_TYPES = frozenset({"ASSAULT", "COERCE"})
# Deeds rather than words (CAMEO's material quad classes), which decide a pair's sign when both occur.
MATERIAL = frozenset({"AID", "COOPERATE", "RETREAT", "CONCEDE", "MOBILIZE", "COERCE", "ASSAULT"})
KINDS: tuple[TensionKind, ...] = ("blowback", "designated_partner", "unbalanced_triad", "both_sides", "contested")
KIND_WEIGHT: dict[TensionKind, float] = {"blowback": 1.0, "designated_partner": 1.0, "both_sides": 0.8, "unbalanced_triad": 0.6,
               "contested": 0.5}


def find_tensions(relations: list[Relation], hierarchy: Hierarchy, *, designations: Iterable[Designation] = (),
                  filters: Filters | None = None, kinds: Iterable[str] = KINDS,
                  what_if_triads: bool = True) -> list[Tension]:
    """All tensions among relations, strongest first; event refs are "doc_id/event_id".

    `what_if_triads`: a hypothetical relation may close an unbalanced triad (the analyst's "if we
    overthrow Assad, we fight the militias we arm"), ranked at half strength."""
    flt = filters or Filters()
    kept = [r for r in relations if flt.keep(r, hierarchy)]
    wanted = set(kinds)
    out: list[Tension] = []
    if "blowback" in wanted:
        out += blowback(kept, hierarchy)
    if "designated_partner" in wanted:
        out += designated_partner(kept, hierarchy, [*from_relations(kept), *designations])
    if "unbalanced_triad" in wanted:
        what_if = replace(flt, polarities=frozenset({"hypothetical"}))
        hyp = [r for r in relations if r.polarity == "hypothetical" and what_if.keep(r, hierarchy)] if what_if_triads else []
        out += unbalanced_triads(kept, hierarchy, hyp)
    if "both_sides" in wanted:
        out += both_sides(kept, hierarchy)
    if "contested" in wanted:
        both = replace(flt, polarities=flt.polarities | {"asserted", "negated"})
        out += contested([r for r in relations if both.keep(r, hierarchy)], hierarchy)
    return _unique_ids(sorted(out, key=lambda t: (-t.strength, t.kind, t.id)))


def _unique_ids(tensions: list[Tension]) -> list[Tension]:
    """Ids are readable (kind:actors) and must be unique within a document (the store's key)."""
    seen: dict[str, int] = {}
    out = []
    for t in tensions:
        n = seen[t.id] = seen.get(t.id, 0) + 1
        out.append(t if n == 1 else replace(t, id=f"{t.id}:{n}"))
    return out


def _refs(relations: Iterable[Relation]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f"{r.doc_id}/{r.event_id}" for r in relations))


def _tension(kind: TensionKind, actors: Iterable[str], summary: str, rels: Iterable[Relation], strength: float) -> Tension:
    acts = tuple(dict.fromkeys(a for a in actors if a))
    return Tension(id=f"{kind}:{'+'.join(acts[:3])}", kind=kind, actors=acts, summary=summary,
                   events=_refs(rels), strength=round(KIND_WEIGHT[kind] * strength, 3))


def _giver(h: Hierarchy, side: str, givers: set[str], others: set[str]) -> str:
    """Name the giving side: the actor itself when it is the only one involved, else its side."""
    if givers | others == {side} or (len(givers) == 1 and givers == others):
        return h.name(next(iter(givers)))
    names = sorted(h.name(g) for g in givers if g != side)
    return h.name(side) + (f" (through {', '.join(names)})" if names else "")


def _link(h: Hierarchy, recipient: str, other: str) -> str:
    """How `other` relates to the aid recipient: ", which" / ", part of X, which" / ", whose member X"."""
    if other == recipient:
        return f"{h.name(recipient)}, which"
    if other in h.chain(recipient):
        return f"{h.name(recipient)}, part of {h.name(other)}, which"
    organ = h.info(other).kind in STATE_ORGANS
    return f"{h.name(recipient)}, whose {'' if organ else 'member '}{h.name(other)}"


def blowback(relations: list[Relation], h: Hierarchy) -> list[Tension]:
    """A aids B, and B (or its umbrella or unit) attacked A's side before or during the aid."""
    aids = [r for r in relations if r.type in AID_TYPES and r.sign > 0]
    attacks: dict[str, list[Relation]] = defaultdict(list)  # by the side attacked
    for r in relations:
        if r.type in ATTACK_TYPES and r.sign < 0 and h.side(r.source) != h.side(r.target):
            attacks[h.side(r.target)].append(r)
    found: dict[tuple[str, str], tuple[dict[tuple[str, str], Relation], dict[tuple[str, str], Relation]]] = {}
    near = _Related(h, attacks, lambda x: x.source)
    for a in aids:
        side = h.side(a.source)
        for x in near.of(side, a.target):
            if a.span.before(x.span):  # the attack came after the aid ended
                continue
            pair = found.setdefault((side, a.target), ({}, {}))
            pair[0][a.ref], pair[1][x.ref] = a, x
    out = []
    for (side, b), (a_by_ref, x_by_ref) in found.items():
        ax, xs = list(a_by_ref.values()), list(x_by_ref.values())
        attackers = sorted({x.source for x in xs}, key=lambda i: (i != b, i))
        victims = sorted({x.target for x in xs})
        giver = _giver(h, side, {r.source for r in ax}, set(victims))
        victim = h.name(side) if len(victims) > 1 or victims[0] == side else h.name(victims[0])
        summary = (f"{giver} {verb(ax)} {_link(h, b, attackers[0])} {past(verb(xs))} {victim}"
                   f"{when(xs)}.")
        out.append(_tension("blowback", [side, b, *attackers, *(r.source for r in ax), *victims],
                            summary, [*ax, *xs], min(support(ax), support(xs))))
    return out


class _Related(Generic[T]):
    """Per side, the items (attacks, listings) whose actor is related to a recipient, in their order: found once per
    (side, recipient) rather than tested again for every aid."""

    def __init__(self, h: Hierarchy, by_side: Mapping[str, list[T]], actor: Callable[[T], str]) -> None:
        self.h, self.by_side, self.actor = h, by_side, actor
        self._found: dict[tuple[str, str], list[T]] = {}

    def of(self, side: str, recipient: str) -> list[T]:
        key = (side, recipient)
        if key not in self._found:
            items = self.by_side.get(side, [])
            near = {a for a in {self.actor(x) for x in items} if self.h.related(a, recipient)}
            self._found[key] = [x for x in items if self.actor(x) in near]
        return self._found[key]


def designated_partner(relations: list[Relation], h: Hierarchy, designations: Iterable[Designation]) -> list[Tension]:
    """A aids B while A's side designates or sanctions B (or its umbrella or unit) at the same time."""
    aids = [r for r in relations if r.type in AID_TYPES and r.sign > 0]
    desig: dict[str, list[Designation]] = defaultdict(list)  # by the designating side
    for d in designations:
        if h.side(d.by) != h.side(d.target):
            desig[h.side(d.by)].append(d)
    by_ref = {r.ref: r for r in relations}
    found: dict[tuple[str, str], tuple[dict[tuple[str, str], Relation], dict[Designation, Designation]]] = {}
    near = _Related(h, desig, lambda d: d.target)
    for a in aids:
        side = h.side(a.source)
        for d in near.of(side, a.target):
            if a.span.before(d.span) or d.span.before(a.span):
                continue
            pair = found.setdefault((side, a.target), ({}, {}))
            pair[0][a.ref], pair[1][d] = a, d
    out = []
    for (side, b), (a_by_ref, d_set) in found.items():
        ax, ds = list(a_by_ref.values()), list(d_set)
        d = sorted(ds, key=lambda x: (x.target != b, x.origin != "event", x.span.lo or "", x.by))[0]
        more = sorted({x.target for x in ds} - {d.target, b}, key=lambda i: (min(
            (x.span.lo or "9999") for x in ds if x.target == i), i))
        listing = " as terrorist" if any(_terror_list(x.list) for x in ds) or any(
            "terror" in by_ref[ref].text.lower() for x in ds for ref in x.refs if ref in by_ref) else ""
        if listing and d.origin == "dictionary" and d.list and len(d.list) <= 12:
            listing += f" ({d.list})"
        who = "it" if d.target == b else h.name(d.target) + (
            f" (part of {h.name(b)})" if b in h.chain(d.target) else f" (which {h.name(b)} is part of)")
        since = f" since {d.span.lo[:4]}" if d.origin == "dictionary" and d.span.lo else ""
        action = f"lists {who}{listing}" if listing or d.origin == "dictionary" else f"sanctions {who}"
        also = ""
        if more:
            named = [h.name(m) for m in more[:2]]
            rest = f" and {len(more) - 2} more" if len(more) > 2 else ""
            also = f", as well as {' and '.join(named) if not rest else ', '.join(named)}{rest} of its members"
        summary = (f"{_giver(h, side, {r.source for r in ax}, {d.by})} {verb(ax)} {h.name(b)}, "
                   f"while {h.name(d.by)} {action}{since}{also}.")
        sanction_events = [by_ref[ref] for x in ds for ref in x.refs if ref in by_ref]
        strength = min(support(ax), support(sanction_events) if sanction_events else 1.0)
        out.append(_tension("designated_partner", [side, b, d.target, d.by, *(r.source for r in ax)],
                            summary, [*ax, *sanction_events],
                            strength))
    return out


def _terror_list(name: str | None) -> bool:
    n = (name or "").lower()
    return "terror" in n or n in ("fto", "sdgt") or "al-qaida" in n or "isil" in n


def _pair_signs(relations: list[Relation], hypothetical: Iterable[Relation] = ()
                ) -> dict[tuple[str, str], tuple[int, list[Relation]]]:
    """Each pair's current sign: the latest relations decide (undated ones are as of publication,
    i.e. current), then the majority of distinct reports. Hypothetical relations only sign a pair
    that has no actual relation."""
    pairs: dict[tuple[str, str], list[Relation]] = defaultdict(list)
    for r in relations:
        if r.sign:
            pairs[_key(r)].append(r)
    for r in hypothetical:
        if r.sign and all(x.polarity == "hypothetical" for x in pairs.get(_key(r), [])):
            pairs[_key(r)].append(r)
    out = {}
    for key, rs in pairs.items():
        latest = max((r.span.hi or "9999") for r in rs)
        net = _net([r for r in rs if (r.span.hi or "9999") == latest]) or _net(rs)
        if net:
            sign = 1 if net > 0 else -1
            out[key] = (sign, [r for r in rs if r.sign == sign])
    return out


def _net(rs: list[Relation]) -> int:
    """Distinct reports' signs summed; deeds (material relations) outvote words when both are there."""
    deeds = [r for r in rs if r.type in MATERIAL]
    return sum(r.sign for r in {(r.copy, r.voice, r.sign): r for r in (deeds or rs)}.values())


def _key(r: Relation) -> tuple[str, str]:
    return _pair(r.source, r.target)


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _phrase(h: Hierarchy, rs: list[Relation], orig: dict[tuple[str, str], Relation] | None = None) -> str:
    """"A verbs B" for the best-attested relation; with `orig`, sides are named as the text named them."""
    by_type: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
    for r in rs:
        by_type[(r.source, r.type, r.target)].append(r)
    (s, _, t), best = max(by_type.items(), key=lambda kv: (support(kv[1]), kv[0]))
    v = verb(best)
    if all(r.polarity == "hypothetical" for r in best):
        first, _, rest = v.partition(" ")
        v = "would " + (first[:-1] if first.endswith("s") else first) + (f" {rest}" if rest else "")
    if orig:
        srcs = {orig[r.ref].source for r in best if r.ref in orig}
        tgts = {orig[r.ref].target for r in best if r.ref in orig}
        s = srcs.pop() if len(srcs) == 1 else s
        t = tgts.pop() if len(tgts) == 1 else t
    return f"{h.name(s)} {v} {h.name(t)}"


def unbalanced_triads(relations: list[Relation], h: Hierarchy, hypothetical: Iterable[Relation] = (),
                      limit: int = 500) -> list[Tension]:
    """Three actors whose current signs multiply to negative: two alliances and an enmity, or three enmities.

    `hypothetical` relations ("if the US overthrows Assad") may close a triangle, at half strength;
    three enmities rank at a quarter. Only the `limit` strongest are written out."""
    orig: dict[tuple[str, str], Relation] = {}

    def sides(rs: Iterable[Relation]) -> list[Relation]:
        out = []
        for r in rs:
            orig[r.ref] = r
            s, t = h.side(r.source), h.side(r.target)
            if s != t:
                out.append(replace(r, source=s, target=t))
        return out

    signs = _pair_signs(sides(relations), sides(hypothetical))
    nbrs: dict[str, set[str]] = defaultdict(set)
    for a, b in signs:
        nbrs[a].add(b)
        nbrs[b].add(a)
    weight = {k: support(rs) * (0.5 if any(r.polarity == "hypothetical" for r in rs) else 1.0)
              for k, (_, rs) in signs.items()}
    found = []
    for a in sorted(nbrs):
        for b, c in combinations(sorted(x for x in nbrs[a] if x > a), 2):
            if c in nbrs[b] and signs[(a, b)][0] * signs[(a, c)][0] * signs[(b, c)][0] < 0:
                negs = sum(signs[k][0] < 0 for k in ((a, b), (a, c), (b, c)))
                found.append(((0.25 if negs == 3 else 1.0) * min(weight[(a, b)], weight[(a, c)], weight[(b, c)]),
                              a, b, c))
    found.sort(key=lambda x: (-x[0], x[1:]))
    out = []
    for strength, a, b, c in found[:limit]:
        trio = {(a, b): signs[(a, b)], (a, c): signs[(a, c)], (b, c): signs[(b, c)]}
        rels = [r for _, rs in trio.values() for r in rs]
        neg = [k for k, v in trio.items() if v[0] < 0]
        if len(neg) == 1:
            (x, y), = neg
            if sum(r.source == y for r in signs[(x, y)][1]) > sum(r.source == x for r in signs[(x, y)][1]):
                x, y = y, x  # start the sentence from the side that acts in the enmity
            hub = next(m for m in (a, b, c) if m not in (x, y))
            order = [hub, x, y]
            summary = (f"{_phrase(h, signs[_pair(x, hub)][1], orig)}, and {_phrase(h, signs[_pair(hub, y)][1], orig)}, "
                       f"but {_phrase(h, signs[_pair(x, y)][1], orig)}.")
        else:
            order = [a, b, c]
            summary = (f"{h.name(a)}, {h.name(b)} and {h.name(c)} are all at odds: "
                       f"{'; '.join(_phrase(h, signs[k][1], orig) for k in neg)}.")
        involved = {a for r in rels if r.ref in orig for a in (orig[r.ref].source, orig[r.ref].target)}
        order += sorted(involved - set(order))
        out.append(_tension("unbalanced_triad", order, summary, rels, strength))
    return out


def both_sides(relations: list[Relation], h: Hierarchy) -> list[Tension]:
    """A aids B and aids C while B and C fight each other."""
    givers: dict[str, dict[str, list[Relation]]] = defaultdict(lambda: defaultdict(list))  # recipient -> side
    for r in relations:
        if r.type in AID_TYPES and r.sign > 0:
            givers[r.target][h.side(r.source)].append(r)
    fights: dict[tuple[str, str], list[Relation]] = defaultdict(list)
    for r in relations:
        if r.type in ATTACK_TYPES and r.sign < 0 and r.source in givers and r.target in givers \
                and not h.related(r.source, r.target):
            fights[_key(r)].append(r)
    out = []
    for (b, c), fs in fights.items():
        for side in sorted(set(givers[b]) & set(givers[c]) - {h.side(b), h.side(c)}):
            ab, ac = givers[b][side], givers[c][side]
            sources = {r.source for r in ab + ac}
            summary = (f"{_giver(h, side, sources, sources)} {verb(ab)} {h.name(b)} and {verb(ac)} {h.name(c)}, "
                       f"which fight each other{when(fs)}.")
            out.append(_tension("both_sides", [side, b, c, *sorted(sources)], summary, ab + ac + fs,
                                min(support(ab), support(ac), support(fs))))
    return out


def contested(relations: list[Relation], h: Hierarchy) -> list[Tension]:
    """One voice asserts a relation (same source, type, target) that another voice denies."""
    groups: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
    for r in relations:
        if r.polarity in ("asserted", "negated"):
            groups[(r.source, r.type, r.target)].append(r)
    out = []
    for (s, _typ, t), rs in groups.items():
        yes = [r for r in rs if r.polarity == "asserted"]
        no = [r for r in rs if r.polarity == "negated"]
        pair = next(((y, n) for y in yes for n in no if y.voice != n.voice), None)
        if pair is None:
            continue
        y, n = pair
        summary = (f"{voice_label(y)[0].upper() + voice_label(y)[1:]} says {h.name(s)} {verb(yes)} {h.name(t)}, "
                   f"but {voice_label(n)} denies it.")
        out.append(_tension("contested", [s, t], summary, yes + no, min(support(yes), support(no))))
    return out


def document_tensions(facts: Facts, dictionary: Dictionary | None = None) -> list[Tension]:
    """The tensions inside one document; event refs are the document's own event ids."""
    base, designations = _dictionary_view(dictionary)
    relations, h = relations_from_facts([facts], Hierarchy(dict(base.actors)))
    found = find_tensions(relations, h, designations=designations)
    prefix = f"{facts.document.id}/"
    return [replace(t, events=tuple(e.removeprefix(prefix) for e in t.events)) for t in found] + contested_tolls(facts)


def contested_tolls(facts: Facts) -> list[Tension]:
    """One event whose death toll two voices give differently (counts.toll_disputes): a `contested` tension."""
    from ..counts import toll_disputes

    out = []
    for e, figures in toll_disputes(facts):
        said = "; ".join(f"{v.name or ('the author' if v.kind == 'author' else 'a ' + v.kind)} says "
                         f"{'/'.join(map(str, fs))}" for v, fs in figures.items())
        acts = tuple(dict.fromkeys(a for a in (e.source, e.target) if a))
        out.append(Tension(id=f"contested:toll:{e.id}", kind="contested", actors=acts, events=(e.id,),
                           summary=f"Reports of the dead in \"{e.text[:80]}\" differ: {said}.",
                           strength=round(KIND_WEIGHT["contested"] * 0.5, 3)))
    return out


_VIEWS: dict[int, tuple[Dictionary | None, Hierarchy, list[Designation]]] = {}


def _dictionary_view(dictionary: Dictionary | None) -> tuple[Hierarchy, list[Designation]]:
    """The dictionary's hierarchy and designations, built once per dictionary (the pipeline reuses one)."""
    key = id(dictionary)
    if key not in _VIEWS or _VIEWS[key][0] is not dictionary:
        h = hierarchy_from_dictionary(dictionary)
        _VIEWS.clear()
        _VIEWS[key] = (dictionary, h, from_dictionary(dictionary))
    return _VIEWS[key][1], _VIEWS[key][2]


def ranked_tensions(store: HasConn | Iterable[Facts] | Facts, *, dictionary: Dictionary | None = None,
                    filters: Filters | None = None, kinds: Iterable[str] = KINDS,
                    level: str = "group") -> tuple[list[Tension], Hierarchy]:
    """Every tension of a store (or of facts), strongest first, with the hierarchy that names their actors:
    what `corpus_tensions`, `Corpus.tensions` and `faultlines tensions` return."""
    from .network import gather

    kinds = tuple(kinds)
    relations, h = gather(store, dictionary)
    if level != "group":
        relations = relabel(relations, h, level)
    found = find_tensions(relations, h, designations=from_dictionary(dictionary), filters=filters, kinds=kinds)
    if "contested" in kinds and isinstance(store, HasConn):
        found = merge_ranked(found, incident_contested(store, h, filters=filters, level=level))
    return found, h


def corpus_tensions(store: HasConn | Iterable[Facts] | Facts, *, dictionary: Dictionary | None = None,
                    filters: Filters | None = None, kinds: Iterable[str] = KINDS, level: str = "group",
                    limit: int | None = None) -> list[Tension]:
    """Ranked tensions over a Store (or facts); event refs are "doc_id/event_id"."""
    found, _ = ranked_tensions(store, dictionary=dictionary, filters=filters, kinds=kinds, level=level)
    return found[:limit] if limit else found


def keep_tensions(store: HasConn, dictionary: Dictionary | None = None, *, evidence: int = 200,
                  force: bool = False) -> int | None:
    """Compute the store's tensions (default filters, group level) and keep them in `kept_tensions`, each with
    its first `evidence` refs, stamped with the store's generation: what the explorer reads by key.

    Unless `force`, nothing is done (None) when they were kept for the store as it is (a run that added nothing)."""
    import time

    from ..store import kept_tensions
    from ..store.views import generation

    made = kept_tensions.state(store.conn)
    if not force and made is not None and made["generation"] == generation(store.conn):
        return None
    t0 = time.perf_counter()
    found = corpus_tensions(store, dictionary=dictionary)
    rows: Iterator[kept_tensions.KeptTension] = (
        {"rank": rank, "id": t.id, "kind": t.kind, "strength": t.strength, "summary": t.summary,
         "actors": list(t.actors), "events": [list(split_ref(r)) for r in t.events[:evidence]],
         "events_total": len(t.events)} for rank, t in enumerate(found, 1))
    return kept_tensions.replace_all(store.conn, rows, seconds=time.perf_counter() - t0)


def incident_contested(store: HasConn, h: Hierarchy, *, filters: Filters | None = None,
                       level: str = "group") -> list[Tension]:
    """The stored incidents' disagreements (reports differing on the toll or on who did it) as `contested`
    tensions, both sides' events as evidence; only incidents overlapping the filters' dates, actors at `level`."""
    from ..store.incidents import IncidentFilters, incident_tensions

    flt = filters or Filters()
    found = incident_tensions(store.conn, IncidentFilters(since=flt.since, until=flt.until))
    weight = KIND_WEIGHT["contested"]
    return [replace(t, strength=round(weight * t.strength, 3),
                    actors=tuple(dict.fromkeys(h.node(a, level) for a in t.actors)) if level != "group" else t.actors)
            for t in found]


def merge_ranked(found: list[Tension], more: list[Tension]) -> list[Tension]:
    """Two lists of tensions as one, strongest first (as `find_tensions` ranks them)."""
    return sorted(found + more, key=lambda t: (-t.strength, t.kind, t.id))


def relabel(relations: Iterable[Relation], h: Hierarchy, level: str) -> list[Relation]:
    """Relations with their actors moved to `level`; those that become self-relations are dropped."""
    out = []
    for r in relations:
        s, t = h.node(r.source, level), h.node(r.target, level)
        if s != t:
            out.append(replace(r, source=s, target=t))
    return out


def split_ref(ref: str) -> tuple[str, str]:
    """"doc_id/event_id" -> (doc_id, event_id)."""
    doc, _, event = ref.rpartition("/")
    return doc, event
