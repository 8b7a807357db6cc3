#!/usr/bin/env bash
# Append the benchmark runs that notebooks/performance_over_time.ipynb charts to notebooks/data/conformance.sql
# (or to the results dump given as $1), about ten minutes on two cores: two rounds, at the current commit, of
#   1. workloads on the results schema itself (seeded from this dump) on our engine, sqlite3 and DuckDB;
#   2. the read-heavy workload at 200 TPS on the six-table sessions example (our engine and sqlite3;
#      DuckDB refuses its ON DELETE CASCADE and datetime('now') defaults);
#   3. corpus timings of a few SQLLogicTest files on the three engines.
# The seeded data lives in bench-results/notebook/ (ignored by git) so every run names the same dataset.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${VIBESQL_SLT_CORPUS:-../shared/sqllogictest}"
db="${1:-notebooks/data/conformance.sql}"
data=bench-results/notebook
tag="${VIBESQL_MACHINE_TAG:-bundled}"
mkdir -p "$data"

vibesql-bench seed --schema "$db" --rows 2000 --seed 1 -o "$data/results.sql"
vibesql-bench seed --schema vibesql_magic/bench/schemas/sessions.sql --rows 1000 --seed 1 -o "$data/sessions.sql"
record=(--results "$db" --machine-tag "$tag")
for round in 1 2; do
    for engine in vibesql sqlite duckdb; do
        for pattern in read-heavy oltp reporting; do
            vibesql-bench workload --engine "$engine" --data "$data/results.sql" --pattern "$pattern" --tps 50 \
                --duration 10 "${record[@]}" --label "round $round"
        done
    done
    for engine in vibesql sqlite; do
        vibesql-bench workload --engine "$engine" --data "$data/sessions.sql" --pattern read-heavy --tps 200 \
            --duration 10 "${record[@]}" --label "round $round"
    done
    vibesql-bench corpus "$corpus/select1.test" "$corpus/evidence/in1.test" "$corpus/evidence/slt_lang_update.test" \
        --engine vibesql --engine sqlite --engine duckdb "${record[@]}" --label "round $round"
done
