"""The event trigger lexicon: `data/events.yaml` loaded, validated and compiled into lemma lookups."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..datafile import DATA as PACKAGE_DATA
from ..datafile import load_yaml
from ..records import PLOVER_TYPES

DATA = PACKAGE_DATA / "events.yaml"
RULE_KEYS = {"lemmas", "mode", "target_preps", "needs_target", "as_nouns", "target_clause", "needs_compound", "not_event",
             "objects", "intransitive", "subjects", "via", "infinitive"}
TOP_KEYS = {"version", "helping", "instruments", "lemma_fixes", "crowd_verbs", "protest_cues", "reciprocal", "reciprocal_nouns", "located_nouns", "civil_property", "owning_sectors", "owning_officials", "police_holds", "silent_refusals", "idle_hosts", "thing_names", "sports_results", "disasters", "verbs", "transfer", "nouns", "modes", "hosts", "non_hosts", "place_targets", "agent_nouns", "light_nouns", "transparent", "partitive", "roles",
            "intent", "reporting", "polarity", "sympathy_nouns", "found_dead", "traces", "happenings",
            "ongoing", "force_sites", "settlements"}


class LexiconError(ValueError):
    """The events YAML does not follow the schema described at its top."""


@dataclass(frozen=True)
class Rule:
    """One trigger: an event type (and mode) with how to find its target."""

    type: str
    mode: str | None = None
    target_preps: frozenset[str] = frozenset()
    needs_target: bool = False
    as_nouns: frozenset[str] = frozenset()
    target_clause: bool = False
    needs_compound: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    intransitive: bool = False
    not_event: bool = False
    subjects: frozenset[str] = frozenset()
    via: frozenset[str] = frozenset()
    infinitive: bool = False  # only with an object and its "to"-infinitive ("told Israel to halt")

    @property
    def gated(self) -> bool:
        return bool(self.as_nouns or self.objects or self.needs_compound or self.subjects or self.via or self.infinitive)


@dataclass(frozen=True)
class Lexicon:
    """Compiled lookups: verb and noun lemmas to rules, plus the closed word lists the coder needs."""

    verbs: dict[str, tuple[Rule, ...]]
    phrasal: dict[tuple[str, str], tuple[Rule, ...]]
    nouns: dict[str, tuple[Rule, ...]]
    transfer: frozenset[str]
    transfer_preps: frozenset[str]
    acquire: frozenset[str]
    objects: dict[str, tuple[str, str]]
    modes: dict[str, dict[str, str]]
    hosts: frozenset[str]
    non_hosts: frozenset[str]
    place_targets: frozenset[str]
    agent_nouns: frozenset[str]
    light_nouns: frozenset[str]
    transparent: frozenset[str]
    partitive: frozenset[str]
    roles: dict[str, tuple[str, str]]
    intent_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    intent_modals: frozenset[str]
    reporting_verbs: frozenset[str]
    obligation: frozenset[str]
    claim_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    dismissive_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    claim_hosts: frozenset[str]
    hostile_responses: frozenset[str]
    negators: frozenset[str]
    negating_heads: frozenset[str]
    negating_phrases: frozenset[str]
    hypothetical_modals: frozenset[str]
    conditional_marks: frozenset[str]
    hypothetical_heads: frozenset[str]
    instruments: frozenset[str] = frozenset()
    reciprocal: frozenset[str] = frozenset()
    reciprocal_nouns: frozenset[str] = frozenset()
    located_nouns: frozenset[str] = frozenset()
    civil_property: frozenset[str] = frozenset()  # a house, car or shop attacked stands for its owner or the place's civilians
    owning_sectors: frozenset[str] = frozenset()  # "an army truck" is no civilian's
    owning_officials: frozenset[str] = frozenset()  # "the governor's residence" is no civilian's
    police_holds: frozenset[str] = frozenset()  # an agentless passive arrest is by the place's police
    silent_refusals: frozenset[str] = frozenset()
    disasters: frozenset[str] = frozenset()
    thing_names: frozenset[str] = frozenset()  # last words of names of events, laws and programmes
    idle_hosts: dict[str, frozenset[str]] = field(default_factory=dict)  # "received calls": no appeal
    sports_verbs: frozenset[str] = frozenset()  # "Uganda beat Kenya 2-0 in the final": a result, no assault
    sports_words: frozenset[str] = frozenset()
    lemma_fixes: dict[str, str] = field(default_factory=dict)
    crowd_verbs: frozenset[str] = frozenset()
    protest_cues: frozenset[str] = frozenset()
    hypothetical_nouns: frozenset[str] = frozenset()
    directive_heads: frozenset[str] = frozenset()  # "told X to V": V is asked of X, not done
    unasked: frozenset[str] = frozenset()  # "told X to expect": knowing or waiting is asked of no one
    asking_objects: frozenset[str] = frozenset()  # "sought Moscow's cooperation": the act asked for, not done
    cessation_heads: frozenset[str] = frozenset()
    future_heads: frozenset[str] = frozenset()
    future_marks: frozenset[str] = frozenset()
    sympathy_nouns: frozenset[str] = frozenset()
    found_verbs: frozenset[str] = frozenset()
    remains_nouns: frozenset[str] = frozenset()
    dead_states: frozenset[str] = frozenset()
    trace_verbs: frozenset[str] = frozenset()
    trace_nouns: dict[str, str] = field(default_factory=dict)  # noun -> the ASSAULT mode its trace implies
    trace_accidents: frozenset[str] = frozenset()
    trace_blasts: frozenset[str] = frozenset()
    trace_devices: frozenset[str] = frozenset()
    happenings: frozenset[str] = frozenset()
    helping: frozenset[str] = frozenset()
    force_sites: frozenset[str] = frozenset()  # "rebel positions", "an army base": the force that holds them
    settlements: frozenset[str] = frozenset()  # "the town of X": X is a place's name, never a party
    ongoing_verbs: frozenset[str] = frozenset()  # "operations were continuing", said by their owner
    ongoing_nouns: frozenset[str] = frozenset()
    ongoing_modifiers: frozenset[str] = frozenset()
    ongoing_speakers: frozenset[str] = frozenset()  # sectors whose speaker owns an unowned operation
    trigger_lemmas: frozenset[str] = field(default=frozenset())

    @property
    def agentless_verbs(self) -> frozenset[str]:
        """Verbs that report an act without its agent: finding the dead, hearing shots, a clash breaking out."""
        return self.found_verbs | self.trace_verbs | self.happenings | self.trace_blasts | self.ongoing_verbs


def _words(obj: object, where: str) -> frozenset[str]:
    if obj is None:
        return frozenset()
    if isinstance(obj, str):
        obj = [obj]
    if not isinstance(obj, list) or not all(isinstance(w, str) and w.strip() for w in obj):
        raise LexiconError(f"{where}: expected a list of words, got {obj!r}")
    return frozenset(w.strip().lower() for w in obj)


def _type(name: object, where: str) -> str:
    if name not in PLOVER_TYPES:
        raise LexiconError(f"{where}: {name!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
    return str(name)


def _rules(section: object, where: str) -> list[tuple[str, Rule]]:
    if not isinstance(section, dict):
        raise LexiconError(f"{where}: expected a mapping TYPE -> rules")
    out: list[tuple[str, Rule]] = []
    for type_, rules in section.items():
        _type(type_, f"{where}.{type_}")
        if not isinstance(rules, list):
            raise LexiconError(f"{where}.{type_}: expected a list of rules")
        for i, raw in enumerate(rules):
            at = f"{where}.{type_}[{i}]"
            if not isinstance(raw, dict) or "lemmas" not in raw:
                raise LexiconError(f"{at}: a rule needs 'lemmas'")
            unknown = set(raw) - RULE_KEYS
            if unknown:
                raise LexiconError(f"{at}: unknown keys {sorted(unknown)}")
            rule = Rule(type=type_, mode=raw.get("mode"), target_preps=_words(raw.get("target_preps"), at),
                        needs_target=bool(raw.get("needs_target", False)), as_nouns=_words(raw.get("as_nouns"), at),
                        target_clause=bool(raw.get("target_clause", False)),
                        needs_compound=_words(raw.get("needs_compound"), at), objects=_words(raw.get("objects"), at),
                        intransitive=bool(raw.get("intransitive", False)), not_event=bool(raw.get("not_event", False)),
                        subjects=_words(raw.get("subjects"), at), via=_words(raw.get("via"), at),
                        infinitive=bool(raw.get("infinitive", False)))
            out.extend((lemma, rule) for lemma in _words(raw["lemmas"], at))
    return out


def _typed_words(section: object, where: str) -> dict[str, tuple[str, str]]:
    """TYPE -> mode -> [words]  becomes  word -> (TYPE, mode)."""
    out: dict[str, tuple[str, str]] = {}
    if section is None:
        return out
    if not isinstance(section, dict):
        raise LexiconError(f"{where}: expected a mapping TYPE -> mode -> words")
    for type_, modes in section.items():
        _type(type_, f"{where}.{type_}")
        if not isinstance(modes, dict):
            raise LexiconError(f"{where}.{type_}: expected a mapping mode -> words")
        for mode, words in modes.items():
            for w in _words(words, f"{where}.{type_}.{mode}"):
                out.setdefault(w, (type_, str(mode)))
    return out


def _lemma_fixes(raw: object) -> dict[str, str]:
    """Surface form -> lemma, for trigger verbs the lemmatizer gets wrong ("raped" -> "rap")."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in raw.items()):
        raise LexiconError(f"lemma_fixes: expected a mapping word -> lemma, got {raw!r}")
    return {k.lower(): v.lower() for k, v in raw.items()}


