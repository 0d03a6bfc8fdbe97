# The two commands of the README:
#   make demo   set up, build, and file the shipped sample year 2025
#   make test   set up, then run the whole test suite
SHELL := /bin/bash
YEAR ?= 2025
# A fixed generation time, so the demo's outputs are byte-identical from run to run.
export SOURCE_DATE_EPOCH ?= 1767225600
# The password of the sample year's TEST e.firma (fiscal-years/2025/efirma/README.md); never a real one.
DEMO_KEY_PASSWORD := IMMEX-prueba-2025

.PHONY: setup build demo test lint format bench fuzz clean

setup:
	@bash scripts/setup.sh

build: setup
	swift build --product immex

demo: build
	@echo "== immex file $(YEAR)"
	@IMMEX_KEY_PASSWORD=$(DEMO_KEY_PASSWORD) .build/debug/immex file $(YEAR); status=$$?; \
	  echo; echo "Outputs are in out/$(YEAR)/ (exit status $$status: 0 passes, 1 fails a threshold, 2 input errors)"; \
	  ls -l out/$(YEAR)/; \
	  echo; echo "== immex verify out/$(YEAR)/immex-$(YEAR)-evidence.zip"; \
	  .build/debug/immex verify out/$(YEAR)/immex-$(YEAR)-evidence.zip --ca-file fiscal-years/$(YEAR)/efirma/test-ca.pem; \
	  echo; echo "== total sales from sales.csv and from the CFDI (fiscal-years/$(YEAR)/cfdi/, the SAT's bulk download)"; \
	  for source in csv cfdi; do \
	    printf '  %-4s MXN %s\n' $$source "$$(.build/debug/immex check $(YEAR) --sales-source $$source --format json 2>/dev/null | sed -n 's/^ *"sales_mxn": "\(.*\)",$$/\1/p' | head -1)"; \
	  done; \
	  echo "  where they differ (planted: fiscal-years/$(YEAR)/README.md), from out/$(YEAR)/reconciliation.csv:"; \
	  grep -oE '^cfdi-[a-z-]+' out/$(YEAR)/reconciliation.csv | sort | uniq -c; \
	  exit $$status

test: setup lint
	swift build --build-tests
	swift test --skip-build --disable-xctest

# Issues 7 and 23's benchmark: two years (INVOICES=..., PEDIMENTOS=..., INVOICES2=..., PEDIMENTOS2=..., YEARS=..., ROUNDS=...).
bench: setup
	bash scripts/bench.sh

# The committed swift-format configuration (.swift-format), checked by `make test` (and so by CI).
SWIFT_SOURCES := Package.swift Sources Tests Fuzz
lint:
	swift format lint --strict --recursive --configuration .swift-format $(SWIFT_SOURCES)

# Rewrites the sources as the configuration says (then `make lint` passes).
format:
	swift format format --in-place --recursive --configuration .swift-format $(SWIFT_SOURCES)

# Each reader's libFuzzer target for FUZZ_SECONDS (default 60) from the sample year's seeds; not in CI.
fuzz: setup
	bash scripts/fuzz.sh

clean:
	rm -rf .build out/*/ 
