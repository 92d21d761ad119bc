"""Who is the subject, object and agent of a trigger in a spaCy dependency parse.

Handles the shapes reporting uses: passive with a "by" agent, coordinated verbs sharing a
subject, object or agent, relative clauses, participial openers and reduced relatives,
control of infinitives and gerunds ("organized to fight", "started arming"), and partitive
or quantified noun phrases ("most of which", "hundreds of fighters").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.name_shapes import lead_modifier
from ..casing import title_case as title_case  # re-exported: the rule modules import it from here

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJ = ("nsubj", "nsubjpass", "csubj", "csubjpass")
# "changed his account to say X did Y": an infinitive of saying on an account restates a claim; it is no purpose,
# and the account's owner (the clause subject) says it.
SAYING = frozenset({"say", "state", "show", "confirm", "acknowledge", "admit", "reveal", "note", "assert", "claim"})
ACCOUNTS = frozenset({"account", "statement", "testimony", "report", "story", "version", "claim", "assessment",
                      "estimate", "tally", "guidance", "position"})
RELATIVE = {"that", "which", "who", "whom", "whose"}
VERBAL = {"VERB", "AUX"}
WH = frozenset({"WDT", "WP", "WP$", "WRB"})  # wh-words' tags
# one-preposition sets for `prep_objects` ("the arrest of X", "clashes with Y"), shared by the rule modules
BETWEEN = frozenset({"between"})
FOR = frozenset({"for"})
FROM = frozenset({"from"})
IN = frozenset({"in"})
OF = frozenset({"of"})
TO = frozenset({"to"})
WITH = frozenset({"with"})
# aims one holds ("has no intention of", "announced plans to") and the verbs that hold them: the act is the holder's
AIMS = frozenset({"intention", "intent", "plan", "desire", "wish", "willingness", "readiness", "interest", "ambition",
                  "hope", "aim", "goal"})
HOLDING = frozenset({"have", "announce", "express", "show", "signal", "harbor", "harbour", "lack", "abandon", "drop",
                     "deny", "voice", "unveil", "outline"})
# Verbs whose object is a place or party come to, not a doer sent: "visited Washington to seek aid" -- the visitor
# seeks it (a purpose clause's subject is the main clause's), unlike "sent troops to fight X".
# Verbs that move a party's own forces: "deployed troops to fight X" -- the deployer fights, through its troops
DEPLOYING = frozenset({"deploy", "send", "dispatch", "mobilize", "mobilise", "mass", "station", "rush", "position",
                       "move", "redeploy", "commit"})
VISITS = frozenset({"visit", "tour", "meet", "host", "receive", "welcome", "phone", "telephone", "ring", "contact",
                    "enter", "leave", "cross", "reach", "attend", "join", "invade", "address", "approach"})


# Means a "by" phrase names, never a doer ("spoke by phone", "travelled by road", "met by video link").
MEANS = frozenset({"phone", "telephone", "videophone", "video", "videoconference", "teleconference", "link", "email",
                   "e-mail", "letter", "mail", "post", "radio", "satellite", "road", "air", "sea", "land", "rail", "foot",
                   "hand", "accident", "mistake"})  # no craft: "killed by army helicopters" names the force


def by_means(b: Token) -> bool:
    """A "by" phrase whose noun is a means ("by phone", "by video link"), not an agent."""
    return any(p.dep_ == "pobj" and p.lemma_.lower() in MEANS for p in b.children)


def is_passive(v: Token) -> bool:
    """A passive clause, or a past participle used as a reduced relative or opener ("Raised by X, ...")."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in v.children):
        return True
    if any(c.dep_ == "agent" and not (by_means(c) and v.tag_ in FINITE) for c in v.children):  # "condemned the
        # killing of X by Y": Y's "by" strayed to the verb; "Ruto and Museveni spoke by phone" is active
        return not ({"nsubj", "dobj"} <= {c.dep_ for c in v.children} and v.tag_ in ("VBD", "VBZ", "VBP"))
    if v.tag_ == "VBN" and v.dep_ in ("acl", "advcl", "amod"):
        if bare_relative_object(v) is not None:
            return False  # "the Houthis the coalition bombed": the coalition bombed them
        if v.dep_ == "acl" and any(c.dep_ == "dobj" for c in v.children) and fragment_subject(v):
            return False  # "On 2 May, militants attacked a village": a misparsed main verb, not a reduced relative
        return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children)
    if v.tag_ == "VBN" and v.dep_ == "acomp" and v.head.lemma_ == "be" and all(
            c.dep_ in ("advmod", "neg", "punct", "agent") or (c.dep_ == "prep" and c.lower_ == "by") for c in v.children):
        return True  # "officers who were slain": a participle the parser made the complement of "be" ("is opposed
        # to", "was interested in" stay states of mind)
    if v.tag_ == "VBN" and v.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in v.children) and not any(
            c.dep_ in ("aux", "dobj") for c in v.children):
        return True  # "Three soldiers killed in an ambush were buried": a participle the parser made the root
    if v.tag_ == "VBN" and v.dep_ == "conj" and v.head is not v and not any(
            c.dep_ in SUBJ or c.dep_ == "aux" for c in v.children):
        return is_passive(v.head)  # "two men were shot and killed": killed shares the passive
    return False


