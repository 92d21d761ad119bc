"""Readers: files, directories, JSON Lines, HTML, WARC and stdin -> `Document` records.

`iter_documents(paths)` yields `Document` or `Reject` (a skipped input with its reason and location);
`read_one(path)` raises `ReadError` with a one-line message for a single bad file.
"""

from .base import ReadError, Reject, doc_id, document_from_text
from .dispatch import SUPPORTED, iter_documents, read_one

__all__ = ["SUPPORTED", "Reject", "ReadError", "doc_id", "document_from_text", "iter_documents", "read_one"]
