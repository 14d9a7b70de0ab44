# Two commands a fresh machine needs: `make demo` and `make test` (see README.md).
VENV ?= .venv
PY := $(VENV)/bin/python
DEMO ?= workshop/demo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test install chromium clean-demo

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

# The browser tests drive Debian's Chromium (playwright never downloads a browser here).
chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

demo: install
	$(VENV)/bin/cjm run $(DEMO)

test: install chromium
	$(PY) -m pytest -q

clean-demo:
	rm -rf $(DEMO)/out $(DEMO)/out.partial
