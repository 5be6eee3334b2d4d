"""Code names enum values only through diprel.vocab and diprel.extract.vocab, which read them from schemas/.

Two checks walk the package's source without running it: every `POPULATION.x`-style name is a value of its
column's enum, and no code compares or assigns an enum column with a bare string. Each has a fixture that proves
it fires.
"""
from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

import diprel
from diprel import schemas
from diprel import vocab as package_vocab
from diprel.extract import vocab

PACKAGE = Path(diprel.__file__).parent
NAMESPACES = {name: value for module in (package_vocab, vocab) for name, value in vars(module).items()
              if name.isupper() and not name.startswith("_") and hasattr(value, "__dict__")}
# Columns (and the attributes the rules keep them in) whose values are enums: a bare string compared with, or put
# into, one of these is a value written outside schemas/.
ENUM_COLUMNS = {f.name for t in schemas.tables().values() for f in t.fields if f.enum} | {"precision", "basis"}
# Enum columns whose values are names or codes, not a vocabulary: a table's name, a CAMEO code.
NOT_VOCABULARY = {"cameo_code", "table_name"}
# (column, value) pairs of a key that shares an enum column's name but is another thing.
NOT_VALUES = {("format", "csv")}  # a Frictionless resource's file format, in the datapackage descriptor


def unknown_values(source: str, path: str) -> list[str]:
    """`path:line: NAMESPACE.value` for every vocabulary name the schema does not have."""
    return [f"{path}:{node.lineno}: {node.value.id}.{node.attr}" for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            and node.value.id in NAMESPACES and not hasattr(NAMESPACES[node.value.id], node.attr)]


def _vocabulary(name) -> str | None:
    return name if name in ENUM_COLUMNS - NOT_VOCABULARY else None


def _column(node: ast.AST) -> str | None:
    """The enum column an expression reads: `f["kind"]`, `f.get("kind")`, `d.precision`."""
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        name = node.slice.value
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
            and node.args and isinstance(node.args[0], ast.Constant):
        name = node.args[0].value
    elif isinstance(node, ast.Attribute) and node.attr != "kind":  # a mention's kind ("person", "state") is no column
        name = node.attr
    else:
        return None
    return _vocabulary(name)


def _strings(node: ast.AST) -> list[str]:
    """The string constants of an expression that yields a value: `"x"`, `("x", "y")`, `"x" if c else "y"`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.Set, ast.List)):
        return [s for e in node.elts for s in _strings(e)]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def bare_values(source: str, path: str) -> list[str]:
    """`path:line: column "value"` for every bare string compared with, assigned to, keyed as, passed as or
    defaulted as an enum column."""
    found = []
    for node in ast.walk(ast.parse(source)):
        pairs = []
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            pairs = [(_column(a), b) for a in sides for b in sides if a is not b]
        elif isinstance(node, ast.Assign):
            pairs = [(_column(t), node.value) for t in node.targets]
        elif isinstance(node, ast.arguments):  # a parameter's default: def archive(rights="quote-only")
            params = [*node.posonlyargs, *node.args, *node.kwonlyargs]
            defaults = [None] * (len(node.posonlyargs) + len(node.args) - len(node.defaults)) + [*node.defaults] \
                + [*node.kw_defaults]
            pairs = [(_vocabulary(p.arg), d) for p, d in zip(params, defaults) if d]
        elif isinstance(node, ast.keyword):  # a keyword argument: archive(rights="quote-only")
            pairs = [(_vocabulary(node.arg), node.value)]
        elif isinstance(node, ast.Dict):
            pairs = [(_vocabulary(k.value) if isinstance(k, ast.Constant) else None, v)
                     for k, v in zip(node.keys, node.values)]
        found += [f"{path}:{other.lineno}: {column} {value!r}" for column, other in pairs if column
                  for value in _strings(other) if (column, value) not in NOT_VALUES]
    return found


def _sources():
    return [(p, p.read_text()) for p in sorted(PACKAGE.rglob("*.py"))]


def test_every_vocabulary_name_is_a_value_of_its_schema_enum():
    assert [u for p, src in _sources() for u in unknown_values(src, str(p))] == []


def test_an_unknown_vocabulary_name_is_reported_with_its_line():
    src = "from .vocab import POPULATION\n\nx = POPULATION.military\ny = POPULATION.militia\n"
    assert unknown_values(src, "rules/x.py") == ["rules/x.py:4: POPULATION.militia"]


def test_no_code_writes_an_enum_value_as_a_bare_string():
    assert [b for p, src in _sources() for b in bare_values(src, str(p))] == []


@pytest.mark.parametrize("line", [
    'if f.get("kind") == "offer": pass',
    'ok = h.fields["population"] in ("unspecified", "civilian")',
    'fields = {"kind": "mediated" if broker else "bilateral"}',
    'h.fields["format"] = "call"',
    'same = d.precision == "day"',
    'return {"precision": "week"}',
    'drafts = [r for r in records if r.review_status == "draft"]',
    'def archive(file, rights: str = "quote-only"): pass',
    'sources.archive(repo, file, sid, published_basis="unknown")',
])
def test_a_bare_enum_value_is_reported(line):
    assert len(bare_values(line, "rules/x.py")) >= 1


@pytest.mark.parametrize("line", [
    'if f.get("kind") == MEDIATION.offer: pass',
    'if "offer" in low: pass',  # a word searched for in the text, not a value
    'kind = m.lastgroup if m.lastgroup in ("md", "year") else None',  # a regex group's name
    'people = [x for x in mentions if x.kind == "person"]',  # a mention's kind
    'resource = {"name": name, "format": "csv"}',  # a datapackage resource's file format
])
def test_vocabulary_names_and_text_words_are_not_reported(line):
    assert bare_values(line, "rules/x.py") == []


def test_the_vocabulary_is_the_schemas_enums():
    assert tuple(vars(vocab.POPULATION).values()) == schemas.table("casualty_figures").field("population").enum
    assert tuple(vars(vocab.TRUCE).values()) == schemas.table("ceasefires").field("kind").enum
    assert vocab.BASIS.year_inferred == "year_inferred"


def test_a_date_vocabulary_the_dated_tables_do_not_share_is_refused(monkeypatch):
    real = schemas.table

    def table(name, repo=None):
        t = real(name, repo)
        if name != "ceasefires":
            return t
        fields = tuple(dataclasses.replace(f, enum=f.enum[:-1]) if f.name == "date_precision" else f
                       for f in t.fields)
        return dataclasses.replace(t, fields=fields)

    monkeypatch.setattr(schemas, "table", table)
    with pytest.raises(ValueError, match="ceasefires.date_precision"):
        package_vocab.enum("meetings", "date_precision", "ceasefires")


def test_a_ranking_must_rank_every_value_once():
    basis = package_vocab.BASIS
    assert package_vocab.DATE_BASIS_STRENGTH[0] == basis.stated
    with pytest.raises(ValueError, match="DATE_BASIS_STRENGTH ranks"):
        package_vocab.ranking("DATE_BASIS_STRENGTH", (basis.stated, basis.relative), basis)
    with pytest.raises(ValueError, match="rank every value once"):
        package_vocab.ranking("X", (*package_vocab.DATE_BASIS_STRENGTH, basis.stated), basis)
