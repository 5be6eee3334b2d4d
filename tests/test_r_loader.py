"""The R loader, run by Rscript on a release made in tmp: required in CI, skipped elsewhere without R."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from release_support import release_dir, released_base

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def rscript():
    exe = shutil.which("Rscript")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("Rscript is missing, and CI must run the R loader's test (apt-get install r-base-core r-cran-readr r-cran-jsonlite)")
        pytest.skip("Rscript is not installed")
    return exe


@pytest.mark.parametrize("where", ["release", "repository"])
def test_r_loader_gives_schema_types(rscript, tmp_path_factory, where):
    released = released_base(tmp_path_factory)
    path = release_dir(released) if where == "release" else released
    result = subprocess.run([rscript, str(ROOT / "tests" / "R" / "test_read_diprel.R"), str(path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "R loader: OK" in result.stdout
