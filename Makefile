# The two set-up commands: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ROWS   ?= 1000000

.PHONY: run test lint bench clean translations catalogues

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

# The compiled translations (.qm) in the source tree, for the editable install: the
# build makes them too (setup.py); this keeps them fresh after a .ts is edited.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(patsubst resources/translations/%.ts,src/enquirydesk/translations/%.qm,$(TS_FILES))

src/enquirydesk/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed-run
	mkdir -p $(@D)
	$(BIN)/pyside6-lrelease -silent -nounfinished $< -qm $@

catalogues: $(QM_FILES)

run: $(VENV)/.installed-run catalogues
	$(BIN)/enquirydesk

# Bring the .ts catalogues up to date with the source: new texts are added unfinished,
# texts no longer in the source are dropped (Qt Linguist or any editor translates them).
# LANGUAGES: every language but English (which is the source).
LANGUAGES := id sl
translations: $(VENV)/.installed-test
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -extensions py src/enquirydesk \
	  -ts $(foreach l,$(LANGUAGES),resources/translations/enquirydesk_$(l).ts)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -extensions py -pluralonly \
	  src/enquirydesk -ts resources/translations/enquirydesk_en.ts
	$(BIN)/python tools/qt_catalogue.py
	$(MAKE) catalogues

# The whole suite offscreen, with line coverage; the rules, the store and the use cases
# each stay above 90%.
test: $(VENV)/.installed-test catalogues
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --cov --cov-report=
	for layer in domain store services; do \
	  $(BIN)/python -m coverage report --include="*/enquirydesk/$$layer/*" --fail-under=90 \
	    --format=total >/dev/null || { echo "coverage of $$layer is under 90%"; \
	    $(BIN)/python -m coverage report --include="*/enquirydesk/$$layer/*" --skip-covered; exit 1; }; \
	  echo "coverage of $$layer: $$($(BIN)/python -m coverage report --include="*/enquirydesk/$$layer/*" --format=total)%"; \
	done

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools

# Speed against PERFORMANCE.md (not a test): `make bench`, or `make bench ROWS=100000`.
# Byte-compiled first, as an installed program is (PYTHONDONTWRITEBYTECODE would leave
# every start compiling the sources, which no user's start does).
bench: $(VENV)/.installed-test
	$(BIN)/python -m compileall -q src bench
	$(BIN)/python -m bench.run --rows $(ROWS) --out bench.json

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .hypothesis .coverage
