"""The event vocabulary (data/plover.yaml): loaded and checked once, read by the records, the coder's lexicon,
the summaries and the exports; a type added to the YAML is accepted everywhere."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from faultlines.events.lexicon import load_lexicon
from faultlines.records import ACTOR_KINDS, PLOVER_SIGN, PLOVER_TYPES
from faultlines.vocabulary import DATA, VocabularyError, load, parse, vocabulary

SRC = Path(__file__).resolve().parents[1] / "src"


def _raw() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def test_the_sixteen_types_and_their_signs():
    v = vocabulary()
    assert len(v.types) == 16 and tuple(v.types) == PLOVER_TYPES
    assert {t for t, s in PLOVER_SIGN.items() if s == 1} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
                                                              "AID", "RETREAT"}
    assert {t for t, s in PLOVER_SIGN.items() if s == 0} == {"REQUEST"}
    assert v.types["ASSAULT"].quad == 4 and v.types["CONSULT"].quad == 1
    assert v.types["SUPPORT"].verb == "backs"


def test_every_mode_the_lexicon_can_give_is_in_the_vocabulary():
    lex = load_lexicon()
    rules = [r for table in (lex.verbs, lex.phrasal, lex.nouns) for rs in table.values() for r in rs]
    modes = {r.mode for r in rules} | {m for table in lex.modes.values() for m in table.values()}
    modes |= {m for _, m in lex.objects.values()} | {m for _, m in lex.roles.values()}
    assert modes - {None} <= vocabulary().modes, sorted(modes - {None} - vocabulary().modes)
    assert {r.type for r in rules} <= set(PLOVER_TYPES)


def test_export_maps_speak_of_known_actor_kinds():
    v = vocabulary()
    for table in (v.sector, v.non_state, v.inter):
        assert set(table) <= set(ACTOR_KINDS)
    assert set(v.feature) == set(v.geo_precision) == {"country", "admin1", "city", "region", "continent"}


@pytest.mark.parametrize(("edit", "message"), [
    (lambda d: d["types"]["AID"].update(colour="red"), "types.AID: unknown key 'colour'"),
    (lambda d: d["types"]["AID"].pop("verb"), "types.AID: missing key 'verb'"),
    (lambda d: d["types"]["AID"].update(sign=2), "types.AID.sign: expected 1, -1 or 0"),
    (lambda d: d["types"].update(aid={"sign": 1, "quad": 2, "verb": "aids"}), "types.aid: a type is upper case"),
    (lambda d: d["modes"].append("Heavy Weapons"), "modes: 'Heavy Weapons'"),
    (lambda d: d["acled"]["events"][0]["types"].append("INVADE"), "acled.events[0].types: 'INVADE' is not a type"),
    (lambda d: d.update(extra=1), "plover.yaml: unknown key 'extra'"),
])
def test_a_bad_entry_is_named(edit, message):
    data = _raw()
    edit(data)
    with pytest.raises(VocabularyError) as e:
        parse(data)
    assert message in str(e.value)


def test_a_type_added_to_a_copy_is_accepted_end_to_end(tmp_path):
    data = _raw()
    data["types"]["INVESTIGATE"] = {"sign": 0, "quad": 2, "verb": "investigates"}
    data["acled"]["events"].append({"types": ["INVESTIGATE"],
                                    "acled": ["Strategic developments", "Strategic developments", "Other"]})
    path = tmp_path / "plover.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert load(path).types["INVESTIGATE"].verb == "investigates"
    # A fresh interpreter told to read the copy: records, summaries and exports see the type.
    script = """
import json
from faultlines.records import PLOVER_SIGN, PLOVER_TYPES, Facts
from faultlines.analysis.phrases import _TYPE_VERB
from faultlines.export.plover import QUAD
event = {"id": "e1", "type": "INVESTIGATE", "source": None, "target": None, "start": 0, "end": 4, "text": "Look"}
f = Facts.from_dict({"schema": "faultlines.facts/1", "document": {"id": "d"}, "text": "Look", "events": [event]})
print(json.dumps([PLOVER_TYPES[-1], PLOVER_SIGN["INVESTIGATE"], f.events[0].type, _TYPE_VERB["INVESTIGATE"],
                  QUAD["INVESTIGATE"]]))
"""
    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "FAULTLINES_VOCABULARY": str(path)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout) == ["INVESTIGATE", 0, "INVESTIGATE", "investigates", 2]


@pytest.mark.parametrize(("edit", "message"), [
    (lambda d: d["acled"]["remote_modes"].update({"aerial": "Air/drone strike"}),
     "acled.remote_modes: 'aerial' is not a mode"),
    (lambda d: d["acled"]["events"].append({"types": ["COERCE"], "modes": ["kidnapping"], "acled": ["a", "b", "c"]}),
     "modes: 'kidnapping' is not a mode"),
])
def test_an_acled_rule_for_a_mode_no_event_carries_is_refused(edit, message):
    """A mode the coder cannot emit would make its ACLED row unreachable; the loader names it."""
    d = _raw()
    parse(d)  # the shipped file passes
    edit(d)
    with pytest.raises(VocabularyError, match=message):
        parse(d)
