"""Analysis over facts: the signed actor network, tensions (fault lines) and factions.

For a corpus (a `Store`, or anything holding its sqlite3 `.conn`) or for facts (one `Facts` or an
iterable of them):

    from faultlines.analysis import build_network, corpus_tensions, Filters
    net = build_network(store, level="state", dictionary=load_dictionary(),
                        filters=Filters(since="2014", voices=frozenset({"author", "quoted"})))
    net.to_json()   # {"level", "nodes": [{id, name, kind, country, faction, members}],
                    #  "edges": [{source, target, type, sign, weight, documents, voices, first, last,
                    #             evidence: [{doc_id, event_id, text, voice, voice_name, polarity, date}]}],
                    #  "factions": {blocs, frustration, weighted_frustration, ties, balance, exact}}
    net.write("graphml" | "gexf" | "csv" | "json", stream);  draw_network(net, "net.svg")
    build_slices(store)  # [(year, Network)], one per year
    for t in corpus_tensions(store, dictionary=load_dictionary(), limit=20):
        t.kind, t.actors, t.summary, t.events, t.strength   # events are "doc_id/event_id" (split_ref)
    find_factions({("a", "b"): 1, ("b", "c"): -1})       # blocs + frustration index

`document_tensions(facts, dictionary)` is the pipeline stage behind `faultlines read`; its events
are the document's own event ids.

Levels: group (actors as coded), parent (one step up the parent chain), state (organs of a state —
government, military, police, intelligence, legislature — folded into the state; other actors into
the top of their chain). Parents and countries come from the store and the dictionary (its names,
kinds and parents win); ids like "USA.GOV.STATE" imply their parent when nothing else is known.

Edges: one per (source, target, type) with the PLOVER sign; `weight` counts distinct (story, voice)
pairs, wire copies (the store's `clusters` table) once. `Filters` (filters.py; one for the CLI, the
explorer and export): time window (events without a date take their document's; those with no date at
all only without a window, unless `undated` says), voices, polarities (asserted only by default), event
types, actor focus (an actor and its parts). `Network.to_networkx` is the one graph behind
`network --format graphml|gexf` and `export --format graphml|gexf`.

Tensions (`KINDS`), each a `records.Tension` with a one-sentence summary and a strength (evidence
weighted by voice: author 1, quoted 0.8, commenter 0.3; the weakest side of the tension counts):
- blowback: A's side aids B; B (or its umbrella or a member) attacked A's side before or during the aid;
- designated_partner: A's side aids B while A's side lists or sanctions B (SANCTION events, and the
  dictionary's dated `designations`: {actor, body, list, date, until}), the dates overlapping;
- unbalanced_triad: between sides, current signs (latest relations; deeds outvote words) multiply to
  negative; a hypothetical relation may close a triad ("would"), at half strength;
- both_sides: A's side aids B and C, who fight each other;
- contested: the same (source, type, target) asserted by one voice and denied by another.
"""

from .draw import draw_network
from .factions import Factions, find_factions
from .network import Edge, EventRef, Network, Node, build_network, build_slices
from .relations import LEVELS, Filters, Hierarchy, Relation
from .tensions import KINDS, corpus_tensions, document_tensions, find_tensions, split_ref

__all__ = [
    "KINDS", "LEVELS", "Edge", "EventRef", "Factions", "Filters", "Hierarchy", "Network", "Node", "Relation",
    "build_network", "build_slices", "corpus_tensions", "document_tensions", "draw_network", "find_factions", "find_tensions",
    "split_ref",
]
