# diprel: `make build` builds and validates the dataset; `make test` runs the tests.
# Both create .venv and install the package on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: build validate check test bench release clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/diprel build
	$(BIN)/diprel validate

validate: $(STAMP)
	$(BIN)/diprel validate

check: $(STAMP)
	$(BIN)/diprel check

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_scale.py

release: $(STAMP)
	@test -n "$(VERSION)" || { echo "usage: make release VERSION=X.Y.Z"; exit 2; }
	$(BIN)/diprel release $(VERSION)

clean:
	rm -rf $(VENV) dist .pytest_cache
