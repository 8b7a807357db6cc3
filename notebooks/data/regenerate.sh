#!/usr/bin/env bash
# Rebuild notebooks/data/conformance.sql from real runs only (about ten minutes on two cores):
#   1. our engine's history: a subset of the corpus at every commit of this repository;
#   2. today's runs of sqlite3, DuckDB and our engine on the whole corpus.
# After a change to the engine, append a run instead of rebuilding:
#   vibesql-slt run ../shared/sqllogictest --engine vibesql --jobs 2 --db notebooks/data/conformance.sql
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${VIBESQL_SLT_CORPUS:-../shared/sqllogictest}"
db=notebooks/data/conformance.sql
rm -f "$db" "$db.journal" "$db.lock"

first=$(git rev-list --max-parents=0 HEAD)
vibesql-slt history --repo . --commits "$first..HEAD" --engine vibesql --jobs 2 --db "$db" \
    "$corpus/select1.test" "$corpus/select2.test" "$corpus/evidence" \
    "$corpus/random/expr/slt_good_0.test"

vibesql-slt run "$corpus" --engine sqlite --jobs 2 --db "$db" --label "reference" --exit-zero
vibesql-slt run "$corpus" --engine duckdb --as sqlite --jobs 2 --db "$db" --label "duckdb as sqlite" --exit-zero
vibesql-slt run "$corpus" --engine vibesql --jobs 2 --db "$db" --exit-zero
