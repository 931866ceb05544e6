# Two entry points for a new user (see README): `make check` and `make test`.
# Everything is installed into .venv by the project's own files; nothing is fetched at run time.
PYTHON ?= python3
VENV ?= .venv
# torch is pinned here, where the install happens: an unpinned torch pulls gigabytes of CUDA packages.
# On your own machine, point pip at a CPU wheel index first if you want to avoid them (see README).
TORCH ?= torch==2.13.*
BIN := $(VENV)/bin
export HF_HUB_OFFLINE ?= 1

.PHONY: setup check test clean-cache

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "$(TORCH)"
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

setup: $(VENV)/.installed

check: setup
	$(BIN)/consistency check seeds/ || [ $$? -eq 1 ]  # 1 = conflicts found, a result, not a failure

test: setup
	$(BIN)/python -m pytest

clean-cache:
	rm -rf "$${CONSISTENCY_CACHE_DIR:-$$HOME/.cache/consistency}"
