# The two commands of the README: `make demo` (set-up + main job) and `make test` (set-up + tests).
PYTHON ?= python3
DB ?= polgraph.db
STAMP := .setup-done
DEMO_STAMP := .setup-demo

.PHONY: setup demo test quality bench clean

# `make test` needs the test tools, Dask, Java, Maven and chromium; `make demo` only the package.
$(STAMP): setup.cfg pyproject.toml
	bash scripts/setup test
	@touch $(STAMP) $(DEMO_STAMP)

$(DEMO_STAMP): setup.cfg pyproject.toml
	bash scripts/setup demo
	@touch $(DEMO_STAMP)

setup: $(STAMP)

demo: $(DEMO_STAMP)
	@echo "demo: ingesting the sample articles of examples/ into $(DB)"
	rm -rf $(DB)
	polgraph ingest examples/ --db $(DB)
	@echo "demo: who said what about the Labour Party"
	polgraph query statements-about --param name="Labour Party" --db $(DB)
	@echo "demo: drawing the people and parties into graph.html"
	polgraph viz --db $(DB) --out graph.html

test: $(STAMP)
	bash scripts/test

quality: $(STAMP)
	bench/quality

clean:
	rm -rf $(STAMP) $(DEMO_STAMP) $(DB) build *.egg-info
