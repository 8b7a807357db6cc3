"""Queries: planning (scopes, FROM, SELECT cores, compounds, join order), compiling expressions to
Python source, and the operators that run the plans.

The planner (`planner`) hands each part of a query to its module; `compiler` and `codegen` produce
the generated code; `executor`, `window` and `aggregates` run it. Imports `engine.sql`,
`engine.store` and `engine.semantics` only.
"""
