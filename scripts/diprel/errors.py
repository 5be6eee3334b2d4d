"""Problems reported against the file a contributor edits.

Every check in diprel reports a `Problem`: the file and line to edit, a stable
rule id, a one-line message and an optional hint. Commands print them as
`FILE:LINE: rule-id: message (hint)` and exit non-zero.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    rule: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.rule}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


class DiprelError(Exception):
    """One or more problems that stop a command."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = sorted(problems) if isinstance(problems, list) else [problems]
        super().__init__("\n".join(str(p) for p in self.problems))


def relpath(path: Path | str, root: Path | None = None) -> str:
    """Path as a contributor sees it: relative to the repository when inside it."""
    path = Path(path)
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


class ProblemList(list):
    """Collects problems; `raise_if_any` turns them into a DiprelError."""

    def add(self, file, line, rule, message, hint=""):
        self.append(Problem(str(file), int(line or 0), rule, message, hint))

    def raise_if_any(self):
        if self:
            raise DiprelError(list(self))
