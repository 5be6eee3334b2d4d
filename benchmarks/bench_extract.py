"""Throughput of the draft extractor on synthetic ~3 KB news articles.

    PYTHONPATH=scripts python benchmarks/bench_extract.py [N]

Articles are assembled in memory from sentence templates (meetings, offers,
ceasefires, casualty figures, filler), so the run needs no corpus and no
network. Three rows are printed: a floor measured in the same run (decoding
the bytes and splitting sentences, which any extractor must do), extraction on
one process, and extraction on a 2-worker multiprocessing pool. Target: at
least 100 articles/s per core. A last line measures the development corpora's
own articles (real registers, shorter and sparser in records than the synthetic
ones), also per 3 KB of text; the target is read off the synthetic row.
"""
from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import random
import sys
import time
from pathlib import Path

from diprel.extract import extract_text
from diprel.extract.sentences import split

PUBLISHED = dt.date(2025, 6, 18)
LEADERS = [("Pakistan's Prime Minister", "Shehbaz Sharif"), ("Indian Prime Minister", "Narendra Modi"),
           ("US President", "Donald Trump"), ("Thai Prime Minister", "Anutin Charnvirakul"),
           ("Cambodian Prime Minister", "Hun Manet"), ("Turkish President", "Recep Tayyip Erdogan"),
           ("Armenian Prime Minister", "Nikol Pashinyan"), ("Azerbaijani President", "Ilham Aliyev")]
STATES = ["India", "Pakistan", "Thailand", "Cambodia", "Armenia", "Azerbaijan", "Israel", "Iran"]
TEMPLATES = [
    "{t1} {n1} met {t2} {n2} in {city} on {day}.",
    "{t1} {n1} held talks with {t2} {n2}, officials said.",
    "The two leaders discussed trade, security and regional connectivity during a working lunch.",
    "{s1} and {s2} agreed to a ceasefire on {day} after days of fighting along the border.",
    "A {broker}-brokered ceasefire brought an end to the hostilities on May {d}.",
    "{t1} {n1} offered to mediate between {s1} and {s2} on the border dispute.",
    "At least {k} civilians were killed and {k2} injured in shelling, according to the army.",
    "The conflict resulted in {k} civilian and {k2} military casualties on the {adj} side.",
    "Analysts said the talks were a step toward lasting stability, though tensions remain high.",
    "{s1} accused {s2} of violating its airspace, a charge {s2} denied.",
    "The foreign ministry said further rounds of dialogue were planned for later this year.",
    "Markets in the region rose on hopes that the truce would hold through the coming weeks.",
]


def article(rng: random.Random, size: int = 3000) -> str:
    out, n = [], 0
    while n < size:
        (t1, n1), (t2, n2) = rng.sample(LEADERS, 2)
        s1, s2 = rng.sample(STATES, 2)
        s = rng.choice(TEMPLATES).format(
            t1=t1, n1=n1, t2=t2, n2=n2, s1=s1, s2=s2, city=rng.choice(["Ankara", "Beijing", "Doha"]),
            day=rng.choice(["Monday", "Tuesday", "Saturday"]), broker=rng.choice(["US", "Qatari", "Malaysia"]),
            d=rng.randint(1, 28), k=rng.randint(2, 90), k2=rng.randint(2, 90), adj=rng.choice(["Pakistani", "Thai"]))
        out.append(s)
        n += len(s) + 1
    return "WASHINGTON – " + " ".join(out[:3]) + "\n\n" + " ".join(out[3:]) + "\n"


def floor(blob: bytes) -> int:
    return len(split(blob.decode("utf-8")))


def extract(blob: bytes) -> int:
    return len(extract_text(blob.decode("utf-8"), PUBLISHED))


def rate(fn, blobs, pool=None) -> tuple[float, float | None]:
    """Articles per wall-clock second, and per CPU second of this process (None for a pool).

    CPU time is shown because a busy 2-core machine stretches wall time; it is
    the throughput one core gives when it is not shared.
    """
    start, cpu = time.perf_counter(), time.process_time()
    if pool is None:
        for b in blobs:
            fn(b)
    else:
        pool.map(fn, blobs, chunksize=16)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return len(blobs) / wall, (len(blobs) / cpu if pool is None else None)


def development_articles() -> list[bytes]:
    """The development corpora's articles (wire copy, releases, regional outlets written here), never the sealed
    held-out ones: real registers, as a second measure beside the synthetic articles."""
    root = Path(__file__).resolve().parent.parent / "tests"
    return [p.read_bytes() for p in sorted(root.glob("corpus*/articles/*.txt")) if "heldout" not in p.parent.parent.name]


def main(n: int = 300) -> None:
    rng = random.Random(20250618)
    blobs = [article(rng).encode("utf-8") for _ in range(n)]
    extract(blobs[0])  # load lexicon and schemas once, outside the timing
    rows = [("floor: read + split sentences (1 process)", rate(floor, blobs), 1),
            ("extract_text (1 process)", rate(extract, blobs), 1)]
    with mp.get_context("fork" if sys.platform != "win32" else "spawn").Pool(2) as pool:
        pool.map(extract, blobs[:4])  # warm the workers
        rows.append(("extract_text (2-worker pool)", rate(extract, blobs, pool), 2))
    kb = sum(map(len, blobs)) / n / 1024
    print(f"{n} synthetic articles, {kb:.1f} KB each on average\n")
    print(f"{'run':<44} {'articles/s':>11} {'per core':>9} {'per CPU s':>10}")
    for name, (r, per_cpu), cores in rows:
        print(f"{name:<44} {r:>11.0f} {r / cores:>9.0f} {per_cpu or float('nan'):>10.0f}")
    per_core = rows[1][1][1]
    print(f"\ntarget >= 100 articles per CPU second on one core: {'met' if per_core >= 100 else 'NOT met'} ({per_core:.0f})")
    real = development_articles()
    if real:  # per 3 KB of text, so that it reads against the target
        _, cpu_rate = rate(extract, real)
        kb = sum(map(len, real)) / len(real) / 1024
        print(f"\n{len(real)} development corpus articles, {kb:.1f} KB each on average: {cpu_rate:.0f} articles per CPU "
              f"second on one core, {cpu_rate * kb / 3:.0f} per 3 KB of text")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
