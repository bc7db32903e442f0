# vnnews: every target bootstraps .venv from the pinned requirements when it is missing or stale.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= seeds
REPORTS ?= reports
# notebook parameters for make report, e.g. PARAMS='--param query="tỉnh ủy" --param terms="đại hội, nhiệm kỳ"'
PARAMS ?=

BENCH_ARTICLES ?= 200 2000
# articles of the archive-size export (the stored layers of the largest size copied; 0: none)
BENCH_REPLICATE ?= 20000

.PHONY: report test lab bench venv clean

venv: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m ipykernel install --sys-prefix --name vnnews --display-name "Python (vnnews)" >/dev/null
	$(BIN)/python -m compileall -q lib >/dev/null
	touch $(STAMP)

## make report [CORPUS=folder] [REPORTS=dir]: run every notebook on CORPUS, write executed notebooks + HTML
report: $(STAMP)
	$(BIN)/vnnews report "$(CORPUS)" --out "$(REPORTS)" $(PARAMS)

## make test: lint, then unit tests, docstring examples and nbval over the notebooks, in one pytest run
test: $(STAMP)
	$(BIN)/ruff check lib tests benchmarks scripts
	$(BIN)/python -m pytest

## make lab: JupyterLab on the notebooks, with the "vnnews" kernel
lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks $$( [ "$$(id -u)" = 0 ] && echo --allow-root )

## make bench [BENCH_ARTICLES="200 2000"] [BENCH_REPLICATE=20000]: linear-time check, then the commands timed as processes, with ratios (printed, not asserted)
bench: $(STAMP)
	$(BIN)/python -m compileall -q lib >/dev/null  # byte code as pip writes it for installed packages (even under PYTHONDONTWRITEBYTECODE)
	$(BIN)/python benchmarks/doubling.py
	$(BIN)/python benchmarks/bench.py --articles $(BENCH_ARTICLES) --replicate $(BENCH_REPLICATE)

clean:
	rm -rf $(VENV) $(REPORTS) .cache
