"""Cut an immutable, versioned release: `dist/diprel-X.Y.Z/` and its zip.

The release is assembled in a temporary directory inside dist/ from the
inputs (the build's `collect`, validated in three layers there), checked
(Parquet equals CSV, frictionless validates the release's own descriptor) and
only then renamed into place, together with the manifest
`data/releases/X.Y.Z.json` that tells later builds what was released. Any
refusal, error or interrupt before that leaves dist/ and data/ as they were.

Release layout:

    datapackage.json          name, version, created, licenses, resources with bytes and sha256 hash
    data/<table>.csv          the tables, byte for byte what `diprel build` writes
    parquet/<table>.parquet   the same tables typed (date32, dictionary enums, int64), zstd
    schemas/<table>.schema.json
    sources/<id>.txt          archived texts of sources whose rights are `redistributable`
    retractions.csv           every retracted record id: id, version, reason
    CITATION.cff  CHANGELOG.md (this version's section)  CODEBOOK.md
    DIFF.md  diff.json        record-level diff against the previous release
    SHA256SUMS                `sha256sum -c` format, over every other file

Version rules (Data Package version recipe): a schema change needs a major
bump, added or removed records a minor one, corrections a patch; the version
must be the next patch, minor or major after the latest release, must not
exist yet, and CHANGELOG.md must have its section (written by hand: it says
why; DIFF.md says what). `created` is $SOURCE_DATE_EPOCH, else the time of the
last git commit, else 1980-01-01T00:00:00Z, so that the same commit releases
byte-identical CSV files and descriptor.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import build, history, schemas, sources, tablesio, validate, yamlio
from .atomic import signals_deferred, stage_file
from .errors import DiprelError, Problem
from .paths import Repo
from .vocab import RIGHTS

FALLBACK_EPOCH = 315532800   # 1980-01-01T00:00:00Z, the earliest time a zip entry can carry
CHANGELOG_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$", re.M)


@dataclass
class Result:
    directory: Path
    archive: Path
    manifest: Path
    diff: history.Diff
    files: int


def refuse(where: str, rule: str, message: str, hint: str = ""):
    raise DiprelError(Problem(where, 0, rule, message, hint))


# --- checks before anything is written -------------------------------------------

def check_new_version(repo: Repo, version: str) -> None:
    try:
        history.parse_version(version)
    except ValueError as exc:
        refuse(f"release {version}", "bad-version", str(exc), "write three numbers, e.g. 0.1.0")
    for path in (history.manifest_path(repo, version), repo.dist / f"diprel-{version}", repo.dist / f"diprel-{version}.zip"):
        if path.exists():
            refuse(repo.rel(path), "version-exists", f"version {version} was already released; releases are immutable",
                   "choose the next version")
    previous = history.latest(repo)
    problem = history.check_successor(version, previous and previous["version"])
    if problem:
        refuse(f"release {version}", "version-order", problem)


def check_bump(version: str, d: history.Diff) -> None:
    if d.old is None:
        return
    given = history.bump_of(version, d.old.version)
    if history.BUMPS.index(given) < history.BUMPS.index(d.bump):
        why = {"major": f"the schema of {', '.join(d.schemas_changed)} changed",
               "minor": f"{len(d.added)} record(s) added and {len(d.removed)} removed"}[d.bump]
        refuse(f"release {version}", "version-rule", f"{version} is a {given} release but {why} since {d.old.version}: a {d.bump} bump is needed",
               f"release {'.'.join(map(str, history.next_versions(d.old.version)[d.bump]))}")


def changelog_section(repo: Repo, version: str) -> str:
    """This version's section of CHANGELOG.md, heading included."""
    path = repo.root / "CHANGELOG.md"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    heads = list(CHANGELOG_HEADING.finditer(text))
    for i, m in enumerate(heads):
        if m["version"] == version:
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            return text[m.start():end].strip() + "\n"
    refuse("CHANGELOG.md", "changelog-missing", f"no section `## [{version}] - YYYY-MM-DD` for this release",
           "add it, with ### Data and ### Schema subsections saying what changed and why")


