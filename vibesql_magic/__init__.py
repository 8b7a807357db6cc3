"""Jupyter magic and SQLLogicTest tooling built on the vibesql engine."""
