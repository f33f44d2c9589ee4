# Developer commands. `make package` builds the Linux one-folder bundle into dist/milestone-desk/.
PYTHON ?= .venv/bin/python

.PHONY: package test test-fast test-bundle run bench bench-full icons translations screenshots clean

package:
	$(PYTHON) -c "import PyInstaller" 2>/dev/null || { echo "PyInstaller is missing: run  $(PYTHON) -m pip install -e '.[package]'"; exit 2; }
	$(PYTHON) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/milestone_desk.spec
	@echo "Built dist/milestone-desk/ (run dist/milestone-desk/milestone-desk; install with dist/milestone-desk/install.sh)"

test:
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest -q

# The fast lane: everything but the tests marked slow (those still run in `make test` and in CI),
# one process per core, a whole test file per process (module fixtures stay shared).
test-fast:
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest -q -m "not slow and not bundle" -n 2 --dist loadfile

run:
	$(PYTHON) -m milestone_desk

bench:
	@if [ -d bench ]; then $(PYTHON) -m bench; else echo "No bench/ folder yet: nothing to measure."; fi

# The frozen 1× firm (~2.2 GB of PDFs), then the 4× firm and the 0.25×/1×/4× flatness table.
bench-full:
	$(PYTHON) -m bench --frozen --full

icons:
	$(PYTHON) packaging/make_icons.py

translations:
	$(PYTHON) packaging/make_translations.py

screenshots:
	$(PYTHON) packaging/make_screenshots.py

test-bundle:
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest -q -m bundle tests/release/test_bundle.py

clean:
	rm -rf build/pyinstaller dist/milestone-desk
