"""Output hardening shared by every writer: spreadsheet-safe CSV cells, control characters kept out of
XML labels and terminals, and files written atomically (a temp file renamed into place, never half a file)."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

# XML 1.0 forbids C0 controls but tab, newline and carriage return; C1 controls and DEL are legal but
# poison labels in Gephi, yEd and terminals alike, so they go too.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# A terminal must never see ESC, CSI (\x9b) or any other control but newline and tab.
_TERM_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula: text starting with = + - @ (or tab/CR) gets a
    leading apostrophe, as OWASP advises; numbers pass through untouched."""
    if isinstance(value, str):
        value = _XML_BAD.sub("", value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: csv_cell(v) for k, v in row.items()}


def xml_text(value: str) -> str:
    """Text that XML 1.0 accepts as it is: control characters removed."""
    return _XML_BAD.sub("", value)


def term_text(value: str) -> str:
    """Text safe to print to a terminal: escape sequences and other controls removed."""
    return _TERM_BAD.sub("", value)


@contextlib.contextmanager
def atomic_output(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temp file beside `path`, yield it, and rename it over `path` only when the block ends
    cleanly and the data reached the disk; on any error (a full disk too) the temp file is removed and
    `path` is left as it was. An error of the file system names `path` (not the temp file) and says that
    nothing was written."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or Path("."))
    except OSError as e:
        raise OutputError(e.errno, f"{e.strerror} (nothing was written)", str(path)) from e
    try:
        fh: IO[Any] = os.fdopen(fd, mode) if "b" in mode else os.fdopen(fd, mode, encoding="utf-8", newline="")
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError) and not isinstance(e, (BrokenPipeError, OutputError)):
            raise OutputError(e.errno, f"{e.strerror or e} (nothing was written)", str(path)) from e
        raise


class OutputError(OSError):
    """An output file could not be written; `str()` is one line naming the file."""

    def __str__(self) -> str:
        return f"cannot write {self.filename}: {self.strerror}"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
