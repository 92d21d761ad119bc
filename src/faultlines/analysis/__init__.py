"""Analysis over facts: the signed actor network, tensions (fault lines) and factions.

For a corpus (a `Store`) or for facts (one `Facts` or an iterable of them):

    from faultlines.analysis import build_network, corpus_tensions, Filters
    net = build_network(store, level="state", filters=Filters(since="2014", voices=frozenset({"author", "quoted"})))
    net.to_json()   # {"nodes": [{id, name, kind, country, faction, members}],
                    #  "edges": [{source, target, type, sign, weight, documents, voices, first, last,
                    #             evidence: [{doc_id, event_id, text, voice, voice_name, polarity, date}]}],
                    #  "factions": {blocs, frustration, weighted_frustration, ties, balance, exact}}
    net.write("graphml" | "gexf" | "csv" | "json", stream);  draw_network(net, "net.svg")
    for t in corpus_tensions(store, dictionary=load_dictionary(), limit=20):
        t.kind, t.actors, t.summary, t.events, t.strength   # events are "doc_id/event_id" (split_ref)
    find_factions({("a", "b"): 1, ("b", "c"): -1})       # blocs + frustration index

`document_tensions(facts, dictionary)` is the pipeline stage behind `faultlines read`; its
events are the document's own event ids. Levels: group (actors as coded), parent (one step up
the dictionary's parent chain), state (organs of a state folded into the state). Filters default
to asserted relations from every voice.
"""

from .draw import draw_network
from .factions import Factions, find_factions
from .network import Edge, EventRef, Network, Node, build_network
from .relations import LEVELS, Filters, Hierarchy, Relation
from .tensions import KINDS, corpus_tensions, document_tensions, find_tensions, split_ref

__all__ = [
    "KINDS", "LEVELS", "Edge", "EventRef", "Factions", "Filters", "Hierarchy", "Network", "Node", "Relation",
    "build_network", "corpus_tensions", "document_tensions", "draw_network", "find_factions", "find_tensions",
    "split_ref",
]