def bare_relative_object(v: Token) -> Token | None:
    """"The Houthis the coalition bombed in Yemen vowed revenge": a past verb the parser hung as a participle on the
    noun phrase right after another noun is an object relative; the noun before is its object (returned)."""
    n = v.head
    if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or n.i > v.i or n.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("dobj", "agent", "auxpass", "aux", "nsubjpass") or c.lower_ == "by" for c in v.children):
        return None
    first = n.left_edge
    if first.dep_ != "det" or first.lower_ not in ("the", "a", "an") or first.i == 0:
        return None
    o = v.doc[first.i - 1]
    while o.dep_ == "compound" and o.head.i > o.i and o.head.i < first.i:
        o = o.head
    if o.pos_ not in ("NOUN", "PROPN") or o.dep_ not in ("nsubj", "nsubjpass", "dobj", "ROOT") \
            or o.ent_type_ in ("DATE", "TIME") or o.head.i == n.i:
        return None
    return o


def fragment_subject(v: Token) -> bool:
    """A verb the parser hung as a participle on the noun that is really its subject: the noun is the sentence's
    root, or the object of an opening date phrase ("On 2 May 2020, villagers [acl: fled] ...")."""
    n = v.head
    if n.i == v.i or n.pos_ not in ("NOUN", "PROPN", "PRON") or n.i > v.i:
        return False
    if n.dep_ == "ROOT":
        return True
    p = n.head
    return n.dep_ in ("pobj", "conj") and p.dep_ == "prep" and p.i == p.sent.start and any(
        t.ent_type_ == "DATE" for t in p.subtree if t.i < n.i)


FINITE = ("VBD", "VBZ", "VBP")
# What a text says is its author's saying ("his statement accusing X", "a letter from Iran urging Y").
DOCUMENTS = frozenset({"statement", "letter", "report", "lawsuit", "suit", "complaint", "speech", "address",
                       "message", "post", "tweet", "petition", "communique", "communiqué", "editorial", "article",
                       "filing", "memo", "note", "video", "broadcast", "interview", "op-ed", "column"})
# Verbs whose next noun may open a clause of their own ("said Iran and Russia agreed"): never split after them.
CLAUSE_VERBS = frozenset({"say", "tell", "claim", "believe", "think", "report", "announce", "warn", "insist", "argue",
                          "suggest", "add", "note", "confirm", "deny", "know", "fear", "hope", "expect", "show",
                          "reveal", "acknowledge", "admit", "allege", "assert", "state", "learn", "find", "see",
                          "hear", "feel", "understand", "mean", "ensure", "agree", "decide", "indicate", "estimate",
                          "predict", "doubt", "suspect", "realize", "realise", "recall", "accept", "declare",
                          "demand", "explain", "testify", "write", "tweet", "complain", "ask", "wonder"})


def split_clause(y: Token) -> Token | None:
    """The verb whose subject `y` really is, when the parser joined two clauses at their nouns ("Iran armed the
    Houthis and Saudi Arabia bombed Sanaa": Saudi Arabia is no conjunct of the Houthis but bombs), else None."""
    doc = y.doc
    if y.dep_ != "conj" or y.pos_ not in ("NOUN", "PROPN") or y.i + 1 >= len(doc):
        return None
    x, v = y.head, doc[y.i + 1]
    if v.text == ",":  # "and Peddar, of Brent, denies ...": a place or title set off by commas
        k = y.i + 2
        while k < min(len(doc) - 1, y.i + 10) and doc[k].pos_ in ("PUNCT", "ADP", "PROPN", "NOUN", "DET", "ADJ", "NUM") \
                and doc[k].text not in (".", ";", ":"):
            k += 1
        v = doc[k] if doc[k - 1].text == "," else v
    if x.pos_ not in ("NOUN", "PROPN", "PRON") or x.i >= y.i or v.pos_ != "VERB" or v.tag_ not in FINITE:
        return None
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in doc[x.i + 1:y.i]):
        return None
    if any(c.dep_ in SUBJ and c.i != x.i for c in v.children):
        return None
    before = x.left_edge.i - 1
    if before < 0:
        return None
    v1 = doc[before]
    if v1.pos_ != "VERB" or v1.i == v.i or v1.tag_ == "VBN" or v1.lemma_.lower() in CLAUSE_VERBS \
            or any(c.dep_ == "dobj" and c.i != x.i for c in v1.children):
        return None  # the first noun must follow a verb that governs it ("armed the Houthis")
    return v


def conjuncts(tok: Token) -> list[Token]:
    """The token and the nouns or verbs coordinated with it ("Iran and Syria", "arming and training")."""
    out = [tok] + shared_head(tok) + relative_parallels(tok)
    stack = [c for c in tok.children if c.dep_ == "conj" and split_clause(c) is None and relative_parallel(c) is None]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj" and split_clause(x) is None
                     and relative_parallel(x) is None)
    return out


def _opens_relative(t: Token) -> bool:
    """A comma then a relative pronoun follow the phrase `t` heads (", which ...", ", who ...")."""
    doc, k = t.doc, t.right_edge.i
    return k + 2 < len(doc) and doc[k + 1].text == "," and doc[k + 2].lower_ in RELATIVE and doc[k + 2].tag_ in WH


