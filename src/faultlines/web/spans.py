"""Cut a stretch of text into pieces, each with the highlight classes that cover it (no markup here)."""

from __future__ import annotations

from collections.abc import Iterable


def pieces(text: str, base: int, spans: Iterable[tuple[int, int, str]]) -> list[dict[str, object]]:
    """Split `text` (which starts at document offset `base`) at every span edge.

    Returns `[{"text": str, "classes": [str]}]`; templates escape `text`, so nothing here is markup. One sweep over
    the span edges (a document page cuts its text at hundreds of them)."""
    end = base + len(text)
    opening: dict[int, list[str]] = {}
    closing: dict[int, list[str]] = {}
    for s, e, c in spans:
        if e > base and s < end and e > s:
            opening.setdefault(max(s, base), []).append(c)
            closing.setdefault(min(e, end), []).append(c)
    if not opening:
        return [{"text": text, "classes": []}] if text else []
    cuts = sorted({base, end, *opening, *closing})
    active: dict[str, int] = {}  # class -> how many of its spans cover the current stretch
    out: list[dict[str, object]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for c in closing.get(a, ()):
            active[c] -= 1
        for c in opening.get(a, ()):
            active[c] = active.get(c, 0) + 1
        classes = sorted(c for c, n in active.items() if n)
        chunk = text[a - base:b - base]
        if out and out[-1]["classes"] == classes:
            out[-1]["text"] = str(out[-1]["text"]) + chunk
        else:
            out.append({"text": chunk, "classes": classes})
    return out