def check_metadata_versions(repo: Repo, version: str) -> None:
    """datapackage.json and CITATION.cff must already say the version being released."""
    package = json.loads(repo.descriptor.read_text(encoding="utf-8"))
    if package.get("version") != version:
        refuse("datapackage.json", "version-mismatch", f"version is {package.get('version')!r}, not {version!r}", f'set "version": "{version}"')
    citation = repo.root / "CITATION.cff"
    if not citation.is_file():
        refuse("CITATION.cff", "file-missing", "the repository has no CITATION.cff")
    doc = yamlio.read(citation, display="CITATION.cff")
    cited = doc.get("version") if isinstance(doc, dict) else None
    if str(cited) != version:
        refuse("CITATION.cff", "version-mismatch", f"version is {cited!r}, not {version!r}", f'set version: "{version}"')


# --- the parts of a release --------------------------------------------------------

def created_at(repo: Repo) -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or _git_commit_time(repo) or str(FALLBACK_EPOCH)
    if not epoch.isdigit():
        refuse("SOURCE_DATE_EPOCH", "bad-value", f"{epoch!r} is not a number of seconds since 1970")
    return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _git_commit_time(repo: Repo) -> str | None:
    """Commit time of HEAD when the repository root is a git work tree's top (not some enclosing repo)."""
    try:
        top = subprocess.run(["git", "-C", str(repo.root), "rev-parse", "--show-toplevel"], capture_output=True, text=True, timeout=10)
        if top.returncode or Path(top.stdout.strip()).resolve() != repo.root.resolve():
            return None
        out = subprocess.run(["git", "-C", str(repo.root), "log", "-1", "--format=%ct"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def arrow_schema(table: schemas.Table):
    import pyarrow as pa

    def arrow_type(f):
        if f.enum:
            return pa.dictionary(pa.int32(), pa.string(), ordered=f.ordered)
        return {"date": pa.date32(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}.get(f.type, pa.string())

    return pa.schema([pa.field(f.name, arrow_type(f), nullable=not f.required,
                               metadata={"description": f.description} if f.description else None)
                      for f in table.fields])


def _csv_columns(text: str) -> dict[str, list[str | None]]:
    header, *rows = list(csv.reader(io.StringIO(text)))
    return {c: [row[i] or None for row in rows] for i, c in enumerate(header)}


def _arrow_array(f: schemas.Field, values: list[str | None], typ):
    import pyarrow as pa

    if f.enum:
        codes = pa.array([None if v is None else f.enum.index(v) for v in values], pa.int32())
        return pa.DictionaryArray.from_arrays(codes, pa.array(list(f.enum), pa.string()), ordered=f.ordered)
    parse = {"date": dt.date.fromisoformat, "integer": int, "number": float, "boolean": lambda v: v == "true"}.get(f.type, str)
    return pa.array([None if v is None else parse(v) for v in values], typ)


def write_parquet(table: schemas.Table, csv_text: str, path: Path) -> None:
    """The CSV's rows, in its order, typed by an explicit Arrow schema (no pandas metadata)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    columns = _csv_columns(csv_text)
    arrays = [_arrow_array(f, columns[f.name], schema.field(f.name).type) for f in table.fields]
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), path, compression="zstd")


def check_parquet(table: schemas.Table, csv_text: str, path: Path) -> list[str]:
    """Differences between a Parquet file and the CSV it was written from (types and every cell)."""
    import pyarrow.parquet as pq

    back = pq.read_table(path)
    if not back.schema.equals(arrow_schema(table), check_metadata=False):
        return [f"Arrow schema differs from {table.name}'s Table Schema"]
    expected = _csv_columns(csv_text)
    out = []
    for f in table.fields:
        got = [tablesio.cell(v) or None for v in back.column(f.name).to_pylist()]
        if got != expected[f.name]:
            out.append(f"column {f.name} differs from the CSV")
    return out


def codebook(version: str, tables: dict, counts: dict[str, int]) -> str:
    """CODEBOOK.md, generated from the Table Schemas shipped in the release."""
    out = [f"# diprel {version} codebook", "",
           "Generated from the Table Schemas in `schemas/`, the single source of truth for columns, types and values.", "",
           "## Conventions", "",
           "- Each table is tidy: one observation per row. CSV files are UTF-8 with `\\n` line ends; an empty cell is null.",
           "- Null means unknown or not stated in the source: never zero, never guessed.",
           "- States are ISO 3166-1 alpha-3 codes. Dates are ISO 8601 (`YYYY-MM-DD`).",
           "- Events carry a date interval: `date_start`..`date_end`, its `date_precision`, and `date_basis` saying how the date was obtained.",
           "- A casualty figure is a claim by one source, not a truth: sources that differ give separate rows, never merged.",
           "- Every record has evidence: verbatim quotes with character offsets into the source's normalised text (`evidence`).",
           "- Record ids are stable; an id that disappears is listed in `retractions.csv` with the version and the reason.",
           "- `parquet/` holds the same tables typed (dates, categoricals, nullable integers); `sources/` the texts that may be redistributed.",
           ""]
    for name, table in tables.items():
        out += _codebook_table(table, counts.get(name, 0))
    return "\n".join(out)


def _codebook_table(table: schemas.Table, rows: int) -> list[str]:
    desc = table.descriptor
    fks = ", ".join(f"`{col}` → `{ref}.{ref_col}`" for col, ref, ref_col in table.foreign_keys())
    out = [f"## `{table.name}`: {desc.get('title', table.name)}", "", desc.get("description", ""), "",
           f"Rows: {rows}. Primary key: {', '.join(f'`{c}`' for c in table.primary_key)}." + (f" References: {fks}." if fks else ""), "",
           "| column | type | required | values | description |", "|---|---|---|---|---|"]
    for f in table.fields:
        out.append(f"| `{f.name}` | {_type_label(f)} | {'yes' if f.required else 'no'} | {_values_label(f)} | {_md(f.description)} |")
    return out + [""]


def _type_label(f: schemas.Field) -> str:
    if f.enum:
        return "categorical, ordered" if f.ordered else "categorical"
    return f.type


def _values_label(f: schemas.Field) -> str:
    parts = []
    if f.enum:
        parts.append((" < " if f.ordered else ", ").join(f"`{v}`" for v in f.enum))
    if f.unique:
        parts.append("unique")
    if f.pattern:
        parts.append(f"pattern `{_md(f.pattern)}`")
    if f.minimum is not None:
        parts.append(f"≥ {f.minimum}")
    if f.maximum is not None:
        parts.append(f"≤ {f.maximum}")
    if f.max_length:
        parts.append(f"at most {f.max_length} characters")
    return "; ".join(parts)


def _md(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def diff_json(d: history.Diff) -> dict:
    return {
        "from": d.old.version if d.old else None, "to": d.new.version, "bump_needed": d.bump if d.old else None,
        "schemas_changed": d.schemas_changed,
        "added": [{"table": t, "id": i} for t, i in d.added],
        "removed": [{"table": t, "id": i, "retraction": d.retraction(i)} for t, i in d.removed],
        "changed": [{"table": t, "id": i, "fields": fields} for t, i, fields in d.changed],
    }


def diff_markdown(d: history.Diff) -> str:
    if d.old is None:
        out = [f"# diprel {d.new.version}: first release", "", "Every row is new.", ""]
    else:
        out = [f"# diprel {d.new.version}: changes since {d.old.version}", "",
               f"Schema changes: {', '.join(f'`{s}`' for s in d.schemas_changed) or 'none'}. "
               f"Least version bump these changes need: {d.bump}.", ""]
    out += ["| table | added | removed | changed |", "|---|---|---|---|"]
    for name in dict.fromkeys([*d.new.units, *(d.old.units if d.old else {})]):
        counts = [sum(t == name for t, *_ in items) for items in (d.added, d.removed, d.changed)]
        if any(counts):
            out.append(f"| {name} | {' | '.join(map(str, counts))} |")
    out.append("")
    if d.added:
        out += ["## Added", "", "| table | id |", "|---|---|", *[f"| {t} | `{i}` |" for t, i in d.added], ""]
    if d.removed:
        out += ["## Removed", "", "| table | id | retraction |", "|---|---|---|"]
        for t, i in d.removed:
            r = d.retraction(i)
            note = _md(f"{r['version']}: {r['reason']}") if r else ""
            out.append(f"| {t} | `{i}` | {note} |")
        out.append("")
    if d.changed:
        out += ["## Changed", "", "| table | id | fields |", "|---|---|---|",
                *[f"| {t} | `{i}` | {', '.join(f'`{c}`' for c in fields)} |" for t, i, fields in d.changed], ""]
    return "\n".join(out)


def diff_text(d: history.Diff) -> str:
    """The diff for a terminal; changed values are shown when both sides' rows are at hand."""
    head = f"{d.old.version if d.old else '(nothing)'} -> {d.new.version}: "
    lines = [head + f"{len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} changed"
             + (f"; schema changed: {', '.join(d.schemas_changed)}" if d.schemas_changed else "")]
    lines += [f"added    {t}  {i}" for t, i in d.added]
    for t, i in d.removed:
        r = d.retraction(i)
        lines.append(f"removed  {t}  {i}" + (f"  (retracted in {r['version']}: {r['reason']})" if r else ""))
    for t, i, fields in d.changed:
        lines.append(f"changed  {t}  {i}: {', '.join(fields)}")
        if d.old and d.old.values and d.new.values:
            before, after = d.old.values[t][i], d.new.values[t][i]
            lines += [f"    {c}: {_change(before.get(c), after.get(c))}" for c in fields if c != "evidence"]
    return "\n".join(lines)


def _change(before, after, width: int = 60) -> str:
    """`old -> new`; for long texts, the stretch around the first difference."""
    a, b = (json.dumps(v, ensure_ascii=False) for v in (before, after))
    if len(a) <= width and len(b) <= width:
        return f"{a} -> {b}"
    start = max(0, next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b))) - width // 3)
    return f"…{a[start:start + width]}… -> …{b[start:start + width]}…"


def retractions_csv(retracted: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "version", "reason"])
    w.writerows([r["id"], r["version"], r["reason"]] for r in sorted(retracted, key=lambda r: r["id"]))
    return buf.getvalue()