def relative_parallel(c: Token) -> Token | None:
    """"Russia, which backs Assad, and Turkey, which supports the rebels, ...": the parser made Turkey a conjunct of
    the first clause's object; a party set off with its own relative clause after ", and" is coordinated with the
    first clause's antecedent (returned), never with its object."""
    if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN") or not _opens_relative(c):
        return None
    doc = c.doc
    cc = next((t for t in doc[c.head.i + 1:c.i] if t.dep_ == "cc" and t.head.i == c.head.i), None)
    if cc is None or cc.i == 0 or doc[cc.i - 1].text != ",":
        return None
    t = c.head
    for _ in range(5):  # up from the object through its prepositions and coordinated nouns to the clause's verb
        if t.dep_ == "relcl":
            break
        if t.head.i == t.i or t.dep_ not in ("dobj", "pobj", "prep", "conj", "attr", "dative"):
            return None
        t = t.head
    head = t.head
    if t.dep_ != "relcl" or head.pos_ not in ("NOUN", "PROPN") or head.i >= t.i:
        return None
    pron = t.left_edge
    if pron.lower_ not in RELATIVE or pron.i == 0 or doc[pron.i - 1].text != ",":
        return None
    return head


def relative_parallels(tok: Token) -> list[Token]:
    """The parties `relative_parallel` coordinates with `tok` (an antecedent of a clause set off by commas)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    out: list[Token] = []
    for r in tok.children:
        if r.dep_ == "relcl" and r.i > tok.i:
            out.extend(c for c in r.subtree if c.dep_ == "conj" and (a := relative_parallel(c)) is not None
                       and a.i == tok.i)
    return out


def shared_head(tok: Token) -> list[Token]:
    """"the Japanese and UK governments", "Syrian and Russian forces": the other peoples or states coordinated before a
    plural noun, each standing for its own party (the one next to the noun is the noun's own)."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    out: list[Token] = []
    for m in tok.lefts:
        if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE"):
            group = [m] + [c for c in m.children if c.dep_ == "conj" and c.ent_type_ in ("NORP", "GPE")]
            if len(group) > 1:
                out.extend(x for x in group if x.i != tok.i - 1)
    return out


def _split_subject(v: Token) -> Token | None:
    """The subject `split_clause` gives back to `v`."""
    if v.i == 0 or v.tag_ not in FINITE:
        return None
    for k in range(v.i - 1, max(v.sent.start, v.i - 10) - 1, -1):
        y = v.doc[k]
        split = split_clause(y) if y.dep_ == "conj" else None
        if split is not None and split.i == v.i:
            return y
    return None


SUBORDINATORS = frozenset({"as", "while", "when", "after", "before", "because", "since", "until", "whereas"})


def _subordinate_subject(v: Token) -> list[Token]:
    """A finite verb the parser joined to the main clause whose subject it read as the object of a subordinating
    "as", "while", ... right before it ("talks go on as Armenia and Azerbaijan accuse each other"): that noun (and
    its conjuncts) is the subject; [] when the words before the verb are no such phrase."""
    if v.tag_ not in FINITE or v.i == 0:
        return []
    x = first_conjunct(v.doc[v.i - 1])
    if x.dep_ != "pobj" or x.pos_ not in ("NOUN", "PROPN", "PRON") or x.head.lower_ not in SUBORDINATORS \
            or x.head.i != x.left_edge.i - 1 or v.doc[v.i - 1].right_edge.i != v.i - 1:
        return []
    return conjuncts(x)


def _split_object(v: Token) -> Token | None:
    """The object `split_clause` gives back to `v` ("armed [the Houthis] and Saudi Arabia bombed")."""
    doc = v.doc
    if v.i + 1 >= len(doc):
        return None
    x = doc[v.i + 1]
    while x.head.i != x.i and x.head.i > x.i and x.head.left_edge.i == v.i + 1 and x.dep_ not in SUBJ + ("dobj",):
        x = x.head
    if x.left_edge.i != v.i + 1 or x.dep_ not in SUBJ or x.head.i == v.i:
        return None
    return x if any(split_clause(c) is not None for c in x.children if c.dep_ == "conj") else None


def restated(v: Token) -> bool:
    """"shifted his account to say", "revised its statement to show": what follows is the (new) claim."""
    return v.lemma_.lower() in SAYING and v.dep_ in ("advcl", "xcomp") and any(
        o.dep_ == "dobj" and o.lemma_.lower() in ACCOUNTS for o in v.head.children)


def subjects(v: Token, depth: int = 0) -> list[Token]:
    """Surface subjects of a verb (or predicate), inherited through coordination, control and participles."""
    split = _split_subject(v)
    if split is not None:
        return [split]
    own = [c for c in v.children if c.dep_ in SUBJ]
    if not own:  # the parser sometimes hangs the subject on the auxiliary ("it had armed")
        own = [s for a in v.children if a.dep_ in ("aux", "auxpass") for s in a.children if s.dep_ in SUBJ]
    if own and v.dep_ == "relcl" and all(s.tag_ in WH for s in own) and (member := partitive_member(v)):
        return member  # "X was among the states that joined the campaign": X joined it
    own = [x for s in own for x in _named_we(s)]  # "We, the leaders of A and B, condemn": A and B
    if own and (pair := _pair_antecedents(v, own)):
        return pair  # "Nepal and Bhutan, which blame X": both blame X
    if not own and v.tag_ == "VBG":  # "Egypt's arming Haftar": the possessor of a gerund does it
        own = [c for c in v.children if c.dep_ == "poss"] or [q for q in [gerund_possessor(v)] if q is not None]
    if v.tag_ == "VBG" and (gen := _genitive_before(v)) and all(s.i < gen[0].i for s in own):
        own = gen  # "see nothing wrong with Qatar's arming X": Qatar, not "nothing"
    if len(own) > 1:  # "The Houthis the coalition bombed vowed revenge": the coalition is the relative's subject
        own = [s for s in own if not any((o := bare_relative_object(a)) is not None and o.i in {x.i for x in own}
                                         for a in s.children if a.dep_ == "acl")] or own
    if own:  # "KABUL (AP) — A woman ... says": the woman, not the dateline the parser made a subject
        own = [dateline_subject(s) or s for s in own]
        dash = dateline_end(own[0])  # the subjects share one sentence
        return [t for s in ([s for s in own if s.i > dash] or own) for t in conjuncts(s)]
    lead = [c for c in v.children if c.dep_ == "ccomp" and c.i < v.i and c.pos_ == "VERB" and c.tag_ in FINITE
            and c.lemma_.lower() not in CLAUSE_VERBS] if v.dep_ == "ROOT" and v.tag_ in FINITE else []
    if lead:  # "Russia considers X a threat, bans its rallies and accuses Y": the parser made the first clause a
        return subjects(lead[0], depth + 1)  # complement of the second, whose subject it is
    if depth > 6 or v.head is v:
        return []
    head, dep = v.head, v.dep_
    described = described_object(v)
    if described is not None:  # "police arrested a man, accused of spying": the man is accused
        return [described]
    member = partitive_member(v)
    if member:  # "Jordan is one of the countries taking part in the campaign": Jordan takes part
        return member
    if dep == "conj" and head.pos_ in ("NOUN", "PROPN") and v.tag_ in FINITE:
        host = _noun_host(head)  # "X regards A and B as Y and blames Z": the parser made "blames" B's conjunct
        return subjects(host, depth + 1) if host is not None else []
    if dep == "conj" and (teller := _quote_teller(v, head)) is not None:
        return subjects(teller, depth + 1)  # 'X said "we are at risk" and called for Y to ...': X calls
    if dep == "conj" and (after := _subordinate_subject(v)):
        return after  # "X hosts talks as A and B accuse each other": the parser made "as A and B" a phrase
    if dep == "conj":
        return subjects(head, depth + 1)
    if dep == "acl" and head.lemma_.lower() in DOCUMENTS and v.i > head.i:
        owner = [c for c in head.children if c.dep_ == "poss"] + [
            p for c in head.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for p in c.children
            if p.dep_ == "pobj"]
        if owner:  # "his statement accusing the police", "a letter from Iran urging ...": its author
            return [t for o in owner for t in conjuncts(o)]
    if dep == "acl" and held_aim(head):  # "has no plans to cooperate", "announced its plans to withdraw"
        return [c for c in head.children if c.dep_ == "poss"] or subjects(head.head, depth + 1)
    if dep == "acl" and head.lemma_.lower() in AIMS and (owner := [c for c in head.children if c.dep_ == "poss"]):
        return owner  # "the announcement of their readiness to arm X": theirs
    if dep in ("acl", "relcl") and head.lemma_.lower() == "way" and head.dep_ == "pobj" and head.head.lower_ == "on":
        host = _noun_host(head.head)  # "has agents on the way to assist X": the one sending them
        return subjects(host, depth + 1) if host is not None else []
    if dep in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return [head]
    if dep == "xcomp" or (dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < v.i]
        if head.lemma_.lower() in VISITS:
            objs = []  # "visited Washington to seek aid", "joined US-led talks to end the war": the visitor does it
        if objs and head.pos_ in VERBAL and not restated(v):
            return objs
        if head.pos_ in VERBAL and head.lemma_.lower() in ("call", "appeal", "prevail", "rely", "count"):
            asked = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and c.i < v.i
                     for p in c.children if p.dep_ == "pobj"]  # "called on the UN to provide": the UN provides
            if asked:
                return asked
        if head.pos_ == "ADJ":
            return subjects(head.head, depth + 1)
        return subjects(head, depth + 1)
    if dep == "pcomp" and head.dep_ == "prep":
        return controller(head, depth)
    if dep in ("advcl", "acomp", "pcomp", "prep"):
        target = head.head if dep == "pcomp" else head
        return subjects(target, depth + 1)
    return []


