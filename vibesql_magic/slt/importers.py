"""Import results produced elsewhere as runs: JUnit XML, and VibeSQL's JSON results.

JUnit: every ``testcase`` is a file (its ``file`` attribute, else its ``name``); a
``failure`` child makes it FAIL, ``error`` ERROR, ``skipped`` UNTESTED, none PASS.
VibeSQL's JSON: ``summary`` (totals), ``tested_files`` (``passed``/``failed`` path
lists) and ``detailed_failures`` (per-file error messages). Each import is one run.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vibesql_magic.slt.journal import ResultsFile
from vibesql_magic.slt.store import ERROR, FAIL, MAX_MESSAGE, PASS, UNTESTED, timestamp


class ImportFormatError(Exception):
    """The file is neither JUnit XML nor VibeSQL JSON, or is malformed."""


@dataclass(slots=True)
class ImportedRun:
    """A run read from a foreign results file, ready to be recorded."""

    header: dict[str, Any]
    results: list[dict[str, Any]] = field(default_factory=list)


def _moment(text: Any) -> str | None:
    """A foreign timestamp (ISO 8601) in the results database's format; None when absent or unreadable."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        return timestamp(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))
    except ValueError:
        return None


def _result(path: str, status: str, tested_at: str, message: str | None = None,
            duration_ms: int | None = None) -> dict[str, Any]:
    return {"kind": "result", "file_path": path, "status": status, "tested_at": tested_at,
            "duration_ms": duration_ms, "error_message": message[:MAX_MESSAGE] if message else None}


def read_junit(path: Path) -> ImportedRun:
    """Parse a JUnit XML report (``testsuites`` or a single ``testsuite``)."""
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as exc:
        raise ImportFormatError(f"{path} is not valid XML: {exc}") from exc
    suites = [root] if root.tag == "testsuite" else root.findall(".//testsuite")
    if root.tag not in ("testsuite", "testsuites"):
        raise ImportFormatError(f"{path} is not a JUnit report (root element <{root.tag}>)")
    started = next((_moment(suite.get("timestamp")) for suite in suites if suite.get("timestamp")), None)
    started = started or timestamp()
    run = ImportedRun({"started_at": started, "engine": suites[0].get("name") if suites else None,
                       "host": suites[0].get("hostname") if suites else None,
                       "label": f"import {path.name}"})
    for suite in suites:
        tested_at = _moment(suite.get("timestamp")) or started
        for case in suite.findall("testcase"):
            key = case.get("file") or case.get("name")
            if not key:
                continue
            status, message = PASS, None
            for tag, verdict in (("failure", FAIL), ("error", ERROR), ("skipped", UNTESTED)):
                child = case.find(tag)
                if child is not None:
                    status = verdict
                    parts = [child.get("message") or "", (child.text or "").strip()]
                    message = "\n".join(part for part in parts if part) or None
                    break
            seconds = case.get("time")
            duration = round(float(seconds) * 1000) if seconds and _is_number(seconds) else None
            run.results.append(_result(key, status, tested_at, message, duration))
    run.header["total_files"] = len(run.results)
    return run


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _failure_messages(entry: dict[str, Any]) -> str | None:
    """The error messages of one ``detailed_failures`` entry, one per line."""
    failures = entry.get("failures")
    if isinstance(failures, list):
        messages = [str(item.get("error_message") or item.get("message") or "")
                    for item in failures if isinstance(item, dict)]
        text = "\n".join(message for message in messages if message)
        return text or None
    message = entry.get("error_message") or entry.get("error")
    return str(message) if message else None


def read_vibesql_json(path: Path) -> ImportedRun:
    """Parse VibeSQL's JSON results."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ImportFormatError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("tested_files"), dict):
        raise ImportFormatError(f"{path} is not a VibeSQL results file (no tested_files)")
    summary = data.get("summary") if isinstance(data.get("summary"), dict) else {}
    started = _moment(summary.get("timestamp") or data.get("timestamp")) or timestamp()
    messages: dict[str, str | None] = {}
    for entry in data.get("detailed_failures") or []:
        if isinstance(entry, dict) and entry.get("file_path"):
            messages[str(entry["file_path"])] = _failure_messages(entry)
    tested = data["tested_files"]
    run = ImportedRun({"started_at": started, "engine": data.get("engine") or "VibeSQL",
                       "git_commit": data.get("git_commit") or summary.get("git_commit"),
                       "label": f"import {path.name}"})
    for key in tested.get("passed") or []:
        run.results.append(_result(str(key), PASS, started))
    for key in tested.get("failed") or []:
        run.results.append(_result(str(key), FAIL, started, messages.get(str(key))))
    total = summary.get("total_files", summary.get("total"))
    run.header["total_files"] = max(int(total), len(run.results)) if _is_count(total) else len(run.results)
    return run


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def read_foreign(path: Path) -> ImportedRun:
    """Read either format, told apart by the file's first character."""
    try:
        head = path.read_text(encoding="utf-8", errors="replace").lstrip()[:1]
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if head == "<":
        return read_junit(path)
    if head in ("{", "["):
        return read_vibesql_json(path)
    raise ImportFormatError(f"{path} is neither JUnit XML nor VibeSQL JSON")


def import_run(path: Path, results: ResultsFile) -> tuple[int, ImportedRun]:
    """Record a foreign results file as one completed run; return its run id."""
    run = read_foreign(path)
    run_id = results.begin(run.header)
    entries = [{**result, "run_id": run_id} for result in run.results]
    entries.append({"kind": "end", "run_id": run_id, "completed_at": run.header["started_at"]})
    results.append(entries)
    results.fold()
    return run_id, run
