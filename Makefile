# quotes: make report writes the reports, make test runs the tests; each sets up what it needs first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared
# PyTorch (for Stanza) must come from this CPU build: any other request pulls a multi-GB CUDA build.
TORCH := torch==2.13.0
CHROMIUM := /usr/bin/chromium
# axe-core, the accessibility checker the browser tests inject into the pages: installed by npm from
# tests/npm/package-lock.json (npm ci), read from disk when the tests run.
NPM_DIR := tests/npm
AXE_STAMP := $(NPM_DIR)/node_modules/.installed
# The translations: quotes/locale/LANG/LC_MESSAGES/messages.po, compiled into .mo files beside them.
LOCALE := quotes/locale
LANGUAGES := fr en
CATALOGS := $(foreach lang,$(LANGUAGES),$(LOCALE)/$(lang)/LC_MESSAGES/messages.mo)

.DEFAULT_GOAL := help
.PHONY: help install catalogs messages report test check lint models eval bench stress fuzz update-gold browser axe clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml setup.py Makefile
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check $(TORCH)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[stanza,names,cluster,dev]'
	$(BIN)/pybabel compile --domain messages --directory $(LOCALE)
	@touch $(STAMP)

$(LOCALE)/%/LC_MESSAGES/messages.mo: $(LOCALE)/%/LC_MESSAGES/messages.po | $(STAMP)
	$(BIN)/pybabel compile --domain messages --directory $(LOCALE) --locale $*

install: $(STAMP) ## Create .venv with PyTorch (CPU), the project, spaCy's French model and the test tools

catalogs: $(CATALOGS) ## Compile the translations that changed (quotes/locale/*/LC_MESSAGES/messages.po → .mo)

messages: $(STAMP) ## Extract the messages from the code and templates into messages.pot, and update the fr and en catalogs
	$(BIN)/pybabel extract --mapping-file babel.cfg --add-location file --sort-by-file --add-comments TRANSLATORS: \
	  --project quotes --copyright-holder "quotes" --output-file $(LOCALE)/messages.pot .
	$(BIN)/pybabel update --input-file $(LOCALE)/messages.pot --output-dir $(LOCALE) --domain messages \
	  --ignore-obsolete
	@echo "now translate every new or fuzzy entry in $(LOCALE)/fr and $(LOCALE)/en (tests/test_catalogs.py checks them)"

report: $(STAMP) $(CATALOGS) ## Analyze every article in seeds/ and write reports/index.html and one page per article
	$(BIN)/quotes report -o reports

test: $(STAMP) browser axe $(CATALOGS) ## Run the tests
	$(BIN)/python -m pytest -q

check: lint test ## Lint, type-check and test

lint: $(STAMP) ## ruff and mypy
	$(BIN)/ruff check quotes tests
	$(BIN)/mypy

models: $(STAMP) ## Download Stanza's French models (needs internet; later runs use Stanza)
	$(BIN)/quotes models

eval: $(STAMP) $(CATALOGS) ## Score the analyzer: the dev gold set and dev2 in ../shared/eval, and our sets in tests/data/eval_*
	@out=$$(mktemp -d); status=0; \
	if [ -f $(SHARED)/eval/score.py ]; then \
	  echo "== dev gold set ($(SHARED)/eval)"; \
	  $(BIN)/quotes report seeds/*.txt $(SHARED)/eval/articles/*.txt -o $$out/dev 2>/dev/null && \
	  $(PYTHON) $(SHARED)/eval/score.py --gold $(SHARED)/eval/gold --articles seeds $(SHARED)/eval/articles --pred $$out/dev $(EVAL_FLAGS) || status=1; \
	  if [ -d $(SHARED)/eval/dev2/gold ]; then \
	    echo; echo "== dev2, real Wikinews articles ($(SHARED)/eval/dev2)"; \
	    $(BIN)/quotes report $(SHARED)/eval/dev2/articles/*.txt -o $$out/dev2 2>/dev/null && \
	    $(PYTHON) $(SHARED)/eval/score.py --gold $(SHARED)/eval/dev2/gold --articles $(SHARED)/eval/dev2/articles --pred $$out/dev2 $(EVAL_FLAGS) || status=1; \
	  fi; \
	  for set in tests/data/eval_*/; do \
	    name=$$(basename $$set); echo; echo "== $$name ($$set)"; \
	    $(BIN)/quotes report $$set/articles/*.txt -o $$out/$$name 2>/dev/null && \
	    $(PYTHON) $(SHARED)/eval/score.py --gold $$set/gold --articles $$set/articles --pred $$out/$$name $(EVAL_FLAGS) || status=1; \
	  done; \
	else echo "no $(SHARED)/eval/score.py here: nothing to score with"; fi; \
	rm -rf $$out; exit $$status

bench: $(STAMP) $(CATALOGS) ## Time the parse against our stages, a cached report, and the audit's throughput, memory, start-up
	$(BIN)/python -m quotes.bench
	$(BIN)/python -m quotes.benchaudit

N ?= 20000
fuzz: $(STAMP) $(CATALOGS) ## Fuzz the analyzer with N hostile inputs (default 20000) and print the figures
	QUOTES_FUZZ_EXAMPLES=$(N) $(BIN)/python -m pytest -q tests/test_fuzz.py -k test_fuzz

ROUNDS ?= 25
stress: $(STAMP) $(CATALOGS) ## Two `quotes report` runs into one folder at random offsets, ROUNDS times (default 25)
	QUOTES_CONCURRENT_ROUNDS=$(ROUNDS) $(BIN)/python -m pytest -q tests/test_batch.py -k two_runs

update-gold: $(STAMP) $(CATALOGS) ## Accept the current HTML and JSON output as the new golden files (after review)
	QUOTES_UPDATE_GOLD=1 $(BIN)/python -m pytest -q tests/test_golden.py

browser: ## Install Debian's chromium for the browser tests when it is missing and apt-get can
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing chromium for the browser tests"; \
	    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is not installed: the browser tests will be skipped (apt-get install chromium)"; fi; \
	fi

axe: $(AXE_STAMP) ## Install axe-core for the accessibility tests (npm ci in tests/npm; npm from apt when missing)

$(AXE_STAMP): $(NPM_DIR)/package.json $(NPM_DIR)/package-lock.json
	@if ! command -v npm >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing npm for the accessibility tests"; \
	    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; \
	  fi; \
	fi; \
	if command -v npm >/dev/null; then \
	  (cd $(NPM_DIR) && npm ci --no-audit --no-fund --loglevel=error) && touch $@; \
	else echo "npm is not installed: the accessibility tests will be skipped (apt-get install npm)"; fi

clean: ## Remove the generated reports and caches (not .venv)
	rm -rf reports/*.html reports/*.json reports/*.csv .pytest_cache .mypy_cache .ruff_cache
