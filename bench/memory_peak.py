"""Peak memory of `faultlines read` on one 1 MB single-line document (issue 18: at most 1 GB per worker).

The document is the bundled example's sentences repeated on one line up to 989,000 characters (under the
default --max-chars). Prints the child process's peak RSS and its ratio to the 1 GB budget.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "faultlines" / "examples" / "border-crossings.txt"
CHARS = 989_000
BUDGET_MB = 1024


def one_line(chars: int = CHARS) -> str:
    lines = [ln.strip() for ln in EXAMPLE.read_text().splitlines()[1:] if ln.strip() and ln.strip() != "Comments"]
    body = " ".join(lines)
    out, n, i = [], 0, 0
    while n < chars:
        piece = body.replace("12 fighters", f"{i % 97 + 3} fighters")
        out.append(piece)
        n += len(piece) + 1
        i += 1
    return " ".join(out)[:chars]


def main() -> None:
    chars = int(sys.argv[1]) if len(sys.argv) > 1 else CHARS
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one-line.txt"
        path.write_text(one_line(chars))
        start = time.monotonic()
        p = subprocess.run([sys.executable, "-c", "from faultlines.cli import main; main()", "read", str(path),
                            "--format", "json"], capture_output=True, text=True)
        seconds = time.monotonic() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    events = p.stdout.count('"type": ')
    print(f"read of a {chars:,}-character single-line document: exit {p.returncode}, {seconds:.0f} s, "
          f"peak RSS {peak_mb:,.0f} MB = {peak_mb / BUDGET_MB:.2f} of the {BUDGET_MB} MB budget ({events:,} events)")
    if p.returncode != 0:
        print(p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "", file=sys.stderr)


if __name__ == "__main__":
    main()
