"""Helpers of the incident tests: a report written for a test, as a Document."""

from __future__ import annotations

from faultlines.records import Document


def made(item: tuple[str, str, str, str], doc_id: str) -> Document:
    """A (title, published, url, body) report as a Document whose text is the title, a blank line, the body."""
    title, published, url, body = item
    return Document(id=doc_id, text=title + "\n\n" + body, title=title, published=published, url=url)
