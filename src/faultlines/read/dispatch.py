"""Choose a reader by path: files, directories, .jsonl(.gz), .warc(.gz), .html, .txt and '-' for stdin."""

from __future__ import annotations

import gzip
import json
import os
import select
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Protocol

from ..records import Document
from .base import MAX_BYTES, ReadError, Reject, decode, document_from_text
from .html import read_html

TEXT_EXT = (".txt", ".text", ".md")
HTML_EXT = (".html", ".htm", ".xhtml")
JSONL_EXT = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_EXT = (".warc", ".warc.gz")
SUPPORTED = TEXT_EXT + HTML_EXT + JSONL_EXT + WARC_EXT


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for ext_set, kind in ((JSONL_EXT, "jsonl"), (WARC_EXT, "warc"), (HTML_EXT, "html"), (TEXT_EXT, "text")):
        if name.endswith(ext_set):
            return kind
    return None


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


IDLE_SECONDS = 10.0  # a FIFO or device that gives no data for this long is rejected, not waited on for good


def _too_large(location: str) -> ReadError:
    return ReadError(f"{location}: too large (> {MAX_BYTES / 1e6:.0f} MB limit)")


def read_bounded(fh: IO[bytes], location: str) -> bytes:
    """At most MAX_BYTES from a stream (stdin, /dev/zero): more raises ReadError instead of filling memory."""
    chunks: list[bytes] = []
    n = 0
    while chunk := fh.read(min(1 << 20, MAX_BYTES + 1 - n)):
        chunks.append(chunk)
        n += len(chunk)
        if n > MAX_BYTES:
            raise _too_large(location)
    return b"".join(chunks)


def _read_special(path: Path) -> bytes:
    """A FIFO, device or socket path: bounded, and no waiting for good on a writer that never comes."""
    idle = IDLE_SECONDS
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    chunks: list[bytes] = []
    n = 0
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], idle)
            try:
                chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - n))
            except BlockingIOError:
                if not ready:
                    raise ReadError(f"{path}: no data for {idle:.0f} s (a FIFO nobody writes to?)") from None
                continue
            if not chunk:
                if not ready and not chunks:
                    raise ReadError(f"{path}: no data for {idle:.0f} s (a FIFO nobody writes to?)")
                return b"".join(chunks)
            chunks.append(chunk)
            n += len(chunk)
            if n > MAX_BYTES:
                raise _too_large(str(path))
    finally:
        os.close(fd)


def _is_regular(path: Path) -> bool:
    return stat.S_ISREG(path.stat().st_mode)


def _read_bytes(path: Path) -> bytes:
    try:
        if not _is_regular(path):
            return _read_special(path)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"{path}: too large ({size / 1e6:.0f} MB > {MAX_BYTES / 1e6:.0f} MB limit)")
        with path.open("rb") as fh:
            return read_bounded(fh, str(path))  # a file may grow while it is read
    except FileNotFoundError:
        raise ReadError(f"{path}: no such file") from None
    except PermissionError:
        raise ReadError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise ReadError(f"{path}: is a directory") from None
    except OSError as e:
        raise ReadError(f"{path}: cannot read ({e.strerror or e})") from None


def _from_text(text: str, origin: str) -> Document:
    if _looks_html(text):
        return read_html(text, origin=origin)
    return document_from_text(text, origin=origin)


def _jsonl_record(obj: object, location: str) -> Document:
    if not isinstance(obj, dict):
        raise ReadError(f"{location}: not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ReadError(f"{location}: no 'text' string")
    text = text.replace("\r\n", "\n")
    meta = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in ("title", "published", "source", "url")}
    if obj.get("html") or _looks_html(text):
        doc = read_html(text, origin=location, url=meta["url"])
        return Document(**{**doc.__dict__, **{k: v for k, v in meta.items() if v}})
    return document_from_text(text, origin=location, guess_title=meta["title"] is None, title=meta["title"],
                              published=meta["published"], source=meta["source"], url=meta["url"])


