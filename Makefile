# Everything a fresh clone needs: `make run` and `make test` create .venv and install first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-postgres lint typecheck format translations screenshots bench bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP) translations
	$(BIN)/rekisteri

test: $(STAMP) translations
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy
	@# In CI the engine-parametrised tests also run on a throwaway PostgreSQL cluster.
	if [ -n "$$CI" ]; then \
		QT_QPA_PLATFORM=offscreen tools/pg/with_cluster.sh $(BIN)/python -m pytest -q; \
	else \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q; \
	fi

# The shared-register tests on a local throwaway PostgreSQL cluster (Debian: postgresql).
PG_TEST_DIRS := tests/core tests/marketing tests/retention tests/requests tests/io tests/notice tests/postgres
test-postgres: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen tools/pg/with_cluster.sh \
		$(BIN)/python -m pytest -q -k "postgresql or postgres" $(PG_TEST_DIRS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools

# Types: which files and how strictly is set in [tool.mypy] in pyproject.toml.
typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks tools
	$(BIN)/ruff check --fix src tests benchmarks tools

# Translations: lupdate refreshes the .ts sources from the code, lrelease compiles the .qm
# files the app loads. `make test` builds them first, so a new text that nobody translated
# fails the i18n tests with a list of what is missing. -no-obsolete drops texts the code no
# longer has; relative locations keep the .ts the same on every machine.
LUPDATE_FLAGS := -extensions py -recursive src/rekisteri -no-obsolete -locations relative

translations: lupdate
	@for ts in translations/*.ts; do \
		[ -e "$$ts" ] || continue; \
		$(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; \
	done

# English is the source language, but "%n customer(s)" still needs its English forms
# ("1 customer", "2 customers"): rekisteri_en.ts holds only the plural messages.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -silent $(LUPDATE_FLAGS) \
		-ts translations/rekisteri_fi.ts translations/rekisteri_sv.ts
	$(BIN)/pyside6-lupdate -silent $(LUPDATE_FLAGS) -pluralonly \
		-target-language en -ts translations/rekisteri_en.ts

# Pictures of the main views (offscreen, demo data, fixed date): the user guide's in each
# language, and a dark-palette set for the README. One process per set: a language is
# installed once per process.
screenshots: $(STAMP) translations
	for lang in fi sv en; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py resources/guide/$$lang/img $$lang || exit 1; \
	done
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots/dark fi --dark

# The performance harness: 1,000 / 10,000 / 100,000 customers; prints figures and targets.
bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# The one-folder bundle (PyInstaller), then its self-test proves it holds what it needs.
bundle: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e ".[bundle]"
	$(BIN)/pyinstaller --noconfirm --clean packaging/rekisteri.spec
	QT_QPA_PLATFORM=offscreen dist/rekisteri/rekisteri --self-test

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache
