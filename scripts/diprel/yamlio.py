"""Safe YAML reading that keeps line numbers.

Annotation and metadata files are written by contributors, so the loader is
defensive: size-limited, aliases refused (no "billion laughs"), no tags beyond
plain scalars, and timestamps left as strings so that dates are checked by our
own rules (a YAML `2025-02-30` must be a clear error, not a parser crash).
Mappings come back as `LineDict`, which remembers the line of every key.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .errors import DiprelError, Problem

MAX_YAML_BYTES = 2_000_000


class LineDict(dict):
    """A dict that knows the 1-based line of itself and of each key."""

    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


# Leave timestamps as strings: dates are validated by diprel, with our messages.
_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _compose_node(self, parent, index):
    if self.check_event(yaml.AliasEvent):
        event = self.peek_event()
        raise yaml.YAMLError(f"line {event.start_mark.line + 1}: aliases (*{event.anchor}) are not allowed")
    event = self.peek_event()
    anchor = getattr(event, "anchor", None)
    if anchor is not None:
        raise yaml.YAMLError(f"line {event.start_mark.line + 1}: anchors (&{anchor}) are not allowed")
    return yaml.SafeLoader.compose_node(self, parent, index)


_Loader.compose_node = _compose_node


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) or key is None:
            raise yaml.YAMLError(f"line {key_node.start_mark.line + 1}: mapping keys must be plain scalars")
        if key in out:
            raise yaml.YAMLError(f"line {key_node.start_mark.line + 1}: duplicate key {key!r}")
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


def _construct_sequence(loader, node):
    out = LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def loads(text: str, *, file: str = "<string>"):
    """Parse YAML text; any failure is a DiprelError naming file and line."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        msg = " ".join(str(exc.problem or exc).split())
        raise DiprelError(Problem(file, line, "yaml-syntax", f"malformed YAML: {msg}")) from None
    except yaml.YAMLError as exc:
        msg = str(exc)
        line = 0
        if msg.startswith("line "):
            head, _, msg = msg.partition(": ")
            line = int(head.split()[1])
        raise DiprelError(Problem(file, line, "yaml-syntax", f"malformed YAML: {msg}")) from None
    except RecursionError:
        raise DiprelError(Problem(file, 0, "yaml-syntax", "malformed YAML: nesting too deep")) from None


def read(path: Path, *, display: str | None = None, max_bytes: int = MAX_YAML_BYTES):
    """Read a YAML file safely: size limit, strict UTF-8, then `loads`."""
    display = display or path.as_posix()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DiprelError(Problem(display, 0, "file-missing", f"cannot read file: {exc.strerror}")) from None
    if size > max_bytes:
        raise DiprelError(Problem(display, 0, "file-too-large", f"{size} bytes exceeds the {max_bytes}-byte limit for YAML files"))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DiprelError(Problem(display, line, "encoding", f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})")) from None
    if text.startswith("\ufeff"):
        raise DiprelError(Problem(display, 1, "encoding", "file starts with a byte-order mark; save as UTF-8 without BOM"))
    return loads(text, file=display)


def dumps(data) -> str:
    """Stable, readable YAML for files diprel writes (keys in given order, unicode kept)."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
