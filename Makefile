# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= veille.duckdb

.PHONY: demo test install lint typecheck unit clean-store bench bench-scale browser eval

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Every dependency, transitively pinned in requirements.lock, then veille itself (editable).
$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

install: $(VENV)/.installed

# Runs the pipeline on the bundled example corpus (five seed articles) from a fresh store.
demo: install
	rm -f $(DB) $(DB).wal
	$(BIN)/veille run examples/seeds --db $(DB)
	$(BIN)/veille stories --db $(DB)
	$(BIN)/veille events --db $(DB)
	$(BIN)/veille entities --db $(DB) --limit 20
	$(BIN)/veille report --db $(DB) --out report.html

lint: install
	$(BIN)/ruff check src tests benchmarks tools eval

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/python -m pytest -q

test: lint typecheck unit

# The real-news corpus (eval/news): veille and the baselines on the dev and test splits, one run.
eval: install
	$(BIN)/python eval/news/evaluate.py --by-language

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
browser:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

# The issue-9 figure: veille (workers 1 and one per core) against bare spaCy (n_process 1 and 2) on the
# same 400 generated articles, in one run; the table's "/ baseline" column is the ratio to read.
bench: install
	$(BIN)/python benchmarks/bench_pipeline.py --articles 400

# Time and peak memory against corpus size (1k, 10k; add BENCH_SIZES=1000,10000,100000 on a large machine).
BENCH_SIZES ?= 1000,10000
bench-scale: install
	$(BIN)/python benchmarks/bench_scale.py --sizes $(BENCH_SIZES)
