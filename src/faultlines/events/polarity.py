"""Polarity of an event (asserted, negated, hypothetical, question) and intent (AGREE / THREATEN)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..casing import standalone
from ..records import PLOVER_SIGN, Polarity
from .boasts import charge_misparsed, no_part
from .noun_parties import unrealised
from .syntax import directed, restated, to_clause

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .lexicon import Lexicon

# Dependency links over which negation of a governing verb reaches the trigger ("didn't start arming").
VERBS = ("VERB", "AUX")
CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "csubj", "parataxis"})  # a clause of its own below a verb
NEG_LINKS = ("xcomp", "dobj", "pobj", "prep", "pcomp", "aux", "acl")  # "gave no order to pull out"
# Adjectives whose infinitive has not happened ("unlikely to act", "expected to sign").
# ("ready to fight", "willing to talk" are intents: `intent_type` makes them AGREE or THREATEN.)
# Verbs that promise their infinitive; a hostile act promised is a threat ("vowed to fight X").
VOWS = frozenset({"vow", "pledge", "promise", "swear"})
UNDONE = frozenset({"unlikely", "likely", "expected", "certain", "sure", "bound", "due", "afraid", "reluctant",
                    "hesitant", "loath", "unwilling", "unafraid"})
REVENGE = frozenset({"revenge", "retaliation", "retribution", "vengeance", "reprisal", "reprisals", "punishment",
                     "war"})
TIMES = frozenset({"after", "before", "since", "following", "during", "amid", "amidst", "despite"})  # presupposed acts
AFTERMATH = frozenset({"wake", "aftermath"})  # "in the wake of the attack": a time too
RANKS = frozenset({"first", "second", "third", "last", "only"})  # "the first country to recognize X": it did
# Gatherings whose purpose is what the crowd does by gathering ("thousands turned out to support X").
GATHERINGS = frozenset({"gather", "rally", "assemble", "converge", "flock", "throng", "march"})
CROWDS = frozenset({"thousand", "hundred", "dozen", "people", "crowd", "supporter", "resident", "protester",
                    "demonstrator", "student", "worker", "villager", "citizen", "fan", "activist", "mourner",
                    "opponent", "member", "voter", "farmer", "woman"})
ASPECT = frozenset({"continue", "keep", "begin", "start", "resume"})  # "will continue to strengthen": the act's own tense
NOT_ONLY = frozenset({"only", "just", "merely", "solely", "simply"})
# Verbs whose that-clause is doubted, not asserted ("doubted that the threats would help forge a deal").
DOUBTING = frozenset({"doubt", "question"})
# "Serbia's refusal to recognize Kosovo", "the rebels' failure to withdraw": the act not done, as after "refused to",
# "failed to" (round 21, crit); not a plan's "to" ("powers to fight militants" stay hypothetical). Only a refusal
# turns a promise or recognition withheld into a rejection (assemble.py); a failure rejects no one.
NOT_DONE = frozenset({"refusal", "failure"})
REFUSING = frozenset({"refusal"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Verbs of warning: the act they warn against (or of) is feared, not done ("warned NATO against sending troops").
WARNINGS = frozenset({"warn", "caution", "advise", "counsel", "warning", "advice"})
WARNED_PREPS = frozenset({"against", "of", "about"})
# Verbs that keep an act from happening: "stopped X from sending", "refrained from striking", "barred X from entering".
PREVENTING = frozenset({"stop", "prevent", "keep", "bar", "ban", "block", "deter", "dissuade", "discourage", "restrain",
                        "refrain", "abstain", "desist", "prohibit", "forbid", "preclude", "hinder", "hold", "save",
                        "spare"})


def _own_tense(v: Token) -> bool:
    """A coordinated verb with its own tense ("could not comment but noted ..."): the first verb's modal is not its."""
    return v.dep_ == "conj" and (v.tag_ in FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in v.children))


def _told_past(v: Token) -> bool:
    """A verb told in a past tense of its own ("attacked", "had attacked", "has struck"), not a future's present."""
    return v.tag_ == "VBD" or (v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had")
                                                       for c in v.children))


