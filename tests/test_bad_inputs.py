"""A catalogue of bad inputs a pull request can bring, and how diprel answers each.

Every case applies one bad edit to a fresh copy of the repository and runs the
CLI there. It must fail with exit status 1 and no traceback, explain the
problem in one line `FILE:LINE: rule-id: message` naming the file and line the
contributor edits, and write nothing: the repository's files are byte-identical
before and after the command, with no stray temporary files.

Input problems are caught by `diprel check` (no Great Expectations needed);
semantic rules (the suites in validation/) by `diprel build`, which validates
in staging before it replaces anything.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from click.testing import CliRunner

from diprel import sources, yamlio
from diprel.cli import main
from diprel.paths import Repo

from conftest import copy_repo, run_cli

ANN = "data/annotations/munir-trump-luncheon.yaml"
TXT = "data/raw/articles/munir-trump-luncheon.txt"
META = "data/raw/articles/munir-trump-luncheon.yaml"
ANN2 = "data/annotations/second-report.yaml"

PROBLEM_RE = re.compile(r"^[^\s:][^:]*(:\d+)?: [a-z0-9-]+: \S")


# --- edits --------------------------------------------------------------------

def replace(rel: str, old: str, new: str):
    """Replace the first occurrence of `old` in a text file."""
    def edit(root: Path):
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return edit


def write(rel: str, content: str | bytes):
    def edit(root: Path):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return edit


def transform_bytes(rel: str, fn: Callable[[bytes], bytes]):
    def edit(root: Path):
        path = root / rel
        path.write_bytes(fn(path.read_bytes()))
    return edit


def copy(src: str, dest: str):
    def edit(root: Path):
        (root / dest).write_bytes((root / src).read_bytes())
    return edit


def insert_at_line(rel: str, line: int, data: bytes):
    return transform_bytes(rel, lambda b: b"".join(
        (data + chunk) if i == line - 1 else chunk for i, chunk in enumerate(b.splitlines(keepends=True))))


def remove_record(root: Path, rid: str) -> None:
    """Cut one record (from its `- id:` line to the next record) out of the seed annotation."""
    path = root / ANN
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {rid}\n")
    end = text.find("\n  - id: ", start + 1)
    path.write_text(text[:start] + (text[end + 1:] if end != -1 else ""), encoding="utf-8")


SECOND_TEXT = (
    "ISLAMABAD: Pakistan's army chief Asim Munir had lunch with US President Donald Trump "
    "at the White House on Wednesday, officials said.\n"
    "The conflict with India killed 11 Pakistani soldiers, the military said.\n"
)
MEETING = """\
  - id: mtg-2025-06-18-usa-pak
    review_status: reviewed
    date_start: "2025-06-18"
    date_end: "2025-06-18"
    date_precision: day
    date_basis: external
    actor_1: asim-munir
    state_1: PAK
    actor_2: donald-trump
    state_2: USA
    host_state: USA
    location: Washington
    location_country: USA
    venue: White House Cabinet Room
    format: {format}
    level: mixed
    cameo_code: "042"
    evidence:
      - quote: Pakistan's army chief Asim Munir had lunch with US President Donald Trump at the White House
"""
CLAIM = """\
  - id: {rid}
    review_status: reviewed
    conflict_id: con-2025-ind-pak
    side_state: PAK
    population: military
    outcome: killed
    count: 11
    count_qualifier: exact
    date_end: "2025-05-10"
    date_precision: day
    date_basis: year_inferred
    certainty: attributed
    claimant: PAK
    evidence:
      - quote: The conflict with India killed 11 Pakistani soldiers
"""


def second_source(records: str):
    """Archive a second article reporting the seed's events, with these records coded."""
    def edit(root: Path):
        article = root.parent / "second-report.txt"
        article.write_text(SECOND_TEXT, encoding="utf-8")
        sources.archive(Repo(root), article, "second-report", published=dt.date(2025, 6, 19),
                        published_basis="stated", outlet_country="PAK", today=dt.date(2025, 6, 20))
        (root / ANN2).write_text(f"source_id: second-report\ncoder: tester\nrecords:\n{records}", encoding="utf-8")
    return edit


def release_manifest(removed: str):
    """A released record removed from the annotations, with no retraction entry."""
    def edit(root: Path):
        remove_record(root, removed)
        write("data/releases/0.1.0.json", json.dumps({"version": "0.1.0", "records": {removed: "x"}}))(root)
    return edit