PLURAL_AUX = frozenset({"are", "were", "have"})
def _named_we(s: Token) -> list[Token]:
    """A pronoun set off with the party it stands for ("We, the leaders of Brazil and Chile, ...", "They, the
    rebels, ..."): its apposition (one party for the group, not each member's act with each other)."""
    appos = next((a for a in s.children if a.dep_ == "appos"), None) if s.pos_ == "PRON" else None
    return [appos if appos is not None else s]


def first_conjunct(t: Token) -> Token:
    """The first of the conjuncts a token is one of ("Yemen" in "in Syria and Yemen" -> "Syria")."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def _pair_antecedents(v: Token, own: list[Token]) -> list[Token]:
    """"Nepal and Bhutan, which blame X": a plural verb after ", which" that follows a coordination is each
    conjunct's, also when the parser did not make it a relative clause; a singular or past verb is left alone."""
    pron = own[0]
    if len(own) != 1 or pron.tag_ not in WH or pron.lower_ not in RELATIVE or pron.i < 3:
        return []
    doc = pron.doc
    plural = v.tag_ == "VBP" or any(a.dep_ in ("aux", "auxpass") and a.lower_ in PLURAL_AUX for a in v.children)
    last = doc[pron.i - 2]
    if not plural or doc[pron.i - 1].text != "," or last.dep_ != "conj" or last.pos_ not in ("NOUN", "PROPN"):
        return []
    first = first_conjunct(last)
    group = conjuncts(first)
    return group if first.pos_ in ("NOUN", "PROPN") and last in group else []