def _reason(e: ReadError) -> str:
    """The reason part of a ReadError's "location: reason" message."""
    return str(e).split(": ", 1)[-1]


class _LineReader(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def bounded_lines(fh: _LineReader) -> Iterator[bytes | None]:
    """The lines of a binary stream; a line longer than MAX_BYTES comes out as None, never read whole."""
    while line := fh.readline(MAX_BYTES + 1):
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _jsonl_lines(lines: Iterable[bytes | str | None], origin: str) -> Iterator[Document | Reject]:
    """One Document or Reject per non-blank line, located as origin:line number."""
    for lineno, raw in enumerate(lines, 1):
        location = f"{origin}:{lineno}"
        if raw is None:
            yield Reject(location, f"line too large (> {MAX_BYTES / 1e6:.0f} MB limit)")
            continue
        if not raw.strip():
            continue
        try:
            yield _jsonl_record(json.loads(raw), location)
        except json.JSONDecodeError as e:
            yield Reject(location, f"invalid JSON ({e.msg})")
        except UnicodeDecodeError:
            yield Reject(location, "invalid JSON (not UTF-8)")
        except ReadError as e:
            yield Reject(location, _reason(e))


def iter_jsonl(path: Path) -> Iterator[Document | Reject]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            yield from _jsonl_lines(bounded_lines(fh), str(path))
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as e:
        yield Reject(str(path), f"corrupt or truncated file ({e.__class__.__name__}: {e})")


def gzip_truncated(path: Path) -> bool:
    """True when a gzip file ends inside a compressed member or is corrupt (warcio stops there silently)."""
    d, started = zlib.decompressobj(wbits=47), False
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                while chunk:
                    d.decompress(chunk)
                    started = True
                    if not d.eof:
                        break
                    chunk, d, started = d.unused_data, zlib.decompressobj(wbits=47), False
    except zlib.error:
        return True
    return started and not d.eof


def iter_warc(path: Path) -> Iterator[Document | Reject]:
    """WARC records; in a cut .warc.gz the last (partial) record and the file itself are rejected."""
    items = _iter_warc(path)
    if not (path.name.lower().endswith(".gz") and gzip_truncated(path)):
        yield from items
        return
    last: Document | Reject | None = None
    for it in items:
        if last is not None:
            yield last
        last = it
    if isinstance(last, Document):
        yield Reject(last.origin or str(path), "truncated record (the file ends inside it)")
    elif last is not None:
        yield last
    if not (isinstance(last, Reject) and last.location == str(path)):
        yield Reject(str(path), "corrupt or truncated WARC (the compressed stream ends mid-record)")


def _iter_warc(path: Path) -> Iterator[Document | Reject]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as fh:
            for n, rec in enumerate(ArchiveIterator(fh), 1):
                if rec.rec_type not in ("response", "resource", "conversion"):
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                location = f"{path}#{n}" + (f" {url}" if url else "")
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else
                         rec.rec_headers.get_header("Content-Type")) or ""
                try:
                    payload = rec.content_stream().read()
                    if "html" not in ctype and "text" not in ctype:
                        yield Reject(location, f"not text ({ctype or 'no content type'})")
                        continue
                    text = decode(payload, location)
                    if "html" in ctype or _looks_html(text):
                        yield read_html(text, origin=location, url=url)
                    else:
                        yield document_from_text(text, origin=location, url=url)
                except ReadError as e:
                    yield Reject(location, _reason(e))
    except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, OSError, ValueError) as e:
        yield Reject(str(path), f"corrupt or truncated WARC ({e.__class__.__name__}: {e})")


