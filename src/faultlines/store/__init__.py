"""The SQLite store: named, ordered migrations; documents keyed by content hash; one writer."""

from .db import Store, StoreError

__all__ = ["Store", "StoreError"]
