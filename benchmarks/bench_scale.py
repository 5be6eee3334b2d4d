"""Scale benchmark: build and validate against the frictionless floor, and corpus extraction.

    python benchmarks/bench_scale.py                    # 1e3, 1e4, 1e5 records; extraction on 1e5 articles
    python benchmarks/bench_scale.py --full             # also 1e6 records
    python benchmarks/bench_scale.py --sizes 1e3 1e4 --articles 1e4

For each size a synthetic repository is generated (benchmarks/synth.py) and
each step runs as its own subprocess: `diprel build`, then `diprel validate`
(the pair `make build` runs), `diprel validate --full` (every layer re-run,
nothing reused), and `frictionless validate datapackage.json` on the same CSVs:
the floor, since every build must at least do that. For each step: wall time,
time per record (a step no worse than n log n keeps it nearly flat), and peak
memory, both as the largest process's ru_maxrss and as the sampled sum of the
proportional set size (PSS) of the process and its workers. Extraction runs
`diprel extract --corpus` on a Parquet corpus with one and two workers.

The targets are checked at the end: build + validate within 2x the floor at
the largest size, extraction with two workers at least 1.7x one worker, and
extraction's peak memory under 1 GiB. Timings on a machine that is busy with
other work are not meaningful: the load average is printed beside them.
"""
from __future__ import annotations

import argparse
import hashlib
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402

BIN = Path(sys.executable).parent
GIB = 1 << 30
SAMPLE_SECONDS = 1.0  # reading the PSS of a multi-GiB process walks its page tables: not too often


@dataclass
class Run:
    step: str
    n: int
    wall: float
    cpu: float
    maxrss: int   # bytes, largest single process (child and its waited-for descendants)
    pss: int      # bytes, peak of the sampled sum over the process tree
    rc: int


def _tree_pss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def measure(step: str, n: int, cmd: list[str], cwd: Path, env: dict | None = None) -> Run:
    """Run cmd as a child; its wall and CPU time, ru_maxrss (wait4) and peak tree PSS (sampled)."""
    started = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **(env or {})},
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, done = [0], threading.Event()

    def sample():
        proc = psutil.Process(child.pid)
        while not done.wait(SAMPLE_SECONDS):
            try:
                peak[0] = max(peak[0], _tree_pss(proc))
            except psutil.NoSuchProcess:
                return

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        print(f"! {step} failed ({child.returncode}): {stderr.decode(errors='replace')[-2000:]}", file=sys.stderr)
    return Run(step, n, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, peak[0], child.returncode)


def load() -> str:
    return "load %.2f %.2f %.2f" % os.getloadavg()


# --- build and validate -------------------------------------------------------------

def bench_size(records: int, work: Path, full_validate: bool) -> list[Run]:
    repo = work / f"repo-{records}"
    t = time.perf_counter()
    counts = synth.write_repo(repo, records)
    print(f"# {records:.0e} records: generated {counts} in {time.perf_counter() - t:.0f} s ({load()})", flush=True)
    env = {"DIPREL_ROOT": str(repo)}
    runs = [measure("build", records, [str(BIN / "diprel"), "build"], repo, env),
            measure("validate", records, [str(BIN / "diprel"), "validate"], repo, env)]
    if full_validate:
        runs.append(measure("validate --full", records, [str(BIN / "diprel"), "validate", "--full"], repo, env))
    runs.append(measure("frictionless (floor)", records, [str(BIN / "frictionless"), "validate", "datapackage.json"], repo))
    for r in runs:
        print(f"  {r.step:<22} {r.wall:8.1f} s  rc={r.rc}", flush=True)
    shutil.rmtree(repo, ignore_errors=True)
    return runs


def _mib(size: int) -> str:
    return f"{size / 2**20:.0f}" if size else "-"  # "-": the step ended before the first sample


def print_scale_table(runs: list[Run]) -> None:
    floor = {r.n: r.wall for r in runs if r.step.startswith("frictionless")}
    print()
    print(f"{'records':>9} {'step':<22} {'wall s':>8} {'cpu s':>8} {'us/record':>10} {'x floor':>8} {'maxrss MiB':>11} {'PSS MiB':>8}")
    for r in runs:
        print(f"{r.n:>9.0e} {r.step:<22} {r.wall:8.1f} {r.cpu:8.1f} {r.wall / r.n * 1e6:10.1f} "
              f"{r.wall / floor[r.n]:8.2f} {r.maxrss / 2**20:11.0f} {_mib(r.pss):>8}")
    for n in sorted(floor):
        pair = sum(r.wall for r in runs if r.n == n and r.step in ("build", "validate"))
        print(f"{n:>9.0e} {'build + validate':<22} {pair:8.1f} {'':>8} {pair / n * 1e6:10.1f} {pair / floor[n]:8.2f}")