def build_lexicon(raw: object) -> Lexicon:
    """Validate a parsed events YAML document (anything `yaml.safe_load` gives) and compile it."""
    if not isinstance(raw, dict):
        raise LexiconError("events lexicon: expected a mapping at the top")
    unknown = set(raw) - TOP_KEYS
    if unknown:
        raise LexiconError(f"events lexicon: unknown sections {sorted(unknown)}")
    verbs: dict[str, list[Rule]] = {}
    phrasal: dict[tuple[str, str], list[Rule]] = {}
    for lemma, rule in _rules(raw.get("verbs", {}), "verbs"):
        parts = lemma.split()
        if len(parts) in (2, 3):  # "open fire"; "take to street": the verb, its preposition and that one's object
            phrasal.setdefault((parts[0], " ".join(parts[1:])), []).append(rule)
        else:
            verbs.setdefault(lemma, []).append(rule)
    nouns: dict[str, list[Rule]] = {}
    for lemma, rule in _rules(raw.get("nouns", {}), "nouns"):
        nouns.setdefault(lemma, []).append(rule)
    tr = raw.get("transfer") or {}
    modes = {t: {w: m for m, ws in (v or {}).items() for w in _words(ws, f"modes.{t}.{m}")}
             for t, v in (raw.get("modes") or {}).items() if _type(t, f"modes.{t}")}
    intent, rep, pol = raw.get("intent") or {}, raw.get("reporting") or {}, raw.get("polarity") or {}
    found = raw.get("found_dead") or {}
    traces = raw.get("traces") or {}
    ongoing = raw.get("ongoing") or {}

    def ordered(rules: list[Rule]) -> tuple[Rule, ...]:
        # a rule gated on its subject first ("police closed the road" before "closed the road"), then other gates
        return tuple(sorted(rules, key=lambda r: (not r.subjects, not r.gated)))

    lex = Lexicon(
        verbs={k: ordered(v) for k, v in verbs.items()},
        phrasal={k: ordered(v) for k, v in phrasal.items()},
        nouns={k: ordered(v) for k, v in nouns.items()},
        transfer=_words(tr.get("lemmas"), "transfer.lemmas"),
        transfer_preps=_words(tr.get("target_preps"), "transfer.target_preps"),
        acquire=_words(tr.get("acquire"), "transfer.acquire"),
        objects=_typed_words(tr.get("objects"), "transfer.objects"),
        modes=modes,
        hosts=_words(raw.get("hosts"), "hosts"),
        non_hosts=_words(raw.get("non_hosts"), "non_hosts"),
        agent_nouns=_words(raw.get("agent_nouns"), "agent_nouns"),
        light_nouns=_words(raw.get("light_nouns"), "light_nouns"),
        place_targets=frozenset(_type(t.upper(), "place_targets") for t in _words(raw.get("place_targets"), "place_targets")),
        transparent=_words(raw.get("transparent"), "transparent"),
        partitive=_words(raw.get("partitive"), "partitive"),
        roles=_typed_words(raw.get("roles"), "roles"),
        intent_verbs=_words(intent.get("verbs"), "intent.verbs"),
        intent_adjectives=_words(intent.get("adjectives"), "intent.adjectives"),
        intent_modals=_words(intent.get("modals"), "intent.modals"),
        reporting_verbs=_words(rep.get("verbs"), "reporting.verbs"),
        obligation=_words(rep.get("obligation"), "reporting.obligation"),
        claim_verbs=_words(rep.get("claims"), "reporting.claims"),
        denial_verbs=_words(rep.get("denials"), "reporting.denials"),
        dismissive_verbs=_words(rep.get("dismissals"), "reporting.dismissals"),
        claim_nouns=_words(rep.get("claim_nouns"), "reporting.claim_nouns"),
        claim_hosts=_words(rep.get("claim_hosts"), "reporting.claim_hosts"),
        hostile_responses=_words(intent.get("hostile_responses"), "intent.hostile_responses"),
        negators=_words(pol.get("negators"), "polarity.negators"),
        negating_heads=_words(pol.get("negating_heads"), "polarity.negating_heads"),
        negating_phrases=_words(pol.get("negating_phrases"), "polarity.negating_phrases"),
        hypothetical_modals=_words(pol.get("hypothetical_modals"), "polarity.hypothetical_modals"),
        conditional_marks=_words(pol.get("conditional_marks"), "polarity.conditional_marks"),
        hypothetical_heads=_words(pol.get("hypothetical_heads"), "polarity.hypothetical_heads"),
        instruments=_words(raw.get("instruments"), "instruments"),
        reciprocal=_words(raw.get("reciprocal"), "reciprocal"),
        reciprocal_nouns=_words(raw.get("reciprocal_nouns"), "reciprocal_nouns"),
        located_nouns=_words(raw.get("located_nouns"), "located_nouns"),
        civil_property=_words(raw.get("civil_property"), "civil_property"),
        owning_sectors=frozenset(w.upper() for w in _words(raw.get("owning_sectors"), "owning_sectors")),  # sector codes
        owning_officials=_words(raw.get("owning_officials"), "owning_officials"),
        police_holds=_words(raw.get("police_holds"), "police_holds"),
        silent_refusals=_words(raw.get("silent_refusals"), "silent_refusals"),
        disasters=_words(raw.get("disasters"), "disasters"),
        idle_hosts={n: _words(vs, f"idle_hosts.{n}") for n, vs in (raw.get("idle_hosts") or {}).items()},
        thing_names=_words(raw.get("thing_names"), "thing_names"),
        sports_verbs=_words((raw.get("sports_results") or {}).get("verbs"), "sports_results.verbs"),
        sports_words=_words((raw.get("sports_results") or {}).get("words"), "sports_results.words"),
        lemma_fixes=_lemma_fixes(raw.get("lemma_fixes")),
        crowd_verbs=_words(raw.get("crowd_verbs"), "crowd_verbs"),
        protest_cues=_words(raw.get("protest_cues"), "protest_cues"),
        hypothetical_nouns=_words(pol.get("hypothetical_nouns"), "polarity.hypothetical_nouns"),
        directive_heads=_words(pol.get("directive_heads"), "polarity.directive_heads"),
        unasked=_words(pol.get("unasked"), "polarity.unasked"),
        asking_objects=_words(pol.get("asking_objects"), "polarity.asking_objects"),
        cessation_heads=_words(pol.get("cessation_heads"), "polarity.cessation_heads"),
        future_heads=_words(pol.get("future_heads"), "polarity.future_heads"),
        future_marks=_words(pol.get("future_marks"), "polarity.future_marks"),
        sympathy_nouns=_words(raw.get("sympathy_nouns"), "sympathy_nouns"),
        found_verbs=_words(found.get("verbs"), "found_dead.verbs"),
        remains_nouns=_words(found.get("remains"), "found_dead.remains"),
        dead_states=_words(found.get("states"), "found_dead.states"),
        trace_verbs=_words(traces.get("verbs"), "traces.verbs"),
        ongoing_verbs=_words(ongoing.get("verbs"), "ongoing.verbs"),
        ongoing_nouns=_words(ongoing.get("nouns"), "ongoing.nouns"),
        ongoing_modifiers=_words(ongoing.get("modifiers"), "ongoing.modifiers"),
        ongoing_speakers=_words(ongoing.get("speakers"), "ongoing.speakers"),
        trace_accidents=_words(traces.get("accidents"), "traces.accidents"),
        trace_blasts=_words(traces.get("blasts"), "traces.blasts"),
        trace_devices=_words(traces.get("devices"), "traces.devices"),
        trace_nouns={w: mode for mode, words in traces.items() if mode not in ("verbs", "accidents", "blasts", "devices")
                     for w in _words(words, f"traces.{mode}")},
        happenings=_words(raw.get("happenings"), "happenings"),
        helping=_words(raw.get("helping"), "helping"),
        force_sites=_words(raw.get("force_sites"), "force_sites"),
        settlements=_words(raw.get("settlements"), "settlements"),
    )
    triggers = (set(lex.verbs) | {p[0] for p in lex.phrasal} | set(lex.nouns) | lex.transfer | lex.acquire | set(lex.roles)
                | (lex.reporting_verbs if lex.obligation else set()) | set(lex.lemma_fixes.values()) | lex.agentless_verbs)
    return Lexicon(**{**lex.__dict__, "trigger_lemmas": frozenset(triggers)})


@lru_cache(maxsize=8)
def load_lexicon(path: Path | None = None) -> Lexicon:
    """The bundled lexicon, or a user file in the same format (cached per path)."""
    text = Path(path or DATA).read_text(encoding="utf-8")
    return build_lexicon(load_yaml(text) or {})
