"""Small corpora written by the ingest tests themselves: good documents plus every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

TOPICS = [
    ("Kataib Hezbollah", "a base near Baghdad", "rockets"),
    ("the Houthis", "a tanker in the Red Sea", "a drone"),
    ("al-Shabaab", "a hotel in Mogadishu", "a truck bomb"),
    ("Hamas", "a border post", "mortars"),
    ("the Islamic State", "a checkpoint near Mosul", "suicide bombers"),
    ("the Taliban", "a police station in Kandahar", "gunmen"),
    ("Hezbollah", "an army patrol", "anti-tank missiles"),
    ("the PKK", "a gendarmerie post", "improvised explosives"),
]
PLACES = ["Basra", "Aden", "Kirkuk", "Raqqa", "Herat", "Sirte", "Tikrit", "Idlib", "Mosul", "Homs"]


def article(i: int) -> str:
    """A distinct short news-like article (about 120 words)."""
    group, target, weapon = TOPICS[i % len(TOPICS)]
    place = PLACES[i % len(PLACES)]
    return (f"Attack number {i} reported near {place}\n\n"
            f"Fighters from {group} attacked {target} with {weapon} on day {i}, killing {i + 2} soldiers, "
            f"officials said. Iran has armed and funded {group} for years, according to the report. "
            f"The market in {place} reopened on the following morning and traffic was light. "
            f"Local schools stayed open throughout the week. "
            f"The United States condemned the attack and said it would consider sanctions. "
            f"A spokesman for {group} denied any role in incident {i}.\n")


GERMAN = ("Die Bundesregierung hat am Dienstag neue Sanktionen gegen mehrere Milizen im Irak beschlossen. "
          "Ein Sprecher des Auswärtigen Amtes sagte in Berlin, man beobachte die Lage mit großer Sorge.")


def warc_bytes(records: list[tuple[str, str]]) -> bytes:
    """A gzipped WARC with one HTML response record per (url, text)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, text in records:
        html = f"<html><head><title>t</title></head><body><article><p>{text}</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    return buf.getvalue()


def write_good(root: Path, n: int) -> Path:
    """n good articles as text files plus a JSON Lines file of the same shape."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"a{i:03d}.txt").write_text(article(i))
    return root


def write_bad(root: Path) -> dict[str, Path]:
    """One file per kind of bad input; returns them by kind."""
    root.mkdir(parents=True, exist_ok=True)
    out = {}
    lines = [json.dumps({"text": article(100), "url": "http://example.org/100"}), "{not json at all",
             json.dumps({"text": GERMAN}), json.dumps({"text": article(101)})]
    out["jsonl"] = root / "mixed.jsonl"
    out["jsonl"].write_text("\n".join(lines) + "\n")
    out["binary"] = root / "image.txt"
    out["binary"].write_bytes(bytes(range(256)) * 40)
    gz = gzip.compress(("\n".join(json.dumps({"text": article(200 + k)}) for k in range(30)) + "\n").encode())
    out["gzip"] = root / "cut.jsonl.gz"
    out["gzip"].write_bytes(gz[: len(gz) // 2])
    warc = warc_bytes([(f"http://example.org/w{k}", article(300 + k)) for k in range(6)])
    out["warc"] = root / "cut.warc.gz"
    out["warc"].write_bytes(warc[: int(len(warc) * 0.6)])
    out["german"] = root / "german.txt"
    out["german"].write_text(GERMAN)
    out["big"] = root / "huge.txt"
    with out["big"].open("w") as fh:  # 50 MB of text
        line = "The convoy moved slowly along the road while observers counted the trucks. " * 10 + "\n"
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    return out