def _chain(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 12:  # spaCy makes a new Token per access: `is` never holds
        out.append(out[-1].head)
    return out


def _not_only(t: Token, neg: Token) -> bool:
    """"not only X but also Y", "not (being) investigated only by X, but by Y": an addition, not a negation."""
    only = [x for x in t.subtree if x.lower_ in NOT_ONLY and x.i > neg.i and x.dep_ == "advmod"]
    return bool(only) and any(x.lower_ == "but" for x in t.sent if x.i > only[0].i)


def negated_here(t: Token, lex: Lexicon | None = None) -> bool:
    """"not", "no", "neither" on the token itself."""
    for c in t.children:
        if c.dep_ == "neg" and _not_only(t, c):
            continue  # "is not investigated only by X, but ...": X does investigate
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "neither")):
            return True
    return False


def _infinitive(v: Token) -> bool:
    """A "to"-infinitive verb ("to fight")."""
    return v.pos_ in VERBS and v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


ANNOUNCED_LINKS = frozenset({"xcomp", "conj", "dobj", "nsubjpass", "compound", "amod"})


def _announced(v: Token) -> bool:
    """A headline's root "to"-infinitive, active or passive ("US to lift sanctions", "X to be charged")."""
    return v.dep_ == "ROOT" and v.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _own_infinitive(v: Token) -> bool:
    """A verb's own "to"-infinitive the parser hung as an adverbial ("vowed on Friday to fight X"); with an object
    between, a purpose ("planning a trip to meet X")."""
    return to_clause(v) and not any(c.dep_ == "dobj" for c in v.head.children)


RANKED_PARTIES = frozenset({
    "country", "state", "nation", "government", "leader", "president", "minister", "official", "head", "member",
    "party", "group", "person", "man", "woman", "one", "company", "city", "army", "force", "power", "ally",
})  # "the first country to recognize X"; not "the only way to end attacks", "the last chance to stop them"


def _ranked(n: Token) -> bool:
    """"the first country to recognize X", "the only state to vote against": a rank among the parties who did it
    (a party noun or a name, never a way, a chance or a means)."""
    return (n.lemma_.lower() in RANKED_PARTIES or n.pos_ == "PROPN") and any(
        m.dep_ in ("amod", "advmod") and (m.lower_ in RANKS or m.tag_ == "JJS") for m in n.children)


def _gathered(v: Token) -> bool:
    """A crowd that gathered or turned out ("thousands turned out to support X", "residents gathered to mourn"), or
    parties that joined together: its purpose is what the gathering did."""
    if v.lemma_.lower() == "join" and any(c.lower_ == "together" for c in v.children):
        return True  # "join together to condemn X": the joining is the condemning
    gather = v.lemma_.lower() in GATHERINGS or (v.lemma_.lower() == "turn" and any(
        p.dep_ == "prt" and p.lower_ == "out" for p in v.children))
    return gather and any(s.dep_ == "nsubj" and s.lemma_.lower() in CROWDS for s in v.children)


def _told_as_done(v: Token) -> bool:
    """A relative clause with its own past or perfect tense ("what Russia has been asking", "the status X sought"):
    told as done, whatever condition or modal governs its antecedent."""
    if v.dep_ not in ("relcl", "ccomp") or v.pos_ not in VERBS:
        return False
    if v.dep_ == "ccomp" and not any(c.dep_ in ("dobj", "nsubj") and c.lower_ in ("what", "whatever")
                                     for c in v.children):
        return False
    return v.tag_ == "VBD" or any(a.dep_ == "aux" and a.lemma_ == "have" for a in v.children)


def _went_on(v: Token) -> bool:
    """"went on to attack": what came next, done, not a purpose."""
    return v.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in v.children)


DEALS = frozenset({"deal", "contract", "agreement", "package", "order"})
APPROVALS = frozenset({"approve", "sign", "clear", "authorize", "authorise", "finalize", "finalise", "conclude",
                       "award", "ink"})


def approving(v: Token) -> Token | None:
    """The verb that approved the deal an infinitive carries out ("approved a contract to sell X tanks",
    "signed a deal to supply X"): the sale is decided, not a mere purpose. None otherwise."""
    if not _infinitive(v):
        return None
    h = v.head
    if v.dep_ in ("acl", "relcl") and h.lemma_.lower() in DEALS and h.dep_ in ("dobj", "nsubjpass") \
            and h.head.lemma_.lower() in APPROVALS:
        return h.head
    if v.dep_ == "advcl" and h.lemma_.lower() in APPROVALS and any(
            o.dep_ == "dobj" and o.lemma_.lower() in DEALS for o in h.children):
        return h
    return None


def warned(t: Token, below: Token) -> bool:
    """`below` is what `t` warns against or of: the act is feared or advised against, not done."""
    return below.dep_ == "prep" and below.lower_ in WARNED_PREPS and t.lemma_.lower() in WARNINGS \
        and t.pos_ in (*VERBS, "NOUN")