QUOTE_MARKS = frozenset({'"', "“", "”"})


def _quote_teller(v: Token, head: Token) -> Token | None:
    """'X said "we are at risk" and called for Y to ...': a verb coordinated, after the quotation closes, with the
    quotation's own verb is the teller's (the verb of saying just before the quotation opens), not the quotation's."""
    doc = v.doc
    marks = [t.i for t in doc[head.sent.start:v.i] if t.text in QUOTE_MARKS]
    if len(marks) < 2 or not marks[-2] < head.i < marks[-1] < v.i:
        return None
    opened = marks[-2]
    return next((t for t in reversed(doc[max(0, opened - 12):opened]) if t.lemma_.lower() in CLAUSE_VERBS
                 and t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children)), None)


def _noun_host(t: Token) -> Token | None:
    """The verb a noun phrase hangs on, up through coordination, prepositions and appositions."""
    for _ in range(6):
        if t.pos_ in VERBAL:
            return t
        if t.head.i == t.i or t.dep_ not in ("conj", "dobj", "pobj", "prep", "appos", "attr", "dative", "nsubj"):
            return None
        t = t.head
    return None


DASHES = frozenset({"—", "–", "-", "--"})
# Participles that say what a person is held for or known as ("a man, accused of spying", "two men suspected of"):
# set off after a verb's object, they describe that object, however the parser hung them.
DESCRIBING = frozenset({"accuse", "suspect", "charge", "convict", "wanted", "want", "allege", "believe", "link",
                        "tie", "blame", "identify", "indict", "sentence"})
MEMBERSHIP = frozenset({"of", "among"})


def dateline_end(t: Token) -> int:
    """The index of the dash that closes a dateline opening `t`'s sentence ("KABUL (AP) —", "SRINAGAR, India
    (Reuters) -"), or -1 when the sentence opens with none."""
    sent = t.sent
    for tok in sent[:10]:
        if tok.text in DASHES and tok.i > sent.start:  # a city in capitals or an agency in brackets before it
            return tok.i if any((w.is_upper and len(w) > 2) or w.text == "(" for w in sent[:tok.i - sent.start]) else -1
        if not (tok.is_space or tok.is_punct or tok.pos_ == "PROPN"):
            return -1
    return -1


def dateline_subject(s: Token) -> Token | None:
    """"KABUL (AP) — A woman ... says": the parser made the dateline the clause subject and hung the real subject on it
    as an apposition (or a conjunct) after the dash; that one."""
    if s.pos_ != "PROPN" or any(not t.is_space for t in s.doc[s.sent.start:s.i]):
        return None
    dash = dateline_end(s)
    if dash < s.i:
        return None
    return next((c for c in s.children if c.dep_ in ("appos", "conj") and c.i > dash), None)


def described_object(v: Token) -> Token | None:
    """The object a participle set off after it describes ("arrested a man, left, accused of collaborating"), for
    the participles of suspicion and charge the parser hangs on the main verb."""
    if v.dep_ != "advcl" or v.tag_ != "VBN" or v.lemma_.lower() not in DESCRIBING or v.i < v.head.i:
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark") or c.dep_ in SUBJ for c in v.children):
        return None
    objs = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i]
    if not objs or v.doc[v.i - 1].text != "," or is_passive(v.head):
        return None
    obj = objs[-1]
    between = [t for t in v.doc[obj.right_edge.i + 1:v.i] if not t.is_punct]
    return obj if all(t.head.i == v.head.i and t.dep_ in ("advcl", "advmod") for t in between) else None


def partitive_member(v: Token) -> list[Token]:
    """"X is one of several countries participating in", "X was among the states that joined": the subject of the
    copula is a member of the group the clause describes, and does its act."""
    if v.dep_ not in ("acl", "relcl") or v.head.dep_ != "pobj" or v.head.tag_ not in ("NNS", "NNPS"):
        return []
    prep = v.head.head
    if prep.dep_ != "prep" or prep.lower_ not in MEMBERSHIP:
        return []
    top = prep.head
    if prep.lower_ == "of" and (top.lower_ != "one" or top.dep_ != "attr"):
        return []
    cop = top.head if prep.lower_ == "of" else top
    if cop.lemma_ != "be":
        return []
    return [t for s in cop.children if s.dep_ == "nsubj" for t in conjuncts(s)]


def condition_parties(v: Token, told: bool = False) -> list[Token]:
    """Whom a threat's condition asks to act: "will storm the line unless New Delhi ends its violence", "will strike
    if NATO does not halt"; with `told`, also the "unless" in the clause a warning tells ("warned that ...")."""
    out: list[Token] = []
    for c in (v, *(k for k in v.children if told and k.dep_ == "ccomp")):
        for a in c.children:
            marks = {m.lower_ for m in a.children if m.dep_ == "mark"}
            if a.dep_ == "advcl" and ("unless" in marks or (c is v and "if" in marks and any(
                    n.dep_ == "neg" for n in a.children))):  # a told "if ... not" may only forecast
                out.extend(subjects(a))
    return out


