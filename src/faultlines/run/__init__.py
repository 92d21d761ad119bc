"""Corpus runs: the per-document worker, local process pools and Dask clusters, and the ingest loop."""

from .checks import Admission, admit, language_of
from .executors import RunError
from .ingest import Ingest, Summary, ingest
from .worker import Extracted, WorkerConfig, process_batch

__all__ = ["Admission", "Extracted", "Ingest", "RunError", "Summary", "WorkerConfig", "admit", "ingest",
           "language_of", "process_batch"]
