"""The one YAML reader for the data files: libyaml's C parser when PyYAML was built with it (about eight times
faster, which is most of a worker's start-up), the pure-Python safe loader otherwise; both build the same values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DATA = Path(__file__).resolve().parent / "data"


def load_yaml(text: str) -> Any:
    """The parsed value of a YAML document (safe tags only), as `yaml.safe_load` gives it."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python


def data_file(name: str) -> Any:
    """The parsed value of the package's data file `name` (src/faultlines/data/)."""
    return load_yaml((DATA / name).read_text(encoding="utf-8"))


def word_list(raw: dict[str, Any], key: str) -> frozenset[str]:
    """The words a data file lists under `key`, lower-cased; none when the key is absent or empty."""
    return frozenset(str(w).lower() for w in raw.get(key) or ())