# Efforts one launches or makes ("launched a new bid to retake X", "made an attempt to reach Y"): the launcher's act.
EFFORTS = frozenset({"bid", "effort", "attempt", "push", "drive", "offensive"})
LAUNCHING = frozenset({"launch", "make", "mount", "begin", "start", "renew", "lead", "stage", "undertake", "intensify",
                       "redouble"})


def held_aim(n: Token) -> bool:
    """"has no intention", "announced plans", "showed a willingness", "launched a bid": an aim or effort the verb's
    subject holds or makes, whose act (in its "of" or "to" clause) is the subject's own."""
    if n.pos_ != "NOUN" or n.dep_ != "dobj":
        return False
    lemma, verb = n.lemma_.lower(), n.head.lemma_.lower()
    return (lemma in AIMS and verb in HOLDING) or (lemma in EFFORTS and verb in LAUNCHING)


def controller(prep: Token, depth: int = 0) -> list[Token]:
    """Who does the gerund under `prep`: the object of "accused X of arming", "blamed X for attacking",
    "stopped X from fighting"; the possessor of "its involvement in arming"; else the clause subject."""
    h = prep.head
    if h.pos_ in VERBAL and prep.lower_ == "by" and is_passive(h):
        return []  # "people displaced by fighting": the act is the passive's agent, not something its subject does
    if h.pos_ in VERBAL:
        objs = [c for c in h.children if c.dep_ in ("dobj", "dative") and c.i < prep.i]
        if objs and prep.lower_ in ("of", "for", "from", "over", "against"):
            return [t for o in objs for t in conjuncts(o)]
        return subjects(h, depth + 1)
    if h.pos_ in ("NOUN", "PROPN", "PRON"):
        poss = [c for c in h.children if c.dep_ == "poss"]
        if poss:
            return poss
        if held_aim(h):  # "has no intention of cooperating": whoever has the intention
            return subjects(h.head, depth + 1)
        if h.dep_ in ("dobj", "dative") and prep.lower_ in ("of", "for") and h.head.pos_ in VERBAL:
            return [h]  # "accused Iran of arming" with "of" hung on the object
        if h.dep_ in ("dobj", "nsubjpass", "attr") and h.head.pos_ in VERBAL:
            return subjects(h.head, depth + 1)  # "denied involvement in arming", "took part in attacking"
        return []
    return subjects(h, depth + 1)


def agents(v: Token) -> list[Token]:
    """The "by" agents of a passive verb, also when the parser hung "by" on a complement or on a conjunct."""
    def own(t: Token) -> list[Token]:
        found: list[Token] = []
        for c in t.children:
            if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")) and not by_means(c):
                found.extend(p for b in (c, *(x for x in c.children if x.dep_ == "conj" and x.lower_ == "by"
                                              and c.dep_ == "agent"))  # "by X and by Y" (a parsed agent only)
                             for p in b.children if p.dep_ == "pobj")
            elif c.dep_ in ("prep", "oprd", "attr") and c.lower_ != "by":
                for p in (c.children if c.dep_ == "prep" else [c]):
                    for b in p.children:
                        if b.dep_ == "prep" and b.lower_ == "by":
                            found.extend(x for x in b.children if x.dep_ == "pobj")
        return found

    found = own(v)
    if not found:
        for c in conjuncts(v)[1:]:
            if c.pos_ in VERBAL and is_passive(c):
                found = own(c)
                if found:
                    break
    if not found and v.tag_ == "VBN":
        found = _deep_agents(v)
    return [t for a in found for t in conjuncts(a)]


def _deep_agents(v: Token) -> list[Token]:
    """"were killed in an assault on a village outside X by army artillery": a passive's "by" the parser hung on a
    noun deep in its "in" phrase (never on a participle there: "a raid on a house held by rebels")."""
    for n in prep_objects(v, IN):
        for b in n.subtree:
            if b.dep_ == "prep" and b.lower_ == "by" and b.head.pos_ in ("NOUN", "PROPN") and not by_means(b):
                return [p for p in b.children if p.dep_ == "pobj" and p.ent_type_ not in ("GPE", "LOC", "FAC", "DATE",
                                                                                          "TIME")]
    return []


def genitive(t: Token) -> bool:
    """The noun carries a possessive "'s" ("Egypt's")."""
    return any(k.tag_ == "POS" for k in t.children)


def _genitive_before(v: Token) -> list[Token]:
    """"with Qatar's or Turkey's arming the militias", the genitives hung elsewhere by the parser: the noun whose
    "'s" stands right before the gerund, with the nouns joined to it (their first one only, as a subject)."""
    if v.i < 2 or v.doc[v.i - 1].tag_ != "POS" or v.doc[v.i - 1].head.head.i == v.i:
        return []
    owner = v.doc[v.i - 1].head
    return [first_conjunct(owner)] if owner.pos_ in ("NOUN", "PROPN") and owner.i < v.i else []


def gerund_possessor(v: Token) -> Token | None:
    """"with Egypt's arming Haftar" parsed as a possessed noun "Haftar" with an adjective "arming": the possessor,
    who does the gerund (whose object is the noun)."""
    h = v.head
    if v.tag_ != "VBG" or v.dep_ != "amod" or h.i <= v.i or h.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in h.children if c.dep_ == "poss" and c.i < v.i and c.pos_ in ("NOUN", "PROPN")
                 and genitive(c)), None)


