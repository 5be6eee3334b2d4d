"""Safe YAML reading that keeps line numbers.

Annotation and metadata files are written by contributors, so the loader is
defensive: size-limited, nesting-limited, aliases refused (no "billion
laughs"), explicit tags refused (`!!binary`, `!!set`, `!!python/…`), no NaN or
infinity, and timestamps left as strings so that dates are checked by our own
rules (a YAML `2025-02-30` must be a clear error, not a parser crash).
Mappings come back as `LineDict`, which remembers the line of every key.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

import yaml

from .errors import DiprelError, Problem

MAX_YAML_BYTES = 2_000_000
MAX_DEPTH = 32  # annotation files nest 5 deep; the composer recurses per level


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
    event = self.peek_event()
    line = event.start_mark.line + 1
    if isinstance(event, yaml.AliasEvent):
        raise yaml.YAMLError(f"line {line}: aliases (*{event.anchor}) are not allowed")
    if event.anchor is not None:
        raise yaml.YAMLError(f"line {line}: anchors (&{event.anchor}) are not allowed")
    if getattr(event, "tag", None) not in (None, "!"):
        tag = event.tag.replace("tag:yaml.org,2002:", "!!")
        raise yaml.YAMLError(f"line {line}: tags ({tag}) are not allowed")
    self.depth = getattr(self, "depth", 0) + 1
    if self.depth > MAX_DEPTH:
        raise yaml.YAMLError(f"line {line}: nesting deeper than {MAX_DEPTH} levels")
    try:
        return yaml.SafeLoader.compose_node(self, parent, index)
    finally:
        self.depth -= 1


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


def _construct_float(loader, node):
    value = loader.construct_yaml_float(node)
    if not math.isfinite(value):
        raise yaml.YAMLError(f"line {node.start_mark.line + 1}: {node.value!r} is not a number diprel accepts (no NaN or infinity)")
    return value


_Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


# --- fast path: libyaml ------------------------------------------------------
#
# The pure-Python scanner dominates a build over many annotation files, so
# text is first parsed by libyaml (when PyYAML has it), with results identical
# to _Loader's. Text without `!`, `&` or `*` cannot hold a tag, anchor or alias,
# so libyaml composes it and `_build` constructs it; other text goes through
# libyaml's events and our composer, with every check. Anything unusual (an
# error, a merge key, deep nesting, a control character, syntax where the two
# parsers differ) goes to _Loader,
# so that errors keep exactly its messages and lines.

class _Unsupported(Exception):
    """Not for the fast path: let the reference loader decide."""


_STR, _SEQ, _MAP = (f"tag:yaml.org,2002:{t}" for t in ("str", "seq", "map"))
_SCALARS = {f"tag:yaml.org,2002:{t}" for t in ("int", "float", "bool", "null")}
_ScalarNode = yaml.ScalarNode

if yaml.__with_libyaml__:
    class _NodeLoader(yaml.CSafeLoader):
        yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
        yaml_constructors = _Loader.yaml_constructors

        def resolve(self, kind, value, implicit):
            """Resolver.resolve for a loader without path resolvers, called once per node."""
            if kind is not yaml.ScalarNode:
                return _SEQ if kind is yaml.SequenceNode else _MAP
            if implicit[0]:
                for tag, regexp in self.yaml_implicit_resolvers.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return _STR

    class _EventLoader(yaml.composer.Composer, _NodeLoader):
        """libyaml's scanner and parser under _Loader's composer (tags, anchors, aliases, depth checked)."""

        def __init__(self, stream):
            _NodeLoader.__init__(self, stream)
            yaml.composer.Composer.__init__(self)

        compose_node = _compose_node


def _build(loader, node, depth: int):
    """What _Loader constructs from a node, or _Unsupported where it would check more.

    Called for every node of every annotation file: text, the common case, is
    handled inline, without a call.
    """
    if depth > MAX_DEPTH:
        raise _Unsupported
    tag = node.tag
    if tag == _STR:
        return node.value
    if tag == _MAP:
        out = LineDict()
        out.line = node.start_mark.line + 1
        out.key_lines = key_lines = {}
        for key_node, value_node in node.value:
            if key_node.tag == _STR and type(key_node) is _ScalarNode:
                key = key_node.value
            elif key_node.tag in _SCALARS and type(key_node) is _ScalarNode:
                key = _build(loader, key_node, depth + 1)
            else:
                raise _Unsupported
            if key is None or key in out:
                raise _Unsupported
            out[key] = value_node.value if value_node.tag == _STR else _build(loader, value_node, depth + 1)
            key_lines[key] = key_node.start_mark.line + 1
        return out
    if tag == _SEQ:
        out = LineList(child.value if child.tag == _STR else _build(loader, child, depth + 1) for child in node.value)
        out.line = node.start_mark.line + 1
        return out
    if tag in _SCALARS and type(node) is _ScalarNode:
        return loader.yaml_constructors[tag](loader, node)
    raise _Unsupported


_DIVERGING = re.compile(r"\t|[|>][-+0-9]{0,2}#")


def _diverges(text: str) -> bool:
    """Text where libyaml takes what PyYAML refuses: tabs, `>#`, `?` in a flow collection (`[a?b]`)."""
    return bool(_DIVERGING.search(text)) or ("?" in text and ("[" in text or "{" in text))


def _fast_load(text: str):
    if not yaml.__with_libyaml__ or _diverges(text) or yaml.reader.Reader.NON_PRINTABLE.search(text):
        raise _Unsupported
    if "!" in text or "&" in text or "*" in text:
        return yaml.load(text, Loader=_EventLoader)  # noqa: S506 - derives from CSafeLoader
    loader = _NodeLoader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _build(loader, node, 1)
    finally:
        loader.dispose()


def loads(text: str, *, file: str = "<string>"):
    """Parse YAML text; any failure is a DiprelError naming file and line."""
    try:
        return _fast_load(text)
    except (yaml.YAMLError, _Unsupported):
        pass  # the reference loader below reports it, with its message and line
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        msg = " ".join(str(exc.problem or exc).split())
        hint = ""  # where the unclosed bracket or quote began, when the parser noticed later
        if exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
            hint = f"{exc.context} at line {exc.context_mark.line + 1}"
        raise DiprelError(Problem(file, line, "yaml-syntax", f"malformed YAML: {msg}", hint)) from None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise DiprelError(Problem(file, line, "yaml-syntax", f"malformed YAML: control character #x{exc.character:04x} is not allowed")) from None
    except yaml.YAMLError as exc:
        msg = str(exc)
        line = 0
        if msg.startswith("line "):
            head, _, msg = msg.partition(": ")
            line = int(head.split()[1])
        raise DiprelError(Problem(file, line, "yaml-syntax", f"malformed YAML: {msg}")) from None


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
