# Two entry points for a new user (see README): `make check` and `make test`.
# Everything is installed into .venv by the project's own files; nothing is fetched at run time.
PYTHON ?= python3
VENV ?= .venv
# torch is pinned here, where the install happens: an unpinned torch pulls gigabytes of CUDA packages.
# On your own machine, point pip at a CPU wheel index first if you want to avoid them (see README).
TORCH ?= torch==2.13.*
BIN := $(VENV)/bin
export HF_HUB_OFFLINE ?= 1

.PHONY: setup browser check test reports bench clean-cache

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "$(TORCH)"
	$(BIN)/python -m pip install --quiet -e ".[test,ray,large]"  # ray, large: CI tests the Ray engine and the approximate index
	touch $@

setup: $(VENV)/.installed

check: setup
	$(BIN)/consistency check seeds/ || [ $$? -eq 1 ]  # 1 = conflicts found, a result, not a failure

# The HTML report is tested in Debian's headless Chromium; install it when missing (needs root or sudo).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; else \
	    echo "chromium is missing and cannot be installed without root: apt-get install chromium"; exit 0; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: setup browser
	$(BIN)/python -m pytest

# Regenerate the golden files of the format tests and the example reports for seeds/ (with a screenshot).
reports: setup browser
	$(BIN)/python -m tests.golden.regenerate
	$(BIN)/python -m tests.golden.seed_reports

# Every benchmark figure under reports/benchmarks/ (about an hour on 2 cores; QUICK=1 stops the model's scaling runs at 2,000 articles).
bench: setup
	$(BIN)/python -m pip install --quiet -e ".[test,ray,large,bench]"
	$(BIN)/python -m tests.benchmarks $(if $(QUICK),--quick,)

clean-cache:
	rm -rf "$${CONSISTENCY_CACHE_DIR:-$$HOME/.cache/consistency}"