def objects(v: Token) -> list[Token]:
    """Direct objects, shared with a following coordinated verb ("fighting and killing X")."""
    if gerund_possessor(v) is not None:
        return conjuncts(v.head)
    if v.tag_ == "VBG" and any(c.dep_ == "nsubj" and genitive(c) for c in v.children) \
            and v.i + 1 < len(v.doc) and (n := v.doc[v.i + 1]).pos_ == "PROPN" and n.head.i > n.i:
        return [n]  # "Egypt's arming Haftar angered X": the gerund is a noun phrase, the next name its object
    own = [c for c in v.children if c.dep_ == "dobj"]
    split = _split_object(v) if not own else None
    if split is not None:
        return [split]
    if not own:  # "designated X a terrorist group": the parser makes X a dative and the label its apposition
        own = [c for c in v.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")
               and any(x.dep_ in ("appos", "oprd") for x in c.children)]
    if own:  # "fighting X ... as well as Y" where the parser hung Y on the verb
        own += [c for c in v.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > own[0].i]
    if not own:
        for c in conjuncts(v)[1:]:
            own = [x for x in c.children if x.dep_ == "dobj"]
            if own:
                break
    if not own and (head := relative_object(v) or bare_relative_object(v)) is not None:
        said = [c for c in head.head.children if c.dep_ == "nsubj"] if head.dep_ == "attr" \
            and head.head.lemma_ == "be" else []
        own = said[:1] or [head]  # "The rebels are a threat the army has been fighting": the rebels
    return [t for o in own for t in conjuncts(o)]


def relative_object(v: Token) -> Token | None:
    """"the militia the army has been fighting", "a center Russia runs in Serbia": a relative clause with no
    pronoun, its own subject and no object has the noun it hangs on as its object."""
    if v.dep_ != "relcl" or v.pos_ != "VERB" or v.lemma_ == "be" or v.head.i >= v.i \
            or v.head.pos_ not in ("NOUN", "PROPN") or is_passive(v):
        return None
    kids = list(v.children)
    if not any(c.dep_ == "nsubj" and c.tag_ not in WH for c in kids) or any(
            c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "attr", "oprd") or c.tag_ in WH for c in kids):
        return None
    if any(c.dep_ == "prep" and not any(p.dep_ in ("pobj", "pcomp") for p in c.children) for c in kids):
        return None  # "the town the army withdrew from": the stranded preposition's object
    if any(t.tag_ in WH for t in v.doc[v.head.i + 1:v.i]):
        return None
    return v.head