PAST_WORDS = frozenset({"last", "ago", "yesterday", "earlier", "recent", "previous", "past"})


def _done(act: Token) -> bool:
    """An act warned "of" or "about" that already happened ("warned of the bombing that killed 20", "about last week's
    raids"); a gerund or a bare noun ("warned of attacks") stays a feared act."""
    if act.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in act.children:
        if c.dep_ in ("relcl", "acl") and c.pos_ in VERBS and (c.tag_ == "VBD" or (c.dep_ == "acl" and c.tag_ == "VBN")
                                                               or any(a.lemma_ == "have" for a in c.children
                                                                      if a.dep_ == "aux")):
            return True
        if c.ent_type_ == "DATE" and any(x.lower_ in PAST_WORDS for x in c.subtree):
            return True
    return False


def prevented(t: Token, below: Token, act: Token) -> bool:
    """`act` is the gerund of "from" under a verb that keeps it from happening ("stopped X from arming Y")."""
    return t.pos_ in VERBS and t.lemma_.lower() in PREVENTING and below.dep_ == "prep" and below.lower_ == "from" \
        and act.dep_ == "pcomp"


def kept_from(tok: Token) -> bool:
    """The trigger is an act something kept from happening (`prevented` anywhere above it)."""
    chain = _chain(tok)
    return any(prevented(chain[i], chain[i - 1], chain[i - 2]) for i in range(2, len(chain)))


def ceased(tok: Token, lex: Lexicon) -> bool:
    """"halted its airstrikes", "U.S. military aid was suspended": the act itself ended, whoever did it."""
    h = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and h.i != tok.i and h.pos_ in VERBS and h.lemma_ in lex.cessation_heads


def pending(tok: Token) -> bool:
    """"X has yet to agree", "X is yet to sign": not done (negated), but not refused either."""
    t = tok
    for _ in range(4):
        if t.dep_ not in ("xcomp", "conj") or t.head is t:
            return False
        t = t.head
        if t.lemma_ in ("have", "be") and any(c.lower_ == "yet" and c.i < tok.i for c in t.children):
            return True
    return False


def asked(t: Token, below: Token, lex: Lexicon) -> bool:
    """`below` is what `t` asks or hopes for: the "for" object of a verb of asking, the clause or "for"/"to"
    complement of a noun of asking ("the hope that X will help"), a purpose clause of a verb of asking or
    of a verb whose object is such a noun ("appealed for funds to help X", "launched an appeal ... to help X")."""
    lemma = t.lemma_.lower()
    if below.dep_ == "prep" and below.lower_ == "for" and t.pos_ in VERBS and lemma in lex.hypothetical_heads:
        return True
    if below.dep_ == "dobj" and below.pos_ == "NOUN" and t.pos_ in VERBS and lemma in lex.asking_objects:
        return True  # "sought Moscow's cooperation", "demanded Russia's withdrawal"
    if t.pos_ == "NOUN" and lemma in lex.hypothetical_nouns:
        return below.dep_ == "acl" or (below.dep_ == "prep" and below.lower_ in ("for", "to"))
    return below.dep_ == "advcl" and t.pos_ in VERBS and any(a.dep_ == "aux" and a.lower_ == "to" for a in below.children) \
        and (lemma in lex.hypothetical_heads
             or any(o.dep_ == "dobj" and o.lemma_.lower() in lex.hypothetical_nouns for o in t.children))


def mourned(tok: Token, lex: Lexicon) -> bool:
    """The trigger names the occasion of a condolence or tribute ("condolences over the bombing", "paid
    tribute to soldiers killed in 2010"): a past event recalled, not reported."""
    t = tok
    for _ in range(8):
        if t.dep_ not in ("pobj", "prep", "dative", "acl", "relcl", "compound", "nsubj") or t.head is t:
            return False
        t = t.head
        if sympathetic(t, lex):
            return True
        if t.pos_ in VERBS and t.dep_ != "prep":  # "following the bombing" is no clause of its own
            if any(o.dep_ == "dobj" and sympathetic(o, lex) for o in t.children):
                return True
            if t.dep_ not in ("relcl", "acl"):
                return False  # "those who perished in the attack" climbs on to whom the condolences go
    return False


def sympathetic(t: Token, lex: Lexicon) -> bool:
    """"condolences", "a condolence message"."""
    return t.lemma_.lower() in lex.sympathy_nouns or any(
        c.dep_ == "compound" and c.lemma_.lower() in lex.sympathy_nouns for c in t.children)