def iter_file(path: Path) -> Iterator[Document | Reject]:
    kind = _kind(path)
    try:
        regular = _is_regular(path)
    except OSError as e:
        yield Reject(str(path), f"cannot read ({e.strerror or e})")
        return
    if not regular:  # a FIFO or device named on the command line: read it whole, bounded, with no hang
        try:
            data = _read_special(path)
            if kind == "jsonl" and not path.name.lower().endswith(".gz"):
                yield from _jsonl_lines(data.splitlines(), str(path))
                return
            if kind in ("jsonl", "warc"):
                raise ReadError(f"{path}: not a regular file ({kind} is read from files only)")
            text = decode(data, str(path))
            yield read_html(text, origin=str(path)) if kind == "html" else _from_text(text, str(path))
        except ReadError as e:
            yield Reject(str(path), _reason(e))
        except OSError as e:
            yield Reject(str(path), f"cannot read ({e.strerror or e})")
        return
    if kind == "jsonl":
        yield from iter_jsonl(path)
        return
    if kind == "warc":
        yield from iter_warc(path)
        return
    try:
        text = decode(_read_bytes(path), str(path))
        yield read_html(text, origin=str(path)) if kind == "html" else _from_text(text, str(path))
    except ReadError as e:
        yield Reject(str(path), _reason(e))


def _walk(root: Path, seen: set[tuple[int, int]] | None = None) -> Iterator[Path | Reject]:
    """Supported files under root, each real file and directory once (symlink loops and aliases skipped);
    FIFOs, devices and sockets come out as Rejects: a directory walk never blocks on one."""
    seen = set() if seen is None else seen
    try:
        st = root.stat()
        if (st.st_dev, st.st_ino) in seen:
            return
        seen.add((st.st_dev, st.st_ino))
        entries = sorted(root.iterdir())
    except PermissionError:
        raise ReadError(f"{root}: permission denied") from None
    for p in entries:
        try:
            st = p.stat()
        except OSError as e:  # a dangling link, a loop of links, a file gone since the listing
            if _kind(p) is not None or p.is_symlink():
                yield Reject(str(p), f"cannot read ({e.strerror or e})")
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(p, seen)
        elif _kind(p) is None:  # reported, not skipped silently (hidden files like .DS_Store aside)
            if not p.name.startswith("."):
                yield Reject(str(p), f"unsupported file type, skipped (supported: {', '.join(SUPPORTED)})")
            continue
        elif not stat.S_ISREG(st.st_mode):
            yield Reject(str(p), "not a regular file (a FIFO, device or socket), skipped")
        elif (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            yield p


def iter_documents(paths: list[str]) -> Iterator[Document | Reject]:
    """Every document under `paths` ('-' is stdin); unreadable inputs come out as Reject records."""
    for raw in paths:
        if raw == "-":
            try:
                text = decode(read_bounded(sys.stdin.buffer, "<stdin>"), "<stdin>")
                if text.lstrip().startswith("{"):
                    yield from _jsonl_lines(text.splitlines(), "<stdin>")
                else:
                    yield _from_text(text, "<stdin>")
            except ReadError as e:
                yield Reject("<stdin>", _reason(e))
            continue
        path = Path(raw)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except PermissionError:
            yield Reject(str(path), "permission denied")
            continue
        except OSError as e:
            yield Reject(str(path), f"cannot read ({e.strerror or e})")
            continue
        if is_dir:
            try:
                files = list(_walk(path))
            except ReadError as e:
                yield Reject(str(path), _reason(e))
                continue
            if not files:
                yield Reject(str(path), f"no readable files (supported: {', '.join(SUPPORTED)})")
            for f in files:
                if isinstance(f, Reject):
                    yield f
                else:
                    yield from iter_file(f)
        elif not exists:
            yield Reject(str(path), "no such file or directory")
        else:
            yield from iter_file(path)


def read_one(path: str) -> list[Document]:
    """All documents in one input; the first problem raises ReadError (used by `faultlines read`)."""
    docs: list[Document] = []
    for item in iter_documents([path]):
        if isinstance(item, Reject):
            raise ReadError(f"{item.location}: {item.reason}")
        docs.append(item)
    return docs
