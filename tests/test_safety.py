"""Safe by construction: no network, no path outside the repository, no unsafe YAML.

The YAML loader's refusals (aliases, tags, size, nesting) are cases in
test_bad_inputs.py; here are the properties that hold for any input.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diprel.errors import DiprelError
from diprel.paths import Repo

from conftest import ROOT, copy_repo

# Runs check and build (all three validation layers) with an audit hook that
# records every attempt to reach another host: name lookups, connections, sends,
# HTTP requests. (A library probing IPv6 support by opening a local socket is not
# one.) Audit hooks cannot be removed, hence a separate process.
AUDITED = textwrap.dedent("""
    import json, sys
    attempts = []
    NET = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
           "socket.sendto", "socket.sendmsg", "urllib.Request", "http.client.connect", "ftplib.connect",
           "smtplib.connect"}

    def hook(event, args):
        if event in NET:
            attempts.append([event, repr(args)[:200]])

    sys.addaudithook(hook)
    from click.testing import CliRunner
    from diprel.cli import main
    results = [CliRunner().invoke(main, [cmd]) for cmd in ("check", "build")]
    print(json.dumps({"exit": [r.exit_code for r in results], "attempts": attempts}))
""")


def test_check_and_build_make_no_network_access(tmp_path):
    root = copy_repo(tmp_path / "repo")
    env = {**os.environ, "DIPREL_ROOT": str(root)}
    proc = subprocess.run([sys.executable, "-c", AUDITED], cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.splitlines()[-1])
    assert report["exit"] == [0, 0]
    assert report["attempts"] == []


@pytest.mark.parametrize("bad", ["../x", "..", ".", "", "/etc/passwd", "a/../../b", "x/y", "x\\y", "x\x00", "X", "x.yaml",
                                 "-x", "x-", "x--y", "ｘ", "x" * 81, " x"])
def test_an_id_that_is_not_a_slug_never_becomes_a_path(bad):
    repo = Repo(ROOT)
    for derive in (repo.article_text, repo.article_meta, repo.annotation):
        with pytest.raises(DiprelError) as exc:
            derive(bad)
        assert exc.value.problems[0].rule == "bad-id"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=90))
def test_every_path_derived_from_an_id_stays_in_its_directory(text):
    repo = Repo(ROOT)
    for derive, base in ((repo.article_text, repo.articles), (repo.article_meta, repo.articles),
                         (repo.annotation, repo.annotations)):
        try:
            path = derive(text)
        except DiprelError:
            continue
        assert path.parent == base.resolve()


def test_a_build_leaves_ordinary_file_modes(repo, repo_dir):
    """Staging through mkstemp/mkdtemp must not leave data/processed 0700 or datapackage.json 0600."""
    from diprel import build

    build.build(repo, check=lambda *args: [])
    umask = os.umask(0)
    os.umask(umask)
    assert (repo_dir / "data" / "processed").stat().st_mode & 0o777 == 0o777 & ~umask
    assert (repo_dir / "datapackage.json").stat().st_mode & 0o777 == 0o666 & ~umask
    assert {p.stat().st_mode & 0o777 for p in (repo_dir / "data" / "processed").iterdir()} == {0o666 & ~umask}
