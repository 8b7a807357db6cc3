"""Benchmarks beside conformance: deterministic seeding, workloads at a target rate, corpus timing.

``vibesql-bench`` (:mod:`vibesql_magic.bench.cli`) is a thin shell over this library. It
reaches engines only through DB-API connections from the runner's engine adapters
(:mod:`vibesql_magic.bench.engines`) and reads schemas through their catalogs; results go
into the same results database as ``vibesql-slt``'s runs.
"""
