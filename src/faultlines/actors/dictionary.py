"""The actor dictionary: canonical actors with names, kinds, countries and parents, from YAML data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    kind: str
    country: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass
class Dictionary:
    entries: dict[str, Entry] = field(default_factory=dict)

    def ruler_patterns(self) -> list[dict]:
        pats = []
        for e in self.entries.values():
            for n in (e.name, *e.aliases):
                pats.append({"label": "ORG" if e.kind != "person" else "PERSON", "pattern": n, "id": e.id})
        return pats


def load_dictionary(extra: list[Path] | None = None) -> Dictionary:
    d = Dictionary()
    for path in [DATA / "actors.yaml", *(extra or [])]:
        if not Path(path).exists():
            continue
        for raw in yaml.safe_load(Path(path).read_text()) or []:
            e = Entry(id=raw["id"], name=raw["name"], kind=raw["kind"], country=raw.get("country"),
                      parent=raw.get("parent"), aliases=tuple(raw.get("aliases", ())))
            d.entries[e.id] = e
    return d
