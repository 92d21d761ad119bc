"""The pair linker (events/linker.py): the pairs of actor mentions it scores, their path features, the labels its
trainer gives them, and a linker trained here on sentences of our own proposing a link the rules do not make."""

from __future__ import annotations

import numpy as np
import pytest

from faultlines.events.linker import FOLDER, LINK, load_linker, path
from faultlines.events.proposer import PAIRS
from faultlines.read import document_from_text


@pytest.fixture(scope="module")
def pairs_of(rules):
    def run(text: str):
        parsed = rules.nlp(text)
        rules.rule_stages(document_from_text(text), parsed)
        pairs, entry = parsed.user_data[PAIRS]()
        return pairs, entry

    return run


def _by_actors(pairs):
    return {(p.a.actor, p.b.actor): p for p in pairs}


def test_pairs_are_ordered_mentions_of_two_different_actors(pairs_of):
    pairs, _ = pairs_of("Kenyan troops shelled positions held by al-Shabaab near the Somali border on Tuesday.")
    got = _by_actors(pairs)
    assert ("KEN.MIL", "ALSHABAAB") in got or any(a == "KEN.MIL" for a, _ in got), got.keys()
    assert all(p.a.actor != p.b.actor for p in pairs)
    for p in pairs:  # each ordered pair's mirror is scored too, with the other order feature
        mirror = next(q for q in pairs if q.a.tok.i == p.b.tok.i and q.b.tok.i == p.a.tok.i)
        assert ("ord=ab" in p.feats) != ("ord=ab" in mirror.feats)


def test_one_mention_for_a_name_of_several_words(pairs_of):
    pairs, _ = pairs_of("President Emmanuel Macron met Chancellor Olaf Scholz in Berlin.")
    heads = {p.a.tok.text for p in pairs} | {p.b.tok.text for p in pairs}
    assert "Emmanuel" not in heads and "Olaf" not in heads


def test_the_path_runs_through_the_common_head(rules):
    doc = rules.nlp("Turkey accused Greece of arming the militia.")
    turkey, greece = doc[0], doc[2]
    up, top, down = path(turkey, greece)
    assert top.lemma_ == "accuse" and [t.text for t in up] == ["Turkey"] and [t.text for t in down] == ["Greece"]
    assert path(doc[0], doc[0]) == ([], doc[0], [])


def test_a_pair_the_rules_link_is_marked_taken(pairs_of):
    pairs, _ = pairs_of("Ethiopia accused Eritrea of sending troops across the border.")
    taken = [p for p in pairs if {p.a.actor, p.b.actor} == {"ETH", "ERI"}]
    assert taken and all(p.taken for p in taken)


def test_labels_from_marked_spans(pairs_of):
    from faultlines.train.linker_fit import label_pairs

    text = "Chad said Sudan had armed rebels who raided a town near the frontier."
    pairs, _ = pairs_of(text)
    s = text.index("Sudan")
    t = text.index("rebels")
    labelled = label_pairs(pairs, [((s, s + 5), (t, t + 6), "AID")])
    links = [(p.a.tok.text, p.b.tok.text, ty) for p, lab, ty in labelled if lab == LINK]
    assert links == [("Sudan", "rebels", "AID")]
    mirrors = [lab for p, lab, _ in labelled if p.a.tok.text == "rebels" and p.b.tok.text == "Sudan"]
    assert mirrors == ["NONE"]  # the link read the wrong way round is a negative


def test_no_linker_is_shipped_and_a_trained_one_links(pairs_of, rules, tmp_path, monkeypatch):
    """Without weights the linker proposes nothing; weights trained on a handful of our own sentences (an unlisted
    verb of arming between two actors) make it propose that link, in the author's voice, on a new sentence."""
    from faultlines.events.judge import NONE
    from faultlines.events.linker import WEIGHTS, document_pairs  # noqa: F401 (the module under test)
    from faultlines.train.fit import fit, save
    from faultlines.train.linker_fit import label_pairs, save_binary

    assert load_linker() is None
    train = ["Iran outfitted the Houthis with drones last year.", "Russia outfitted Wagner with jets in Libya.",
             "Turkey outfitted the Syrian National Army with rifles.", "Qatar outfitted Hamas with money for years.",
             "Egypt outfitted Haftar with armoured cars last spring.", "Iran outfitted Hezbollah with rockets.",
             "Pakistan outfitted the Taliban with trucks and fuel.", "Rwanda outfitted the M23 with mortars."]
    X, y, types, groups = [], [], [], []
    for k, text in enumerate(train):
        pairs, _ = pairs_of(text)
        first = min(pairs, key=lambda p: p.a.tok.i)
        src = (first.a.tok.idx, first.a.tok.idx + len(first.a.tok.text))
        objs = [p for p in pairs if p.a.tok.i == first.a.tok.i and p.b.tok.dep_ == "dobj"]
        assert objs, text
        tgt = (objs[0].b.tok.idx, objs[0].b.tok.idx + len(objs[0].b.tok.text))
        for p, lab, ty in label_pairs(pairs, [(src, tgt, "AID")]):
            if lab:
                X.append(list(p.feats))
                y.append(lab)
                types.append(ty or "ASSAULT")
                groups.append(str(k))
    assert y.count(LINK) >= 6 and y.count(NONE) >= 6
    link = fit(X, y, groups, np.ones(len(X)), C=10.0, min_count=1, final=True, oof=False)
    save_binary(tmp_path / WEIGHTS.replace(".npz", "_link.npz"), link, 0.5)
    typed = [k for k, lab in enumerate(y) if lab == LINK] + [k for k, lab in enumerate(y) if lab != LINK][:6]
    typer = fit([X[k] for k in typed], [types[k] if y[k] == LINK else "ASSAULT" for k in typed],
                [groups[k] for k in typed], np.ones(len(typed)), C=10.0, min_count=1, final=True, oof=False)
    save(tmp_path / WEIGHTS.replace(".npz", "_type.npz"), typer, veto=0.5)
    monkeypatch.setenv(FOLDER, str(tmp_path))
    load_linker.cache_clear()
    try:
        linker = load_linker()
        assert linker is not None and linker.link_min == pytest.approx(0.5)
        pairs, _ = pairs_of("Saudi Arabia outfitted the Yemeni army with tanks.")
        got = {(p.a.actor, p.b.actor): linker.decide(list(p.feats)) for p in pairs}
        assert got.get(("SAU", "YEM.MIL")) is not None and got[("SAU", "YEM.MIL")][0] == "AID", got
        assert got.get(("YEM.MIL", "SAU")) is None
    finally:
        monkeypatch.delenv(FOLDER)
        load_linker.cache_clear()
