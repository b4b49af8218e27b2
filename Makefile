# Dateline: `make demo` shows the product on the bundled examples; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE := sqlite:///dateline.db

.PHONY: demo test lint bench bench-quick bench-temporal bench-resolve bench-extraction clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the project's metadata changes; the package itself is installed editable.
$(VENV)/.installed-%: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[$*]'
	touch $@

demo: $(VENV)/.installed-test
	$(BIN)/dateline ingest --manifest examples/reports.json --store $(STORE)
	@for view in reports "claims --kind casualties" "timeline --by day" casualties talks \
	    "casualties --as-of 2024-02-03" verify; do \
	  echo; echo "$$ dateline $$view"; $(BIN)/dateline $$view --store $(STORE) || exit 1; \
	done
	@mkdir -p out
	$(BIN)/dateline export --format md -o out/briefing.md --store $(STORE)
	$(BIN)/dateline export --format html -o out/dateline.html --store $(STORE)
	@echo; echo "Briefing: out/briefing.md   Timeline page: out/dateline.html (open it in a browser)"

test: $(VENV)/.installed-test lint
	$(BIN)/pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/mypy domain projections exports

bench: $(VENV)/.installed-bench $(VENV)/.installed-test
	$(BIN)/python -m bench.perf

bench-quick: $(VENV)/.installed-bench $(VENV)/.installed-test
	$(BIN)/python -m bench.perf --quick

bench-temporal: $(VENV)/.installed-bench
	$(BIN)/python -m bench.temporal

bench-resolve: $(VENV)/.installed-test
	$(BIN)/python -m bench.resolve

bench-extraction: $(VENV)/.installed-test
	$(BIN)/python -m bench.extraction

clean:
	rm -rf $(VENV) dateline.db *.egg-info .pytest_cache .mypy_cache .ruff_cache
