"""Archived sources: normalise, hash, archive, and load with integrity checks.

A source is `data/raw/articles/<source_id>.txt` (UTF-8, NFC, `\n` line ends,
one final newline) plus `<source_id>.yaml` metadata whose keys are the columns
of `schemas/sources.schema.json`. The text is immutable once coded: its
SHA-256 is recorded in the metadata and checked on every build.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import schemas, yamlio
from .atomic import replace_file
from .errors import DiprelError, Problem, ProblemList
from .paths import Repo, check_slug
from .vocab import PUBLISHED, RIGHTS

MAX_TEXT_BYTES = 1_000_000


def normalise(text: str) -> str:
    """The archive form: no BOM, `\n` line ends, Unicode NFC, one final newline.

    Idempotent, so that the archive form (and its hash) is a fixed point.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")  # all BOMs: a doubled one too
    text = unicodedata.normalize("NFC", text)
    return text.rstrip("\n") + "\n"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode(raw: bytes, display: str) -> str:
    """Strict UTF-8; the error names the line of the first bad byte."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DiprelError(Problem(display, line, "encoding", f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); convert the file to UTF-8")) from None


@dataclass(frozen=True)
class Source:
    source_id: str
    text: str
    meta: dict          # column -> typed value, in schema order
    meta_file: str      # repo-relative path of the metadata YAML
    meta_lines: dict    # column -> line in the metadata YAML

    @property
    def published(self) -> dt.date | None:
        return self.meta.get("published")


def read_text(repo: Repo, source_id: str) -> tuple[str, list[Problem]]:
    """The archived text, and any problem with its bytes (encoding, BOM, CRLF, NFC, size)."""
    path = repo.article_text(source_id)
    display = repo.rel(path)
    if not path.is_file():
        raise DiprelError(Problem(display, 0, "source-missing", f"no archived text for source {source_id!r}"))
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise DiprelError(Problem(display, 0, "file-too-large", f"{path.stat().st_size} bytes exceeds the {MAX_TEXT_BYTES}-byte limit for an article"))
    raw = path.read_bytes()
    text = decode(raw, display)
    problems = []
    if not text.strip():
        problems.append(Problem(display, 1, "source-empty", "archived text is empty"))
    elif text.startswith("\ufeff"):
        problems.append(Problem(display, 1, "source-not-normalised", "text starts with a byte-order mark; archive it with `diprel add`"))
    elif "\r" in text:
        line = text[: text.index("\r")].count("\n") + 1
        problems.append(Problem(display, line, "source-not-normalised", "text has CR (Windows or old Mac) line ends; archive it with `diprel add`"))
    elif text != normalise(text):
        problems.append(Problem(display, 1, "source-not-normalised", "text is not in archive form (Unicode NFC, one final newline); archive it with `diprel add`"))
    return text, problems


def load(repo: Repo, source_id: str) -> Source:
    """Load one source, checking metadata against the schema and the text against its hash."""
    table = schemas.table("sources", repo)
    check_slug(source_id, what="source id", file=f"{repo.rel(repo.articles)}/{source_id}.yaml")
    meta_path = repo.article_meta(source_id)
    meta_file = repo.rel(meta_path)
    if not meta_path.is_file():
        raise DiprelError(Problem(meta_file, 0, "source-missing", f"no metadata for source {source_id!r}; archive the article with `diprel add`"))
    doc = yamlio.read(meta_path, display=meta_file)
    problems = ProblemList()
    if not isinstance(doc, dict):
        raise DiprelError(Problem(meta_file, 1, "wrong-type", "source metadata must be a mapping of column: value"))
    known = set(table.columns)
    for key in doc:
        if key not in known:
            problems.add(meta_file, doc.line_of(key), "unknown-key", f"unknown key {key!r} in source metadata", f"known keys: {', '.join(table.columns)}")
    meta = {}
    for f in table.fields:
        value, err = schemas.check_value(f, doc.get(f.name))
        if err:
            problems.add(meta_file, doc.line_of(f.name), "wrong-value", err)
        meta[f.name] = value
    if meta.get("source_id") not in (None, source_id):
        problems.add(meta_file, doc.line_of("source_id"), "wrong-value", f"source_id {meta['source_id']!r} does not match the file name {source_id!r}")
    text, text_problems = read_text(repo, source_id)
    problems.extend(text_problems)
    if not text_problems and meta.get("text_sha256"):
        actual = sha256(text)
        if actual != meta["text_sha256"]:
            problems.add(meta_file, doc.line_of("text_sha256"), "hash-mismatch",
                         f"{repo.rel(repo.article_text(source_id))} changed after it was archived (sha256 {actual[:12]}…, recorded {meta['text_sha256'][:12]}…)",
                         "sources are immutable: restore the text with `git checkout`, or archive a corrected text as a new source")
        elif meta.get("text_chars") not in (None, len(text)):
            problems.add(meta_file, doc.line_of("text_chars"), "wrong-value", f"text_chars is {meta['text_chars']}, the text has {len(text)} characters")
    problems.raise_if_any()
    return Source(source_id, text, meta, meta_file, dict(doc.key_lines))


def source_ids(repo: Repo) -> list[str]:
    """Ids of all archived sources (by metadata file), sorted."""
    if not repo.articles.is_dir():
        return []
    return sorted(p.stem for p in repo.articles.glob("*.yaml"))


def load_all(repo: Repo) -> dict[str, Source]:
    """Every archived source; all problems across sources are reported together."""
    out, problems = {}, []
    for sid in source_ids(repo):
        try:
            out[sid] = load(repo, sid)
        except DiprelError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DiprelError(problems)
    return out


def archived_as(repo: Repo, digest: str) -> str | None:
    """The id of an archived source whose text has this SHA-256, if any."""
    needle = digest.encode()
    for sid in source_ids(repo):
        meta = repo.article_meta(sid)
        # A byte search first: parsing every metadata file made each `diprel add` cost a full YAML read
        # of the archive. Only a file that contains the digest is parsed, to confirm it is the key's value.
        try:
            if needle not in meta.read_bytes():
                continue
        except OSError:
            continue  # a missing metadata file is reported by the build, not by add
        doc = yamlio.read(meta, display=repo.rel(meta))
        if isinstance(doc, dict) and doc.get("text_sha256") == digest:
            return sid
    return None


def archive(repo: Repo, file: Path, source_id: str, *, published: dt.date | None = None,
            published_basis: str = PUBLISHED.unknown, rights: str = RIGHTS.quote_only, today: dt.date | None = None,
            **meta) -> tuple[Path, Path]:
    """Copy an article into the archive in normal form and write its metadata.

    Refuses to overwrite an existing source (sources are immutable). Returns the
    paths written. Metadata values are checked against the sources schema
    before anything is written.
    """
    check_slug(source_id, what="source id", file="--id")  # reported against the option that gave it
    display = file.as_posix()
    if not file.is_file():
        raise DiprelError(Problem(display, 0, "file-missing", "no such file"))
    if file.stat().st_size > MAX_TEXT_BYTES:
        raise DiprelError(Problem(display, 0, "file-too-large", f"{file.stat().st_size} bytes exceeds the {MAX_TEXT_BYTES}-byte limit for an article"))
    text = normalise(decode(file.read_bytes(), display))
    if not text.strip():
        raise DiprelError(Problem(display, 1, "source-empty", "the article is empty"))
    txt, yml = repo.article_text(source_id), repo.article_meta(source_id)
    if txt.exists() or yml.exists():
        raise DiprelError(Problem(repo.rel(yml), 0, "source-exists", f"source {source_id!r} is already archived; sources are immutable, choose a new id"))
    twin = archived_as(repo, sha256(text))
    if twin:
        raise DiprelError(Problem(display, 0, "source-duplicate", f"this text is already archived as {twin!r}",
                                  f"code its records in data/annotations/{twin}.yaml"))
    table = schemas.table("sources", repo)
    values = {f.name: None for f in table.fields}
    values.update(meta)
    values.update(
        source_id=source_id, published=published.isoformat() if published else None,
        published_basis=published_basis if published else PUBLISHED.unknown, rights=rights,
        retrieved=(today or dt.date.today()).isoformat(), text_sha256=sha256(text), text_chars=len(text),
    )
    values["language"] = values.get("language") or "en"
    problems = ProblemList()
    for f in table.fields:
        if f.name not in values:
            continue
        _, err = schemas.check_value(f, values[f.name])
        if err:
            problems.add(display, 0, "wrong-value", err)
    for key in values:
        if key not in table.columns:
            problems.add(display, 0, "unknown-key", f"unknown metadata key {key!r}")
    problems.raise_if_any()
    repo.articles.mkdir(parents=True, exist_ok=True)
    replace_file(txt, text)
    replace_file(yml, yamlio.dumps({k: values[k] for k in table.columns}))
    return txt, yml