def growth_check(runs: list[Run]) -> list[str]:
    """Steps whose time per record grows faster than log n between consecutive sizes."""
    bad = []
    for step in dict.fromkeys(r.step for r in runs):
        series = sorted((r.n, r.wall / r.n) for r in runs if r.step == step)
        for (n1, t1), (n2, t2) in zip(series, series[1:]):
            allowed = math.log(n2) / math.log(n1) * 1.25  # 25% for noise
            if t2 / t1 > allowed:
                bad.append(f"{step}: time/record x{t2 / t1:.2f} from {n1:.0e} to {n2:.0e} (n log n allows x{allowed:.2f})")
    return bad


# --- extraction ---------------------------------------------------------------------

def bench_extraction(articles: int, work: Path) -> list[Run]:
    corpus = work / f"corpus-{articles}.parquet"
    t = time.perf_counter()
    synth.write_corpus(corpus, articles)
    print(f"# extraction: {articles:.0e} articles generated in {time.perf_counter() - t:.0f} s ({load()})", flush=True)
    runs, outputs = [], []
    for jobs in (1, 2):
        out = work / f"candidates-{jobs}.jsonl"
        runs.append(measure(f"extract --jobs {jobs}", articles, [str(BIN / "diprel"), "extract", "--corpus", str(corpus), "--jobs", str(jobs),
                                                                  "--out", str(out), "--no-progress"], work))
        outputs.append(_digest(out))
        print(f"  {runs[-1].step:<22} {runs[-1].wall:8.1f} s  rc={runs[-1].rc} ({load()})", flush=True)
    print(f"  outputs of 1 and 2 workers identical: {outputs[0] is not None and outputs[0] == outputs[1]}")
    return runs


def _digest(path: Path) -> str | None:
    """A hash, not the bytes: a child started later would count this process's size in its ru_maxrss."""
    if not path.is_file():
        return None
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def print_extraction_table(runs: list[Run]) -> None:
    print()
    print(f"{'articles':>9} {'step':<22} {'wall s':>8} {'cpu s':>8} {'articles/s':>11} {'maxrss MiB':>11} {'PSS MiB':>8}")
    for r in runs:
        print(f"{r.n:>9.0e} {r.step:<22} {r.wall:8.1f} {r.cpu:8.1f} {r.n / r.wall:11.0f} {r.maxrss / 2**20:11.0f} {_mib(r.pss):>8}")


# --- targets ------------------------------------------------------------------------

def targets(scale: list[Run], extraction: list[Run]) -> list[tuple[str, bool]]:
    out = []
    if scale:
        n = max(r.n for r in scale)
        pair = sum(r.wall for r in scale if r.n == n and r.step in ("build", "validate"))
        floor = next(r.wall for r in scale if r.n == n and r.step.startswith("frictionless"))
        out.append((f"build + validate of {n:.0e} records within 2x the frictionless floor: {pair:.1f} s vs {floor:.1f} s = {pair / floor:.2f}x", pair <= 2 * floor))
        bad = growth_check(scale)
        out.append(("every step at most n log n" + ("" if not bad else ": " + "; ".join(bad)), not bad))
    if extraction:
        one, two = (next(r for r in extraction if r.step.endswith(f" {j}")) for j in (1, 2))
        out.append((f"extraction with two workers at least 1.7x one: {one.wall / two.wall:.2f}x", one.wall / two.wall >= 1.7))
        peak = max(max(r.pss, r.maxrss) for r in extraction)
        out.append((f"extraction peak memory on {one.n:.0e} articles under 1 GiB: {peak / 2**20:.0f} MiB", peak < GIB))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="*", default=[1e3, 1e4, 1e5], help="numbers of records (none: extraction only)")
    ap.add_argument("--full", action="store_true", help="add 1e6 records")
    ap.add_argument("--articles", type=float, default=1e5, help="extraction corpus size (0: skip extraction)")
    ap.add_argument("--skip-full-validate", action="store_true", help="do not time `diprel validate --full`")
    ap.add_argument("--work", type=Path, help="working directory (default: a new temporary one, removed after)")
    args = ap.parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes} | ({10**6} if args.full else set()))
    work = args.work or Path(tempfile.mkdtemp(prefix="diprel-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"# {os.cpu_count()} cores, {psutil.virtual_memory().total / GIB:.0f} GiB; {load()}; work in {work}")
    try:
        scale = [r for n in sizes for r in bench_size(n, work, not args.skip_full_validate)]
        extraction = bench_extraction(int(args.articles), work) if args.articles else []
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    if scale:
        print_scale_table(scale)
    if extraction:
        print_extraction_table(extraction)
    print()
    results = targets(scale, extraction)
    for text, ok in results:
        print(f"{'PASS' if ok else 'FAIL'}  {text}")
    print(f"# {load()}")
    return 0 if all(ok for _, ok in results) else 1


if __name__ == "__main__":
    sys.exit(main())
