"""The SQLite store: named, ordered migrations; documents keyed by content hash; one writer.

Every SQL statement of faultlines lives in this package (a test checks it); callers use `faultlines.Corpus`
or these modules' functions, which return records or rows named by column:

- `db`: `Store` (open, migrate, write facts, read them back); `write`: the insert columns from the records
- `views`: keyed reads behind the explorer's pages; `search`: full text (FTS5)
- `relations`: events and actors for the network; `documents`: documents in store order for exports
- `clusters`: publications, MinHash signatures, near-duplicate clusters
- `incidents`, `incident_views`: fused incidents and their reports
- `migrations`, `validate`: the schema and the checks made on opening a file
"""

from .db import Store, StoreError

__all__ = ["Store", "StoreError"]
