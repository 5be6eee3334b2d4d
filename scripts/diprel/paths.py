"""Where things live in a diprel repository, and safe paths derived from ids."""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import DiprelError, Problem

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID_LEN = 80


def check_slug(value: str, *, what: str, file: str = "", line: int = 0) -> str:
    """Ids become file names: only lowercase letters, digits and inner hyphens."""
    if not isinstance(value, str) or len(value) > MAX_ID_LEN or not SLUG_RE.fullmatch(value):
        raise DiprelError(Problem(file or "<input>", line, "bad-id",
                                  f"{what} {value!r} must be a lowercase slug (a-z, 0-9, inner hyphens, at most {MAX_ID_LEN} characters)"))
    return value


@functools.lru_cache(maxsize=64)
def _resolved(directory: Path) -> Path:
    """A repository directory with its links resolved; asked once per file otherwise."""
    return directory.resolve()


@dataclass(frozen=True)
class Repo:
    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> "Repo":
        """The repository: $DIPREL_ROOT, else the nearest parent holding schemas/ and data/."""
        env = os.environ.get("DIPREL_ROOT")
        if env:
            return cls(Path(env).resolve())
        here = (start or Path.cwd()).resolve()
        for d in (here, *here.parents):
            if (d / "schemas").is_dir() and (d / "data").is_dir():
                return cls(d)
        raise DiprelError(Problem(str(here), 0, "no-repo", "not inside a diprel repository (no schemas/ and data/ above here)"))

    # Inputs
    @property
    def schemas(self) -> Path: return self.root / "schemas"
    @property
    def articles(self) -> Path: return self.root / "data" / "raw" / "articles"
    @property
    def annotations(self) -> Path: return self.root / "data" / "annotations"
    @property
    def reference(self) -> Path: return self.root / "data" / "reference"
    @property
    def releases_log(self) -> Path: return self.root / "data" / "releases"
    @property
    def validation(self) -> Path: return self.root / "validation"
    # Outputs
    @property
    def processed(self) -> Path: return self.root / "data" / "processed"
    @property
    def descriptor(self) -> Path: return self.root / "datapackage.json"
    @property
    def dist(self) -> Path: return self.root / "dist"

    def rel(self, path: Path) -> str:
        """path for messages: relative to the repository where it lies inside it."""
        if path.is_absolute() and ".." not in path.parts:
            # Paths made from root need no symlink walk (a build names every file several times).
            try:
                return path.relative_to(self.root).as_posix()
            except ValueError:
                pass
        try:
            return path.resolve().relative_to(_resolved(self.root)).as_posix()
        except ValueError:
            return path.as_posix()

    def inside(self, base: Path, name: str) -> Path:
        """base/name, refusing anything that escapes base (ids are checked as slugs first)."""
        if "/" not in name and name not in ("", ".", ".."):
            p = _resolved(base) / name
            if not p.is_symlink():  # a plain name can escape only through a link
                return p
        p = (base / name).resolve()
        if _resolved(base) not in p.parents:
            raise DiprelError(Problem(f"{self.rel(base)}/{name}", 0, "bad-path",
                                      f"path {name!r} escapes {self.rel(base)} (a link to elsewhere?)"))
        return p

    def article_text(self, source_id: str) -> Path:
        return self.inside(self.articles, check_slug(source_id, what="source id") + ".txt")

    def article_meta(self, source_id: str) -> Path:
        return self.inside(self.articles, check_slug(source_id, what="source id") + ".yaml")

    def annotation(self, source_id: str) -> Path:
        return self.inside(self.annotations, check_slug(source_id, what="source id") + ".yaml")
