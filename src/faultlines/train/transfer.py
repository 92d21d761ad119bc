"""Rule candidates recast as open ones: their context features with the trigger's word masked, so that the judge
can type a verb it has never seen by the frame and sentence it sits in (``--transfer W``)."""

from __future__ import annotations

from ..events.proposer import OPEN

# Features that name the trigger's own word: an open verb never shares them with a rule trigger.
WORDY = ("l=", "lc=", "w=", "lpol=", "lv=", "lsu=", "lob=", "lpr=")


def masked(feats: list[str], cand: str) -> list[str]:
    """The features of a rule candidate of type `cand` as an open candidate's: word features dropped, the
    candidate type (and mode) replaced by OPEN."""
    out = []
    for f in feats:
        if f.startswith(WORDY):
            continue
        if f.startswith("m="):
            out.append(f"m={OPEN}:None")
        elif f == f"c={cand}" or f == f"modc={cand}" or f == f"repc={cand}":
            out.append(f"{f.split('=')[0]}={OPEN}")
        elif f.endswith(f"|{cand}"):
            out.append(f[: -len(cand)] + OPEN)
        else:
            out.append(f)
    return out


def transferred(X: list[list[str]], y: list[str], names: list[str], cands: list[str], groups: list[str],
                ) -> tuple[list[list[str]], list[str], list[str], list[str], list[str]]:
    """Masked copies of the labelled rule candidates of the wire sets and own sentences (no synthetic stories,
    no ACLED notes), named "xfer-SET" and kept in their text's fold group."""
    keep = [k for k, (n, c) in enumerate(zip(names, cands, strict=True))
            if c != OPEN and n in ("conflibert", "gsr", "m2e2", "rams", "handmade")]
    return ([masked(X[k], cands[k]) for k in keep], [y[k] for k in keep], [f"xfer-{names[k]}" for k in keep],
            [OPEN] * len(keep), [groups[k] for k in keep])