def citation(repo: Repo, created: str) -> str:
    """The repository's CITATION.cff with date-released set to this release's date."""
    text = (repo.root / "CITATION.cff").read_text(encoding="utf-8")
    line = f'date-released: "{created[:10]}"'
    text, n = re.subn(r"^date-released:.*$", line, text, count=1, flags=re.M)
    return text if n else text.rstrip("\n") + "\n" + line + "\n"


def package_descriptor(repo: Repo, version: str, created: str, directory: Path) -> dict:
    """The release's datapackage.json: the repository's metadata plus resources with sizes and hashes."""
    meta = json.loads(repo.descriptor.read_text(encoding="utf-8"))
    meta.pop("resources", None)
    meta.update(version=version, created=created)
    resources = []
    for res in build.descriptor(repo, "data")["resources"]:
        path = directory / res["path"]
        data = path.read_bytes()
        resources.append({**res, "bytes": len(data), "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
                          "x-diprel": {"parquet": f"parquet/{res['name']}.parquet"}})
    return {**meta, "resources": resources}


def check_package(directory: Path) -> list[Problem]:
    """Frictionless on the release's own descriptor: schemas, keys, bytes and hashes."""
    from frictionless import Package, system

    with system.use_context(trusted=False):
        report = Package(str(directory / "datapackage.json")).validate()
    problems = [Problem(f"{directory.name}/datapackage.json", 0, f"frictionless-{e.type}", " ".join(e.message.split()))
                for e in report.errors]
    for task in report.tasks:
        problems += [Problem(f"{directory.name}/{task.place}", getattr(e, "row_number", 0) or 0, f"frictionless-{e.type}",
                             " ".join(e.message.split())) for e in task.errors]
    return problems


