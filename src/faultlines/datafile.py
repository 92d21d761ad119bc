"""The one YAML reader for the data files: libyaml's C parser when PyYAML was built with it (about eight times
faster, which is most of a worker's start-up), the pure-Python safe loader otherwise; both build the same values."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The parsed value of a YAML document (safe tags only), as `yaml.safe_load` gives it."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python