def symlink_out(rel: str):
    def edit(root: Path):
        outside = root.parent / "outside.yaml"
        outside.write_text("source_id: linked\nrecords: []\n", encoding="utf-8")
        (root / rel).symlink_to(outside)
    return edit


# --- the catalogue ---------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    """One bad edit and the problem it must produce.

    The expected line is the line of `file` holding the text `at` (searched from
    the first line holding `after`), or a number; 0 means the whole file.
    """
    name: str
    edit: Callable[[Path], None]
    file: str
    at: str | int
    rule: str
    after: str = ""
    hint: str = ""              # text the problem line must contain (message or hint)
    command: tuple = ("check",)
    problems: int = 1           # exactly this many problems: no cascades of follow-on errors

    def line(self, root: Path) -> int:
        if isinstance(self.at, int):
            return self.at
        lines = (root / self.file).read_text(encoding="utf-8").splitlines()
        start = next(i for i, line in enumerate(lines) if self.after in line)
        return next(i for i, line in enumerate(lines) if i >= start and self.at in line) + 1


CASES = [
    # YAML that does not parse, or parses into something unsafe
    Case("yaml-tab-indent", replace(ANN, "    venue: White", "\tvenue: White"), ANN, "\tvenue:", "yaml-syntax"),
    Case("yaml-unclosed-bracket", replace(ANN, "    venue: White House Cabinet Room", "    venue: [White House Cabinet Room"),
         ANN, "    format: meal", "yaml-syntax", hint="flow sequence at line"),
    Case("yaml-bad-indent", replace(ANN, "    venue: White", "     venue: White"), ANN, "     venue:", "yaml-syntax"),
    Case("yaml-alias-bomb", write(ANN, "source_id: munir-trump-luncheon\nlol: &a [lol, lol, lol]\n"
                                       "lols: [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nrecords: []\n"),
         ANN, "lol: &a", "yaml-syntax", hint="anchors (&a) are not allowed"),
    Case("yaml-python-tag", replace(ANN, "coder: diprel-team", "coder: !!python/object/apply:os.system [true]"),
         ANN, "coder: !!python", "yaml-syntax", hint="tags (!!python/object/apply:os.system)"),
    Case("yaml-deep-nesting", write(ANN, "source_id: munir-trump-luncheon\nrecords: " + "[" * 5000 + "]" * 5000 + "\n"),
         ANN, 2, "yaml-syntax", hint="nesting deeper than"),
    Case("yaml-nan", replace(ANN, "duration_hours: 87", "duration_hours: .nan"), ANN, "duration_hours: .nan", "yaml-syntax",
         hint="no NaN or infinity"),
    Case("yaml-control-character", replace(ANN, "venue: White House", "venue: White\x07House"), ANN, "venue: White", "yaml-syntax"),
    Case("yaml-duplicate-key", replace(ANN, "    format: meal\n", "    format: meal\n    format: talks\n"),
         ANN, "format: talks", "yaml-syntax", hint="duplicate key 'format'"),
    # keys that are not columns
    Case("unknown-record-key", replace(ANN, "    state_2: USA\n", "    state_2: USA\n    stat_2: USA\n"),
         ANN, "stat_2:", "unknown-key", hint="did you mean state_2"),
    Case("unknown-evidence-key", replace(ANN, "        supports: [venue]\n", "        supports: [venue]\n        page: 3\n"),
         ANN, "page: 3", "unknown-key", hint="unknown evidence key 'page'"),
    Case("unknown-top-level-key", replace(ANN, "coder: diprel-team\n", "coder: diprel-team\nreviewer: someone\n"),
         ANN, "reviewer:", "unknown-key"),
    Case("supports-unknown-column", replace(ANN, "supports: [venue]", "supports: [venu]"), ANN, "supports: [venu]",
         "unknown-key", hint="did you mean venue"),
    # wrong types and values
    Case("wrong-type-supports", replace(ANN, "supports: [venue]", "supports: venue"), ANN, "supports: venue", "wrong-type"),
    Case("wrong-type-records", replace(ANN, "records:\n  - id: con-2025-ind-pak", "records: none\nold:\n  - id: con-2025-ind-pak"),
         ANN, "records: none", "wrong-type", problems=2),  # and `old:` is an unknown key
    Case("count-not-a-number", replace(ANN, "count: 40", "count: forty"), ANN, "count: forty", "wrong-value"),
    Case("count-negative", replace(ANN, "count: 40", "count: -40"), ANN, "count: -40", "wrong-value", hint="below the minimum 0"),
    Case("count-not-whole", replace(ANN, "count: 40", "count: 40.5"), ANN, "count: 40.5", "wrong-value", hint="whole number"),
    Case("enum-violation", replace(ANN, "format: meal", "format: dinner"), ANN, "format: dinner", "wrong-value",
         hint="is not one of"),
    Case("review-status-invalid", replace(ANN, "review_status: reviewed", "review_status: approved"), ANN,
         "review_status: approved", "wrong-value"),
    Case("confidence-out-of-range", replace(ANN, "    review_status: reviewed\n", "    review_status: reviewed\n    confidence: 1.5\n"),
         ANN, "confidence: 1.5", "wrong-value"),
    Case("method-invalid", replace(ANN, "      - quote: WASHINGTON\n", "      - quote: WASHINGTON\n        method: magic\n"),
         ANN, "method: magic", "wrong-value"),
    Case("source-id-mismatch", replace(ANN, "source_id: munir-trump-luncheon\ncoder", "source_id: munir-trump-lunch\ncoder"),
         ANN, "source_id: munir-trump-lunch", "wrong-value", hint="the file name"),
    # dates
    Case("date-feb-30", replace(ANN, 'trigger_date: "2025-04-22"', 'trigger_date: "2025-02-30"'), ANN, "trigger_date:",
         "wrong-value", hint="not a real calendar date"),
    Case("date-month-13", replace(ANN, 'trigger_date: "2025-04-22"', 'trigger_date: "2025-13-01"'), ANN, "trigger_date:",
         "wrong-value", hint="not a real calendar date"),
    Case("date-not-iso", replace(ANN, 'trigger_date: "2025-04-22"', "trigger_date: 22 April 2025"), ANN, "trigger_date:",
         "wrong-value", hint="YYYY-MM-DD"),
    # ids
    Case("missing-id", replace(ANN, "  - id: mtg-2025-06-18-usa-pak", "  - ident: mtg-2025-06-18-usa-pak"), ANN,
         "- ident: mtg", "missing-id"),
    Case("unknown-id-prefix", replace(ANN, "  - id: mtg-2025-06-18-usa-pak", "  - id: mtgx-2025-06-18-usa-pak"), ANN,
         "- id: mtgx", "unknown-table", hint="prefixes: con-"),
    Case("id-not-a-slug", replace(ANN, "  - id: mtg-2025-06-18-usa-pak", "  - id: mtg-2025-06-18-USA-pak"), ANN,
         "- id: mtg-2025-06-18-USA", "bad-id"),
    Case("duplicate-id-same-file",
         replace(ANN, "  - id: cas-munir-trump-luncheon-pak-military", "  - id: cas-munir-trump-luncheon-pak-civilian"),
         ANN, "- id: cas-munir-trump-luncheon-pak-civilian", "duplicate-id", after="count: 40", hint="already used in this file"),
    Case("duplicate-claim-across-files", second_source(CLAIM.format(rid="cas-munir-trump-luncheon-pak-military")),
         ANN2, "- id: cas-munir-trump-luncheon-pak-military", "duplicate-claim", hint="give this figure a new id"),
    Case("event-coded-differently", second_source(MEETING.format(format="talks")), ANN2, "format: talks", "event-conflict",
         hint="'meal' in data/annotations/munir-trump-luncheon.yaml:"),
    # references
    Case("unknown-actor", replace(ANN, "actor_1: asim-munir", "actor_1: asim-munr"), ANN, "actor_1: asim-munr",
         "unknown-actor", hint="known ids close to it: asim-munir"),
    Case("unknown-state", replace(ANN, "state_1: PAK\n    actor_2", "state_1: PAQ\n    actor_2"), ANN, "state_1: PAQ",
         "unknown-actor", hint="PAK"),
    Case("person-in-state-column", replace(ANN, "state_1: PAK\n    actor_2", "state_1: asim-munir\n    actor_2"), ANN,
         "state_1: asim-munir", "not-a-state", hint="use its state, 'PAK'"),
    Case("unknown-conflict", replace(ANN, "conflict_id: con-2025-ind-pak", "conflict_id: con-2025-ind-pakk"), ANN,
         "conflict_id: con-2025-ind-pakk", "unknown-reference", hint="con-2025-ind-pak"),
    Case("missing-required-field", replace(ANN, "    population: civilian\n", ""), ANN,
         "- id: cas-munir-trump-luncheon-pak-civilian", "missing-field", hint="population is required"),
    Case("annotation-without-source", write("data/annotations/not-archived.yaml", "source_id: not-archived\nrecords: []\n"),
         "data/annotations/not-archived.yaml", 1, "source-missing", hint="diprel add FILE --id not-archived"),
    # quotes
    Case("quote-absent", replace(ANN, "quote: The conflict, which lasted 87 hours\n", "quote: The conflict, which lasted 78 hours\n"),
         ANN, "lasted 78 hours", "quote-not-found", hint="closest passage: 'The conflict, which lasted 87 hours'"),
    Case("quote-straight-for-curly", replace(ANN, "      - quote: WASHINGTON\n",
                                             "      - quote: \"military's bravery and professionalism\"\n"),
         ANN, "military's bravery", "quote-not-found", hint="copy exactly 'military’s bravery and professionalism'"),
    Case("quote-ambiguous", replace(ANN, "      - quote: WASHINGTON\n", "      - quote: Pakistan\n"), ANN, "quote: Pakistan",
         "quote-ambiguous", hint="occurrence: N"),
    Case("quote-too-long", replace(ANN, "      - quote: WASHINGTON\n", "      - quote: " + "WASHINGTON " * 30 + "\n"),
         ANN, "quote: WASHINGTON WASHINGTON", "quote-too-long", hint="at most 300"),
    Case("quote-offset-mismatch", replace(ANN, "      - quote: WASHINGTON\n", "      - quote: WASHINGTON\n        start: 5\n"),
         ANN, "quote: WASHINGTON", "offset-mismatch", hint="it occurs at 0"),
    Case("quote-occurrence-out-of-range", replace(ANN, "      - quote: WASHINGTON\n",
                                                  "      - quote: WASHINGTON\n        occurrence: 2\n"),
         ANN, "quote: WASHINGTON", "occurrence-out-of-range"),
    # formula injection
    Case("formula-in-text-column", replace(ANN, "venue: White House Cabinet Room", 'venue: "=HYPERLINK(\\"http://x\\")"'),
         ANN, "venue: ", "wrong-value", hint="spreadsheets run as a formula"),
    Case("formula-in-quote", replace(ANN, "      - quote: WASHINGTON\n", "      - quote: \"@SUM(A1)\"\n"), ANN,
         "@SUM", "formula-injection"),
    Case("formula-in-coder", replace(ANN, "coder: diprel-team", 'coder: "+diprel-team"'), ANN, "coder:", "wrong-value",
         hint="formula"),
    Case("formula-in-location", replace(ANN, "location: Washington", "location: -Washington"), ANN, "location: -Washington",
         "wrong-value", hint="formula"),
    # the archived source text
    Case("source-text-edited", transform_bytes(TXT, lambda b: b.replace(b"87 hours", b"78 hours")), META, "text_sha256:",
         "hash-mismatch", hint="sources are immutable"),
    Case("source-not-utf8", insert_at_line(TXT, 5, b"caf\xe9 "), TXT, 5, "encoding"),
    Case("source-bom", transform_bytes(TXT, lambda b: b"\xef\xbb\xbf" + b), TXT, 1, "source-not-normalised",
         hint="byte-order mark"),
    Case("source-crlf", transform_bytes(TXT, lambda b: b.replace(b"\n", b"\r\n")), TXT, 1, "source-not-normalised",
         hint="CR"),
    Case("source-empty", write(TXT, b""), TXT, 1, "source-empty"),
    Case("source-huge", transform_bytes(TXT, lambda b: b + b"y" * sources.MAX_TEXT_BYTES), TXT, 0, "file-too-large"),
    Case("metadata-unknown-key", replace(META, "language: en", "language: en\nauthor: someone"), META, "author:",
         "unknown-key"),
    # the annotation file itself
    Case("annotation-empty", write(ANN, b""), ANN, 1, "empty-file"),
    Case("annotation-not-utf8", insert_at_line(ANN, 12, b"\xff"), ANN, 12, "encoding"),
    Case("annotation-bom", transform_bytes(ANN, lambda b: b"\xef\xbb\xbf" + b), ANN, 1, "encoding", hint="byte-order mark"),
    Case("annotation-huge", write(ANN, "# " + "x" * yamlio.MAX_YAML_BYTES + "\n"), ANN, 0, "file-too-large"),
    # paths: ids become file names
    Case("annotation-file-name-not-a-slug", copy(ANN, "data/annotations/Munir Trump.yaml"), "data/annotations/Munir Trump.yaml",
         0, "bad-id", hint="lowercase slug"),
    Case("metadata-file-name-dots", copy(META, "data/raw/articles/..evil.yaml"), "data/raw/articles/..evil.yaml", 0, "bad-id"),
    Case("annotation-symlink-outside", symlink_out("data/annotations/linked.yaml"), "data/annotations/linked.yaml", 0,
         "bad-path", hint="escapes data/annotations"),
    Case("add-id-escapes", write("../new-article.txt", "Some article.\n"), "--id", 0, "bad-id",
         command=("add", "{root}/../new-article.txt", "--id", "../x")),
    Case("add-id-path-characters", write("../new-article.txt", "Some article.\n"), "--id", 0, "bad-id",
         command=("add", "{root}/../new-article.txt", "--id", "a/b")),
    # releases
    Case("released-id-removed", release_manifest("med-usa-ind-pak-kashmir"), "data/retractions.yaml", 1,
         "retraction-missing", hint="released in 0.1.0"),
    Case("release-manifest-malformed", write("data/releases/0.1.0.json", '{"version": "0.1.0",\n'), "data/releases/0.1.0.json", 2,
         "bad-manifest"),
    Case("release-manifest-wrong-version", write("data/releases/0.1.0.json", '{"version": "0.2.0", "records": {}}'),
         "data/releases/0.1.0.json", 1, "bad-manifest", hint="restore this one"),
    # generated files
    Case("processed-table-hand-edited", replace("data/processed/meetings.csv", "meal", "talks"),
         "data/processed/meetings.csv", 0, "stale-table", hint="run `diprel build`"),
    Case("descriptor-malformed", write("datapackage.json", "{\n"), "datapackage.json", 2, "json-syntax"),
    # semantic rules (Great Expectations), checked by the build before it writes
    Case("mediator-is-a-party", replace(ANN, "party_1_state: PAK", "party_1_state: USA"), ANN, "mediator_state: USA",
         "mediator-not-party", command=("build",)),
    Case("semantic-rule-in-check", replace(ANN, "party_1_state: PAK", "party_1_state: USA"), ANN, "mediator_state: USA",
         "mediator-not-party"),
    Case("date-end-before-start", replace(ANN, 'date_start: "2025-06-18"', 'date_start: "2025-06-19"'), ANN,
         'date_end: "2025-06-18"', "meeting-date-order", command=("build",)),
    Case("trigger-after-end", replace(ANN, 'trigger_date: "2025-04-22"', 'trigger_date: "2025-06-01"'), ANN,
         "trigger_date:", "trigger-before-end", command=("build",), problems=2),  # and ceasefire-after-trigger
    Case("build-reports-input-problems-too", replace(ANN, "actor_1: asim-munir", "actor_1: asim-munr"), ANN,
         "actor_1: asim-munr", "unknown-actor", command=("build",)),
]


def tree(root: Path) -> dict[str, bytes | None]:
    """Every path under the repository copy (directories as None), to compare byte for byte."""
    return {p.relative_to(root).as_posix(): (None if p.is_dir() or p.is_symlink() else p.read_bytes())
            for p in sorted(root.rglob("*"))}


def invoke(root: Path, args: tuple):
    args = [a.format(root=root) for a in args]
    return CliRunner().invoke(main, args, env={"DIPREL_ROOT": str(root)})


def test_the_unedited_repository_passes(repo_dir):
    result = invoke(repo_dir, ("check",))
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"ok: [1-9]\d* sources, [1-9]\d* records", result.stdout.strip())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_explained_and_nothing_is_written(case, tmp_path):
    root = copy_repo(tmp_path / "repo")
    case.edit(root)
    before = tree(root)

    result = invoke(root, case.command)

    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # no other exception escaped
    assert "Traceback" not in result.stderr
    problems = result.stderr.splitlines()
    for line in problems:
        assert PROBLEM_RE.match(line), line
    line = case.line(root)
    expected = f"{case.file}:{line}: {case.rule}: " if line else f"{case.file}: {case.rule}: "
    matching = [p for p in problems if p.startswith(expected)]
    assert matching, f"expected a line starting {expected!r} in:\n{result.stderr}"
    assert case.hint in matching[0]
    assert len(problems) == case.problems, result.stderr
    assert tree(root) == before


def test_a_real_process_reports_without_traceback(tmp_path):
    """The same contract through a real `python -m diprel` process: stderr, exit status."""
    root = copy_repo(tmp_path / "repo")
    replace(ANN, "count: 40", "count: -40")(root)
    before = tree(root)
    proc = run_cli(root, "check")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"{ANN}:")
    assert ": wrong-value: count -40 is below the minimum 0" in proc.stderr
    assert tree(root) == before