def sha256sums(directory: Path) -> str:
    lines = []
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        rel = path.relative_to(directory).as_posix()
        if rel != "SHA256SUMS":
            lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {rel}\n")
    return "".join(lines)


def write_zip(directory: Path, archive: Path, created: str) -> None:
    """A zip of the release under its own folder name: sorted entries, fixed times and modes, relative names."""
    stamp = dt.datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ")
    stamp = max(stamp, dt.datetime(1980, 1, 1))
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(p for p in directory.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{directory.name}/{path.relative_to(directory).as_posix()}", stamp.timetuple()[:6])
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes(), compresslevel=9)


def _write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8", newline="\n")


# --- the release ------------------------------------------------------------------------

def release(repo: Repo, version: str) -> Result:
    """Check, assemble, verify, then move dist/diprel-VERSION/, its zip and the manifest into place."""
    check_new_version(repo, version)
    built = build.collect(repo)          # also refuses released ids dropped without a retraction
    tables = schemas.tables(repo)
    csvs = validate.built_csv(repo, built)
    stale = validate.stale_tables(repo, built, csvs)
    for row in built.rows["records"]:
        row["first_release"] = row["first_release"] or version
    # Only the records table carries first_release: the other texts are the ones just checked for staleness.
    csvs["records"] = tablesio.to_csv(tables["records"], built.rows["records"])
    retracted, problems = history.retractions(repo)
    if problems:
        raise DiprelError(problems)
    previous = history.latest(repo)
    d = history.diff(previous and history.from_manifest(previous), history.snapshot(version, tables, built.rows, retracted))
    check_bump(version, d)
    check_metadata_versions(repo, version)
    section = changelog_section(repo, version)
    if stale:   # the release must equal the committed tables, so that "released from commit X" holds
        raise DiprelError(stale)

    created = created_at(repo)
    made_dist = not repo.dist.exists()
    repo.dist.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".diprel-{version}.tmp-", dir=repo.dist))
    try:
        target = tmp / f"diprel-{version}"
        assemble(repo, target, version, created, built, tables, csvs, d, retracted, section)
        write_zip(target, tmp / f"{target.name}.zip", created)
        files = {f"data/{name}.csv": f"sha256:{hashlib.sha256(text.encode()).hexdigest()}" for name, text in csvs.items()}
        manifest = history.to_manifest(d.new, created, {t.name for t in schemas.record_tables(repo).values()}, files)
        _move_into_place(repo, tmp, target, manifest, csvs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if made_dist and not any(repo.dist.iterdir()):   # a failed first release leaves no dist/ behind
            repo.dist.rmdir()
    _remove_leftovers(repo.dist)
    final = repo.dist / target.name
    return Result(final, repo.dist / f"{target.name}.zip", history.manifest_path(repo, version), d,
                  sum(1 for p in final.rglob("*") if p.is_file()))


def assemble(repo: Repo, target: Path, version: str, created: str, built: build.Built, tables: dict,
             csvs: dict[str, str], d: history.Diff, retracted: list[dict], section: str) -> None:
    """Write and verify every file of the release in `target`, with `csvs` the CSV text of each table."""
    for name, text in csvs.items():
        _write(target / "data" / f"{name}.csv", text)
    problems = validate.problems_for(repo, target / "data", build.descriptor(repo, repo.rel(target / "data")), built)
    if problems:
        raise DiprelError(problems)
    (target / "parquet").mkdir()
    for name, table in tables.items():
        path = target / "parquet" / f"{name}.parquet"
        write_parquet(table, csvs[name], path)
        problems += [Problem(f"{target.name}/parquet/{name}.parquet", 0, "parquet-mismatch", m)
                     for m in check_parquet(table, csvs[name], path)]
    for name, table in tables.items():
        _write(target / "schemas" / table.path.name, table.path.read_text(encoding="utf-8"))
    for row in built.rows["sources"]:
        if row["rights"] == RIGHTS.redistributable:
            _write(target / "sources" / f"{row['source_id']}.txt", sources.load(repo, row["source_id"]).text)
    _write(target / "retractions.csv", retractions_csv(retracted))
    _write(target / "CITATION.cff", citation(repo, created))
    _write(target / "CHANGELOG.md", f"# Changelog of diprel {version}\n\n{section}")
    _write(target / "CODEBOOK.md", codebook(version, tables, {n: len(r) for n, r in built.rows.items()}))
    _write(target / "DIFF.md", diff_markdown(d))
    _write(target / "diff.json", build.dump_json(diff_json(d)))
    _write(target / "datapackage.json", build.dump_json(package_descriptor(repo, version, created, target)))
    problems += check_package(target)
    if problems:
        raise DiprelError(problems)
    _write(target / "SHA256SUMS", sha256sums(target))


def _move_into_place(repo: Repo, tmp: Path, target: Path, manifest: dict, csvs: dict[str, str]) -> None:
    """Rename the release, its zip and the manifest into place, and refresh data/processed (first_release)."""
    final = repo.dist / target.name
    archive = repo.dist / f"{target.name}.zip"
    manifest_file = history.manifest_path(repo, manifest["version"])
    manifest_file.parent.mkdir(parents=True, exist_ok=True)
    staged = [(stage_file(manifest_file, build.dump_json(manifest)), manifest_file)]
    for name, text in csvs.items():
        path = repo.processed / f"{name}.csv"
        if path.read_text(encoding="utf-8") != text:
            staged.append((stage_file(path, text), path))
    try:
        with signals_deferred():
            os.rename(target, final)
            os.rename(tmp / archive.name, archive)
            for src, dst in staged:
                os.replace(src, dst)
    finally:
        for src, _ in staged:
            src.unlink(missing_ok=True)


def _remove_leftovers(dist: Path) -> None:
    """Temporary directories of releases that were killed before they could clean up."""
    for old in dist.glob(".diprel-*.tmp-*"):
        shutil.rmtree(old, ignore_errors=True)


# --- reading releases back, for `diprel diff` -------------------------------------------

def snapshot_of(repo: Repo, ref: str) -> history.Snapshot:
    """A release directory (or its datapackage.json), or a version: dist/diprel-V, else its committed manifest."""
    path = Path(ref)
    if path.name == "datapackage.json":
        path = path.parent
    if not path.is_dir() and history.VERSION_RE.fullmatch(ref):
        if (repo.dist / f"diprel-{ref}").is_dir():
            path = repo.dist / f"diprel-{ref}"
        elif history.manifest_path(repo, ref).is_file():
            return history.from_manifest(history.read_manifest(repo, history.manifest_path(repo, ref)))
    if not (path / "datapackage.json").is_file():
        refuse(ref, "no-release", "neither a release directory nor a released version",
               "give a path like dist/diprel-0.1.0 or a version with a manifest in data/releases/")
    return _snapshot_of_directory(path)


def _snapshot_of_directory(path: Path) -> history.Snapshot:
    desc = json.loads((path / "datapackage.json").read_text(encoding="utf-8"))
    base = Repo(path)
    tables, rows = {}, {}
    for res in desc["resources"]:
        tables[res["name"]] = schemas.read_table(res["name"], base.inside(path, res["schema"]))
        text = base.inside(path, res["path"]).read_text(encoding="utf-8")
        header, *data = list(csv.reader(io.StringIO(text)))
        rows[res["name"]] = [dict(zip(header, r)) for r in data]
    retracted = []
    if (path / "retractions.csv").is_file():
        retracted = list(csv.DictReader(io.StringIO((path / "retractions.csv").read_text(encoding="utf-8"))))
    return history.snapshot(desc.get("version"), tables, rows, retracted)


def diff_releases(repo: Repo, old: str, new: str) -> history.Diff:
    return history.diff(snapshot_of(repo, old), snapshot_of(repo, new))
