"""Cut a stretch of text into pieces, each with the highlight classes that cover it (no markup here)."""

from __future__ import annotations

from collections.abc import Iterable


def pieces(text: str, base: int, spans: Iterable[tuple[int, int, str]]) -> list[dict[str, object]]:
    """Split `text` (which starts at document offset `base`) at every span edge.

    Returns `[{"text": str, "classes": [str]}]`; templates escape `text`, so nothing here is markup.
    """
    end = base + len(text)
    kept = [(max(s, base), min(e, end), c) for s, e, c in spans if e > base and s < end and e > s]
    cuts = sorted({base, end, *(s for s, _, _ in kept), *(e for _, e, _ in kept)})
    out: list[dict[str, object]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        classes = sorted({c for s, e, c in kept if s <= a and e >= b})
        chunk = text[a - base:b - base]
        if out and out[-1]["classes"] == classes:
            out[-1]["text"] = str(out[-1]["text"]) + chunk
        else:
            out.append({"text": chunk, "classes": classes})
    return out