def prep_objects(t: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the listed prepositions attached to `t` ("fight against X", "sanctions on X")."""
    out: list[Token] = []
    for c in t.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
            for q in (c, *(x for x in c.children if x.dep_ == "conj" and x.lower_ == c.lower_)):  # "with A and with B"
                out.extend(x for p in q.children if p.dep_ == "pobj" for x in conjuncts(p))
    return out


def question_clause(c: Token) -> bool:
    """A clause that asks, not one that demands: "asked why the women stayed quiet", "whether X would send troops",
    "on what basis X became involved"."""
    if c.dep_ != "ccomp":
        return False
    if any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children):
        return True
    v, doc = c.head, c.doc
    inside = {w.i for s in c.children if s.dep_ in SUBJ for w in s.subtree} | {
        w.i for o in v.children if o.dep_ in ("dobj", "dative") for w in o.subtree}  # "the troops who ...", "asked X"
    return any(doc[k].tag_ in WH and doc[k].lower_ != "that"
               for k in range(v.i + 1, c.i) if k not in inside)  # "on what basis X became", "why X stayed"


def clause_subject(v: Token) -> list[Token]:
    """Subjects of a that-clause under `v` ("demanded that X ..."); a question asks no one ("asked why X ...")."""
    for c in v.children:
        if question_clause(c):
            continue
        if c.dep_ == "ccomp" or (c.dep_ in ("acl", "advcl") and any(
                m.dep_ == "mark" and m.lower_ in ("that", "for") and (c.dep_ == "acl" or m.lower_ == "for")
                for m in c.children)):  # "demanded that X ...", "called for X to ..."
            return subjects(c)
    return []


def antecedent(t: Token) -> Token | None:
    """The noun a relative pronoun stands for ("militias that ...", "most of which ...")."""
    v = t.head
    for _ in range(4):
        if v.dep_ == "relcl":
            return late_antecedent(t, v.head)
        if v.head is v:
            return None
        v = v.head
    return None


def late_antecedent(pron: Token, head: Token) -> Token:
    """"Russia, which backs Assad, and Turkey, which supports ...": a relative clause the parser hung on the head of
    a coordination stands for the conjunct just before its ", which" (Turkey), not for the head (Assad)."""
    doc, verb = pron.doc, pron.head
    if pron.i < 2 or doc[pron.i - 1].text != ",":
        return head
    one = any(x.tag_ == "VBZ" for x in (verb, *(a for a in verb.children if a.dep_ in ("aux", "auxpass"))))
    return next((c for c in head.subtree if c.dep_ == "conj" and head.i < c.i < pron.i and c.pos_ in ("NOUN", "PROPN")
                 and max(w.i for w in c.subtree if not w.is_punct) == pron.i - 2
                 and ((one and c.tag_ in ("NN", "NNP")) or relative_parallel(c) is not None)), head)
    # a plural or past verb after "X and Y, which" may be the pair's ("Iran and Hezbollah, which backed Assad")


def clause_top(v: Token) -> Token:
    """The finite verb heading the clause of a gerund, infinitive or coordinated verb."""
    while v.dep_ in ("xcomp", "acomp", "conj", "pcomp", "prep") and v.head is not v:
        v = v.head
    return v


def dangling_subject(v: Token) -> Token | None:
    """A verbless noun phrase just before a subjectless clause ("Our friends...\n...have been busy financing X")."""
    doc = v.doc
    top = clause_top(v)
    if top.dep_ != "ROOT":
        return None
    first = lead_modifier(v) if v is top else None
    if first is not None and first.pos_ in ("ADV", "ADJ") and first.text.istitle():
        return first  # "Long shot two officers": a surname the parser read as an adverb (its actor, if any, decides)
    last = doc[top.i - 1] if top.i > top.sent.start else None
    if last is not None and last.pos_ == "PROPN" and last.dep_ == "pobj" and not last.ent_type_ == "DATE" and any(
            c.ent_type_ == "DATE" for c in last.children if c.dep_ in ("compound", "nummod")):
        return last  # "on 1 February Macron criticised X": the parser made the subject the date's last word
    floor = top.sent.start
    if doc[floor].text in ("...", "…") and floor > 0:
        floor = doc[floor - 1].sent.start
    for i in range(top.i - 1, max(floor, top.i - 25) - 1, -1):
        t = doc[i]
        if t.pos_ in VERBAL and t.dep_ == "ROOT":
            return None
        if t.pos_ in ("NOUN", "PROPN") and (t.dep_ == "ROOT" or t.head.pos_ in ("PUNCT", "SPACE", "X", "SYM")):
            return t
    return None


def _relative_noun(s: Token) -> Token:
    """A relative pronoun's noun ("a suspect who told them"), else the word itself."""
    return (antecedent(s) or s) if s.tag_ in WH and s.lower_ in RELATIVE else s


def speaker_of(pron: Token) -> Token | None:
    """For "it"/"they"/"he" in a reported clause, the reporting verb's subject ("Japan said it had halted ...",
    "X denied claims that it armed Y"); for a possessive, the subject of its clause ("X denied its role")."""
    if pron.lower_ not in ("it", "they", "he", "she", "its", "their", "his", "her", "them", "him"):
        return None
    t = pron
    for _ in range(8):
        if t.head is t:
            break
        if t.dep_ == "ccomp" or (t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.dep_ in ("dobj", "pobj")):
            v = t.head if t.dep_ == "ccomp" else t.head.head
            while v.pos_ not in VERBAL and v.head.i != v.i:  # spaCy makes a new Token per access: `is` never holds
                v = v.head
            subj = [s for s in map(_relative_noun, subjects(v)) if s.pos_ != "PRON"]  # "a suspect who told
            return subj[0] if subj else None  # them he had shot X": the suspect, not the one telling of him
        t = t.head
    if pron.dep_ == "poss" and pron.head.dep_ in ("dobj", "pobj"):
        v = pron.head.head
        while v.pos_ not in VERBAL and v.dep_ in ("prep", "pobj", "dobj") and v.head is not v:
            v = v.head
        if v.pos_ in VERBAL:
            subj = [s for s in subjects(v) if s.pos_ != "PRON"]
            return subj[0] if subj else None
    return None


def to_clause(c: Token) -> bool:
    """An infinitive the parser hung as an adverbial clause ("vowed on Monday to fight X"), not a purpose ("in
    order to", "so as to")."""
    return c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
        and not any(m.dep_ == "mark" for m in c.children) and c.i > c.head.i


def directed(v: Token) -> bool:
    """"told Israel to halt", "Israel was advised to leave": whom the verb asks (its object, or a passive's subject)
    and the "to"-infinitive it asks of them."""
    kids = list(v.children)
    asked = [c.i for c in kids if c.dep_ in ("dobj", "dative", "nsubjpass")]
    return any(c.dep_ == "xcomp" and c.i > min(asked) and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in kids) if asked else False


def adjunct_words(v: Token, before: int) -> set[int]:
    """Words of `v`'s subjectless non-finite adjuncts that end before `before` ("While challenging X to say whether Y
    was ..., he urged", "Asked whether Y would resign, he said"): their doer is `v`'s subject, so a subject inside
    them is someone that doer speaks of, no antecedent of `v`'s subject pronoun."""
    out = {w.i for c in v.children if c.dep_ in ("advcl", "prep") and c.right_edge.i < before
           for a in (c, *(g for g in c.children if g.dep_ == "pcomp"))
           if a.tag_ in ("VBG", "VBN", "VB") and not any(s.dep_ in SUBJ for s in a.children)
           for w in a.subtree}
    sent, doc = v.sent, v.doc
    first = next((t for t in sent if t.dep_ not in ("mark", "advmod", "punct") and t.pos_ != "SCONJ"), None)
    if before > sent.start and doc[before - 1].text == "," and first is not None and first.i < before \
            and first.tag_ in ("VBG", "VBN") and not any(s.dep_ in SUBJ for s in first.children):
        out.update(range(sent.start, before - 1))  # the parser hung the opener's inner clause on the main verb
    return out
