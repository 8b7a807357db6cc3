"""The terminal progress bar of a run: files done, records, pass rate and ETA.

The bar advances by bytes of script (file sizes differ a hundredfold, so counting
files would make a poor ETA) and shows the file count beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from tqdm import tqdm

from vibesql_magic.slt.executor import FileOutcome
from vibesql_magic.slt.store import PASS
from vibesql_magic.slt.suite import FileTask


class ProgressBar:
    """A tqdm bar on stderr; silent when stderr is not a terminal."""

    def __init__(self, tasks: Sequence[FileTask], done_before: int = 0, *,
                 disable: bool | None = None) -> None:
        self.files_total = len(tasks) + done_before
        self.files_done = done_before
        self.passed = 0
        self.finished = 0
        self.records = 0
        self.bar = tqdm(total=sum(task.path.stat().st_size for task in tasks),
                        dynamic_ncols=True, disable=disable, leave=True, desc=self._description(),
                        bar_format="{desc} |{bar}| {percentage:3.0f}% [{elapsed}<{remaining}]")

    def _description(self) -> str:
        rate = 100.0 * self.passed / self.finished if self.finished else 0.0
        return f"files {self.files_done}/{self.files_total}, {self.records:,} records, {rate:.1f}% pass"

    def advance(self, task: FileTask, outcome: FileOutcome) -> None:
        """Count a finished file."""
        self.files_done += 1
        self.finished += 1
        self.passed += outcome.status == PASS
        self.records += outcome.records_total
        self.bar.set_description_str(self._description(), refresh=False)
        self.bar.update(task.path.stat().st_size)

    def close(self) -> None:
        """Leave the final state of the bar on screen."""
        self.bar.close()
