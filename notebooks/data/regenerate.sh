#!/usr/bin/env bash
# Rebuild notebooks/data/conformance.sql from real runs only, then re-execute the notebooks against it:
#   1. our engine's history: the whole shared corpus at every commit of this repository that changed
#      engine/ (HISTORY_SAMPLE=N keeps N of them, evenly spread, the first and the last always in);
#   2. today's runs of sqlite3, DuckDB (under SQLite's dialect) and our engine on the whole corpus;
#   3. the other engines side by side (notebooks/engines_side_by_side.ipynb): apsw, libSQL, Turso,
#      PostgreSQL, DataFusion and chDB, each under its own skipif/onlyif name (pip install -e ".[engines]";
#      PostgreSQL's server programs: apt-get install postgresql). Slow engines get a shorter per-file
#      timeout (a file past it is a TIMEOUT). Limbo (its panics abort nearly every file) and GlareDB
#      (left out by its adapter) are not bundled.
#   4. benchmark runs (workloads and corpus timings, about ten minutes): notebooks/data/benchmarks.sh.
# Time on two quiet cores: about 90 s per history commit (the corpus is 65 files, ~466 k records),
# plus about 3 minutes for step 2; so 41 engine commits take about an hour. Check the commit count with
#   git rev-list --count HEAD -- engine
# Usage: notebooks/data/regenerate.sh [DB]   (DB: build elsewhere, e.g. to try it; notebooks untouched)
# After a change to the engine, append a run instead of rebuilding:
#   vibesql-slt run ../shared/sqllogictest --engine vibesql --jobs 2 --db notebooks/data/conformance.sql --exit-zero
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${VIBESQL_SLT_CORPUS:-../shared/sqllogictest}"
target="${1:-notebooks/data/conformance.sql}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/conformance.sql"  # built aside and moved into place at the end: a failed rebuild keeps the old data

sample=()
if [ -n "${HISTORY_SAMPLE:-}" ]; then sample=(--sample "$HISTORY_SAMPLE"); fi
vibesql-slt history --repo . --commits HEAD --touching engine "${sample[@]}" --engine vibesql --jobs 2 \
    --db "$db" "$corpus"

# Failing records (record_results, in conformance.sql.records/) are kept for DuckDB only: its few
# thousand make a real example; chDB's and DataFusion's hundreds of thousands would not fit the budget.
vibesql-slt run "$corpus" --engine sqlite --jobs 2 --db "$db" --label "reference" --records none --exit-zero
vibesql-slt run "$corpus" --engine duckdb --as sqlite --jobs 2 --db "$db" --label "duckdb as sqlite" --exit-zero
vibesql-slt run "$corpus" --engine vibesql --jobs 2 --db "$db" --records none --exit-zero

for engine in apsw libsql turso; do
    vibesql-slt run "$corpus" --engine "$engine" --jobs 2 --db "$db" --records none --exit-zero
done
vibesql-slt run "$corpus" --engine postgres --jobs 2 --db "$db" --timeout 120 --records none --exit-zero
for engine in datafusion chdb; do
    vibesql-slt run "$corpus" --engine "$engine" --jobs 2 --db "$db" --timeout 20 --records none --exit-zero
done

# 4. the benchmark runs of notebooks/performance_over_time.ipynb
notebooks/data/benchmarks.sh "$db"

rm -rf "$target.records"
if [ -d "$db.records" ]; then mv "$db.records" "$target.records"; fi
mv "$db" "$target"
du -sh "$target" "$target.records" 2>/dev/null || du -h "$target"
if [ $# -eq 0 ]; then
    python notebooks/data/execute_notebooks.py
else
    echo "built $target; see it with: VIBESQL_DUMP=$target jupyter lab notebooks/, or vibesql-slt report --db $target"
fi