def foretold(tok: Token, host: Token | None, lex: Lexicon) -> bool:
    """A reading that hosts its act on the act's own future modal ("will stand trial", events/held_acts.py): to come."""
    return host is not None and host.dep_ == "aux" and host.head.i == tok.i and host.lower_ in lex.intent_modals


# An inverted auxiliary opening a question, and the verb form it takes ("Will X Attack", "Is X Preparing", "Has X Won")
QUESTION_AUX = {**dict.fromkeys(("will", "would", "can", "could", "should", "shall", "may", "might", "must", "did",
                                 "does", "do"), ("VB",)),
                **dict.fromkeys(("is", "are", "was", "were"), ("VBG", "VBN")), **dict.fromkeys(("has", "have", "had"), ("VBN",))}
DASHES = frozenset({"-", "--", "–", "—", "|"})


def questioned(sent: Span) -> bool:
    """The sentence asks: it ends with "?", a headline's "?" comes before a dash and the site's name ("Did X
    shoot? - Local News"), or a line of its own opens with an inverted auxiliary and no full stop ("Will Arming
    X Escalate Conflict")."""
    text = sent.text.rstrip().rstrip("\"'”’ )")
    if text.endswith("?"):
        return True
    if any(t.text == "?" and t.i + 1 < sent.end and t.nbor().text in DASHES for t in sent):
        return True
    first = sent[0]
    forms = QUESTION_AUX.get(first.lower_, ())
    return (first.head.tag_ in forms or (first.head.tag_ == "VBG" and first.head.i == first.i + 1 and "VB" in forms)) \
        and first.dep_ in ("aux", "auxpass") and first.head.i > first.i and first.text[:1].isupper() \
        and standalone(sent)  # not "Will Carter Meets X"; "Will Arming X Escalate ...": a gerund subject


