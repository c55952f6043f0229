# The two set-up commands: `make run` and `make test` (see README.md).
PYTHON ?= python3
# Another Python beside the first: `make test PYTHON=python3.13 VENV=.venv313` (.ci/run).
VENV   ?= .venv
BIN    := $(VENV)/bin
ROWS   ?= 1000000

.PHONY: run test lint bench bench-engines clean translations catalogues package check-desktop-files

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

# On Linux the window first checks that the system has the X libraries Qt needs (all of
# them named at once, with the packages to install), before Qt is even loaded.
run: $(VENV)/.installed-run catalogues
	$(BIN)/python -m enquirydesk.qt_libs
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
# each stay above 90%. The tests on both engines start a PostgreSQL server of their own
# (tools/ensure-postgres.sh installs its programs when missing and it can).
test: $(VENV)/.installed-test catalogues
	tools/ensure-postgres.sh
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

# The same demo shop on an SQLite file and on a throwaway PostgreSQL server, side by side
# (list, search, report, add, import through the services): `make bench-engines`.
bench-engines: $(VENV)/.installed-test
	tools/ensure-postgres.sh
	$(BIN)/python -m compileall -q src bench
	$(BIN)/python -m bench.engines --rows $(ROWS) --out bench-engines.json

# The Linux bundle: dist/EnquiryDesk/ (PyInstaller, packaging/enquirydesk.spec) and
# dist/EnquiryDesk-<version>-linux-<machine>.tar.gz, then packaging/smoke_test.sh runs it
# from outside the source tree with the virtual environment out of reach. Minutes, not
# seconds: run by hand, never by `make test`. The Windows installer is built on Windows
# (.github/workflows/package.yml).
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/enquirydesk/__init__.py)
TARBALL = dist/EnquiryDesk-$(VERSION)-linux-$(shell uname -m).tar.gz

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $@ $(VENV)/.installed-run

package: check-desktop-files $(VENV)/.installed-package catalogues
	rm -rf dist/EnquiryDesk $(TARBALL) build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/enquirydesk.spec
	tar -C dist -czf $(TARBALL) EnquiryDesk
	packaging/smoke_test.sh dist/EnquiryDesk
	@echo "$(TARBALL): $$(du -m $(TARBALL) | cut -f1) MB"

# The desktop entry and the AppStream metainfo, as Debian's checkers read them.
DESKTOP_ENTRY := resources/linux/io.github.enquirydesk.EnquiryDesk.desktop
METAINFO := resources/linux/io.github.enquirydesk.EnquiryDesk.metainfo.xml
check-desktop-files:
	@if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing desktop-file-utils and appstream, the checkers of the desktop files…"; \
	    apt-get update -qq && apt-get install -y -qq desktop-file-utils appstream >/dev/null; \
	  else \
	    echo "make package checks the desktop files with desktop-file-validate and appstreamcli:"; \
	    echo "    sudo apt-get install desktop-file-utils appstream"; \
	    exit 1; \
	  fi; \
	fi
	desktop-file-validate $(DESKTOP_ENTRY)
	appstreamcli validate --no-net $(METAINFO)

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis .coverage