def polarity(tok: Token, lex: Lexicon, host: Token | None = None) -> Polarity:
    """Question if the sentence asks; hypothetical under a condition, a modal of possibility or a wish;
    negated under "not", "no", "never", "without" or a verb of denial; else asserted."""
    sent = tok.sent
    if questioned(sent):
        return "question"
    chain = _chain(tok)
    hypothetical, negated = unrealised(tok, host) or foretold(tok, host, lex), False  # "the planned offensive"
    neg_open = True
    for i, t in enumerate(chain):
        below = chain[i - 1] if i else None
        if below is not None and below.dep_ == "prep" and below.lower_ in TIMES and i >= 2:
            break  # "refused to publish the toll days after the attack": the attack is when, not what is refused
        if below is not None and below.dep_ == "advcl" and _told_past(below) and any(
                m.dep_ == "mark" and m.lower_ in TIMES for m in below.children):
            break  # "will send more troops, after its forces attacked X last year": the attack was done
        if below is not None and below.dep_ == "prep" and below.lower_ == "of" and t.lemma_.lower() in AFTERMATH:
            break  # "will mount a campaign in the wake of the attack": the attack happened
        if i and _told_as_done(below):  # type: ignore[arg-type]
            break  # "if it receives what Russia has been asking from Serbia": the asking is done
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in lex.conditional_marks:
                hypothetical = True
            if c.dep_ == "aux" and (c.lower_ in lex.hypothetical_modals or c.lemma_ in lex.hypothetical_modals) \
                    and not (below is not None and _own_tense(below)):
                hypothetical = True
        if below is not None and t.pos_ == "NOUN" and below.dep_ in ("advcl", "acl") and _infinitive(below) \
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in below.children):
            hypothetical = True  # "a need for Iraq to disarm the militias", "the plan for X to withdraw"
        if below is not None and t.lemma_ in lex.hypothetical_heads and (below.dep_ in ("xcomp", "ccomp") or (
                below.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in below.children))):
            hypothetical = True  # "wants X to", "called for X to withdraw"
        if below is not None and below.dep_ == "xcomp" and t.lemma_ in lex.directive_heads and directed(t) \
                and not any(x.dep_ in CLAUSES for x in chain[:i - 1]):
            hypothetical = True  # "told Israel to halt its offensive": asked of Israel, not done (nor its clauses:
            # "told them to leave before the Russians shelled it" -- the shelling is told as done)
        if below is not None and below.dep_ == "xcomp" and _infinitive(below) and t.pos_ in VERBS \
                and t.lemma_ in lex.future_heads and (t.lemma_ != "go" or t.tag_ == "VBG"):
            hypothetical = True  # "is set to sign", "is going to cooperate"
        if below is not None and below.dep_ == "advcl" and t.pos_ in VERBS \
                and any(m.dep_ == "mark" and m.lower_ in lex.future_marks for m in below.children) \
                and any(c.dep_ == "aux" and c.lower_ in lex.intent_modals for c in t.children):
            hypothetical = True  # "will lift sanctions once Sudan cooperates"
        if below is not None and below.dep_ == "ccomp" and t.pos_ in VERBS and t.lemma_ in DOUBTING:
            hypothetical = True  # "doubted that X would help": the helping is in doubt
        if below is not None and warned(t, below) and not (below.lower_ in ("of", "about") and i >= 2
                                                           and _done(chain[i - 2])):
            hypothetical = True  # "warned NATO against sending troops", "a warning against an invasion"
        if below is not None and asked(t, below, lex):
            hypothetical = True  # "appealed for an end to the raids", "an appeal for funds to help X"
        if below is not None and _infinitive(below) and approving(below) is None and not restated(below) and (
                (below.dep_ in ("acl", "relcl") and t.pos_ in ("NOUN", "PROPN") and not _ranked(t)
                 and not (i == 1 and t.lemma_.lower() in NOT_DONE))  # "powers to
                # fight militants" ("the first country to recognize X" did)
                or (below.dep_ == "advcl" and not any(m.dep_ == "mark" for m in below.children)  # purpose
                    and not _went_on(t) and not _gathered(t)
                    and not (t.lemma_ in lex.intent_verbs and _own_infinitive(below)))  # "vowed on
                # Friday to fight X" is the vow's own infinitive, as "vowed to fight X" is
                or (below.dep_ == "xcomp" and t.pos_ == "ADJ" and t.lemma_.lower() in UNDONE)):  # "unlikely to act"
            hypothetical = True
        if neg_open:
            if negated_here(t, lex) and (i == 0 or t is host or below is None or below.dep_ in NEG_LINKS):
                if i and t.lemma_.lower() in lex.denial_verbs:
                    hypothetical = True  # "did not deny a role in the attack": neither denied nor owned
                else:
                    negated = True
            if i == 1 and below is not None and below.dep_ == "acl" and _infinitive(below) and t.pos_ == "NOUN" \
                    and t.lemma_.lower() in NOT_DONE:
                negated = True  # "Serbia's refusal to recognize Kosovo" (the infinitive's own act only: under
                # "refusal to stop shelling" the shelling goes on)
            if below is not None and below.dep_ in ("xcomp", "pcomp", "ccomp") and t.lemma_ in lex.negating_heads \
                    and below.lemma_.lower() not in lex.silent_refusals \
                    and charge_misparsed(t) != below:  # "declined to comment on the strike"; "X accuses Y of Z, a
                # charge W denies": the denial's clause is the accusation, told as made
                negated = True
            if below is not None and below.dep_ == "prep" and below.lower_ in ("in", "for") and no_part(t):
                negated = True  # "played no part in the attack", the parser hanging "in" on the verb
            if i >= 2 and below is not None and prevented(t, below, chain[i - 2]):
                negated = True  # "stopped X from arming Y", "refrained from striking": kept from happening
            if i == 1 and below is not None and ceased(below, lex):
                negated = True  # "halted its airstrikes", "aid was suspended": the act's end, not the act
            if t.pos_ == "ADP" and (t.lower_ in lex.negators or (
                    t.i > 0 and f"{t.nbor(-1).lower_} {t.lower_}" in lex.negating_phrases)):
                negated = True
            if below is not None and below.dep_ not in NEG_LINKS and t is not host:
                neg_open = False
    if chain and _announced(chain[-1]) and all(t.dep_ in ANNOUNCED_LINKS for t in chain[:-1]):
        hypothetical = True  # a headline's "US to lift sanctions", "X to be charged": announced, not done (not its
        # reason: "X to be sentenced for killing Y" -- the killing was done)
    if hypothetical:
        return "hypothetical"
    return "negated" if negated or pending(tok) else "asserted"


def _conditional(tok: Token, lex: Lexicon) -> bool:
    """The token's clause is a condition ("if X would ...", "unless Y agrees")."""
    for t in _chain(tok)[:6]:
        if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in t.children):
            return True
        if t.dep_ in ("ccomp", "ROOT"):
            return False
    return False


def _hostile(c: Token, lex: Lexicon) -> bool:
    """A promised act that is hostile by its own (ungated) rule, or the act "kept up" or "continued" ("vowed to keep up
    the fight"; "vowed to keep trying" and "to keep its troops" threaten no one)."""
    acts = [c] + [k for k in c.children if k.dep_ in ("xcomp", "dobj") and c.lemma_ in ("keep", "continue", "resume")]
    return any(PLOVER_SIGN[r.type] < 0 and not r.gated and r.type not in ("ACCUSE", "PROTEST")
               for a in acts for r in (*lex.verbs.get(a.lemma_.lower(), ()),
                                       *(lex.nouns.get(a.lemma_.lower(), ()) if a.pos_ == "NOUN" else ()),
                                       *lex.nouns.get(_phrasal_noun(a), ())))


def _phrasal_noun(v: Token) -> str:
    """The noun a phrasal verb makes ("crack down" -> "crackdown", "shut down" -> "shutdown"); "" for none."""
    prt = [p.lower_ for p in v.children if p.dep_ == "prt"]
    return v.lemma_.lower() + prt[0] if v.pos_ == "VERB" and len(prt) == 1 else ""


def intent_type(tok: Token, type_: str, lex: Lexicon) -> str:
    """AGREE for a cooperative act that is promised, THREATEN for a hostile one that is announced
    ("vowed to respond", "pledged to retaliate" are threats)."""
    if type_ == "AGREE" and tok.lemma_ in lex.intent_verbs and any(
            c.dep_ == "xcomp" and (c.lemma_.lower() in lex.hostile_responses or " ".join(
                [c.lemma_.lower(), *(p.lower_ for p in c.children if p.dep_ == "prt")]) in lex.hostile_responses)
            for c in tok.children):
        return "THREATEN"
    if type_ == "AGREE" and tok.lemma_ in VOWS and any(
            (c.dep_ == "xcomp" or to_clause(c)) and not negated_here(c, lex) and _hostile(c, lex) for c in tok.children):
        return "THREATEN"  # "vowed to fight X", "pledged to crush the rebels": a hostile act promised is a threat
    if type_ == "AGREE" and tok.lemma_ in VOWS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in REVENGE and not negated_here(c, lex) for c in tok.children):
        return "THREATEN"  # "vowed revenge", "promised retaliation"
    if type_ in ("AGREE", "THREATEN", "REQUEST") or _conditional(tok, lex) or questioned(tok.sent):
        return type_  # "aid might be freed if the country would announce investigations": a condition, no intent;
        # "Will arming X escalate the war": a question promises nothing
    if tok.lemma_.lower() in lex.silent_refusals and tok.lemma_ not in lex.intent_verbs and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "to") for o in (tok, *tok.children) for c in o.children
            if o is tok or o.dep_ == "dobj"):
        return type_  # "would not discuss the case": a future of speech, no promise (nor, negated, a refusal);
        # "would not discuss the dam with Ethiopia" refuses Ethiopia
    intended = tok.lemma_ in lex.intent_verbs or any(c.dep_ == "aux" and c.lower_ in lex.intent_modals
                                                      for c in tok.children)
    t = tok
    while not intended and (t.dep_ in ("xcomp", "conj") or _own_infinitive(t)) and t.head is not t:
        came, t = t.dep_, t.head
        if came == "conj" and tok.tag_ in ("VBD", "VBZ") and t.tag_ == "VB":
            break  # "threatened to strike X and accused Y": a finite verb the parser hung on the infinitive is the
            # main verb's conjunct, promised by no one
        if came == "conj":  # a sibling verb intends nothing for its conjunct ("promised aid and attacked X")
            continue
        if t.dep_ == "conj" and t.lemma_ not in lex.intent_verbs:
            continue  # a conjunct verb an infinitive hangs on intends it only by its own word ("accused X and threatened
            # to strike Y"), not by an aspect ("... and will continue to investigate")
        intended = t.lemma_ in lex.intent_verbs or (t.pos_ == "ADJ" and t.lemma_ in lex.intent_adjectives) or (
            t.lemma_ in ASPECT and any(c.dep_ == "aux" and c.lower_ in lex.intent_modals for c in t.children))
        if t.pos_ == "ADJ" and not intended:
            break
    if not intended:
        return type_
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
           for c in tok.children):
        return "THREATEN"
    return "AGREE" if PLOVER_SIGN[type_] > 0 else ("THREATEN" if PLOVER_SIGN[type_] < 0 else type_)
