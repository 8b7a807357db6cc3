"""Column generators: a value for row ``n`` of a column, from the column's type, name and domain.

Every generator is a function ``(rng, row) -> value`` over a ``random.Random`` of the
column's own, so a column's values depend only on the seed, the table, the column and
the row number: changing one column's override leaves every other column as it was.
The word lists are small and ours; Faker would make richer text, but it promises the
same output for a seed only within one of its versions, and a seeded dump must keep its
bytes across installs. Generators marked *unique* put the row number into the value, so
single-column UNIQUE keys hold by construction.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from vibesql_magic.bench.domains import Domain
from vibesql_magic.bench.schema import Column

Generator = Callable[[random.Random, int], Any]

FIRST_NAMES = ("ada", "alan", "alice", "amara", "bea", "carlos", "chen", "dana", "diego", "elena", "emma", "farid",
               "grace", "hana", "ivan", "jin", "kai", "lena", "liam", "maya", "mei", "nadia", "noah", "omar",
               "priya", "quinn", "rosa", "sam", "sara", "tariq", "uma", "victor", "wen", "yara", "yusuf", "zoe")
LAST_NAMES = ("abe", "baker", "costa", "diaz", "evans", "fischer", "garcia", "haddad", "ito", "jensen", "kim",
              "lopez", "moreau", "nakamura", "okafor", "patel", "quist", "rossi", "schmidt", "tanaka", "ueda",
              "varga", "weber", "xu", "yilmaz", "zhang")
WORDS = ("alpha", "amber", "anchor", "apple", "arrow", "atlas", "basin", "beacon", "birch", "bolt", "breeze",
         "bridge", "cable", "canyon", "cedar", "cipher", "cloud", "comet", "coral", "delta", "drift", "ember",
         "engine", "falcon", "fern", "field", "flint", "forest", "garden", "glacier", "harbor", "hazel", "horizon",
         "island", "ivory", "jade", "kernel", "lagoon", "lantern", "ledger", "lumen", "maple", "marble", "meadow",
         "mesa", "nebula", "north", "oak", "orbit", "pebble", "pixel", "prairie", "quartz", "quill", "raven",
         "reef", "ridge", "river", "saffron", "signal", "slate", "spruce", "summit", "tidal", "timber", "topaz",
         "tundra", "vector", "velvet", "willow", "zenith")
DOMAINS = ("example.com", "example.org", "example.net", "mail.test", "corp.test")
STATES = ("active", "pending", "closed", "archived", "draft")
EPOCH = int(datetime(2024, 1, 1, tzinfo=UTC).timestamp())
SPAN_SECONDS = 2 * 365 * 86400


def column_rng(seed: int, table: str, column: str) -> random.Random:
    """The random stream of one column: stable across runs, machines and Python's hash seed."""
    digest = hashlib.sha256(f"{seed}\x00{table.lower()}\x00{column.lower()}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def pick(rng: random.Random, items: Sequence[Any]) -> Any:
    """One of ``items``: ``rng.choice`` costs three times as much, and rows need millions of these."""
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """An integer from ``low`` to ``high`` inclusive (``randint`` at a third of the cost)."""
    return low + int(rng.random() * (high - low + 1))


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choices(WORDS, k=count))


def _timestamp(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _email(rng: random.Random, row: int) -> str:
    return f"{pick(rng, FIRST_NAMES)}.{pick(rng, LAST_NAMES)}{row + 1}@{pick(rng, DOMAINS)}"


def _path(rng: random.Random, row: int) -> str:
    return f"/home/{pick(rng, FIRST_NAMES)}/{pick(rng, WORDS)}-{pick(rng, WORDS)}-{row + 1}"


def _url(rng: random.Random, row: int) -> str:
    return f"https://{pick(rng, WORDS)}.{pick(rng, DOMAINS)}/{pick(rng, WORDS)}/{row + 1}"


def _uuid(rng: random.Random, row: int) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _phone(rng: random.Random, row: int) -> str:
    return f"+1-555-{int(rng.random() * 1000):03d}-{int(rng.random() * 10000):04d}"


def _json(rng: random.Random, row: int) -> str:
    return f'{{"{pick(rng, WORDS)}": {int(rng.random() * 1000)}, "tag": "{pick(rng, WORDS)}"}}'


# name -> (generator, puts the row number in the value)
TEXT_GENERATORS: dict[str, tuple[Generator, bool]] = {
    "email": (_email, True),
    "path": (_path, True),
    "url": (_url, True),
    "uuid": (_uuid, True),
    "phone": (_phone, False),
    "json": (_json, False),
    "first_name": (lambda rng, row: pick(rng, FIRST_NAMES).title(), False),
    "last_name": (lambda rng, row: pick(rng, LAST_NAMES).title(), False),
    "name": (lambda rng, row: f"{pick(rng, FIRST_NAMES).title()} {pick(rng, LAST_NAMES).title()}", False),
    "username": (lambda rng, row: f"{pick(rng, FIRST_NAMES)}_{pick(rng, WORDS)}", False),
    "word": (lambda rng, row: pick(rng, WORDS), False),
    "state": (lambda rng, row: pick(rng, STATES), False),
    "title": (lambda rng, row: _words(rng, between(rng, 2, 5)).capitalize(), False),
    "text": (lambda rng, row: _words(rng, between(rng, 5, 20)).capitalize() + ".", False),
    "timestamp": (lambda rng, row: _timestamp(EPOCH + int(rng.random() * SPAN_SECONDS)), False),
    "date": (lambda rng, row: _timestamp(EPOCH + int(rng.random() * SPAN_SECONDS))[:10], False),
    "event_time": (lambda rng, row: _timestamp(EPOCH + row * 60 + int(rng.random() * 60)), False),
}
"""Text generators by name (also the values of ``generator = "..."`` in a seed config)."""

# (words in the column name, generator): the first match wins, so the specific come first.
_NAME_RULES = (
    (("email", "mail"), "email"), (("path", "dir", "file"), "path"), (("url", "link", "website", "href"), "url"),
    (("uuid", "guid", "id"), "uuid"), (("phone", "mobile"), "phone"),
    (("json", "metadata", "payload", "config"), "json"),
    (("first_name", "firstname", "given_name"), "first_name"), (("last_name", "lastname", "surname"), "last_name"),
    (("username", "login", "handle"), "username"), (("name", "author", "owner"), "name"),
    (("status", "state", "type", "kind", "role", "category"), "state"), (("title", "subject", "label"), "title"),
    (("created", "recorded", "logged", "event", "timestamp", "ts", "time"), "event_time"),
    (("_at", "updated", "modified", "seen", "tested", "passed"), "timestamp"), (("date", "day"), "date"),
    (("content", "body", "message", "description", "comment", "text", "note", "bio", "summary"), "text"),
)
_TIME_TYPES = ("TIMESTAMP", "DATETIME", "TIME")
_TIME_GENERATORS = ("timestamp", "date", "event_time")


def name_rule(column: Column) -> str | None:
    """The text generator a column's name or declared type asks for, if any."""
    name = column.name.lower()
    declared = column.declared_type.upper()
    if "DATE" in declared and not any(word in declared for word in _TIME_TYPES):
        return "date"
    for words, generator in _NAME_RULES:
        if any(name == word or name.endswith(("_" + word, word if word.startswith("_") else "\x00"))
               or name.startswith(word + "_") or f"_{word}_" in name or (len(word) > 3 and word in name)
               for word in words):
            return generator
    if any(word in declared for word in _TIME_TYPES):
        return "timestamp"
    return None


@dataclass(frozen=True)
class NumberRange:
    """Default ranges for numbers, by name; CHECK bounds and config override them."""

    low: float
    high: float


_NUMBER_RULES = (
    (("is_", "has_", "flag", "enabled", "active", "deleted", "bool"), NumberRange(0, 1)),
    (("count", "quantity", "qty", "total", "passed", "failed", "untested", "records"), NumberRange(0, 1000)),
    (("price", "amount", "cost", "balance", "fee"), NumberRange(1, 1000)),
    (("age",), NumberRange(18, 90)), (("year",), NumberRange(1990, 2026)),
    (("score", "rating", "percent", "pct", "rate"), NumberRange(0, 100)),
    (("ms", "duration", "latency", "elapsed", "size", "bytes"), NumberRange(0, 10_000)),
)


def number_range(column: Column, domain: Domain) -> NumberRange:
    """The range of a numeric column: its name's default, narrowed (or moved) by the CHECK bounds."""
    name = column.name.lower()
    declared = column.declared_type.upper()
    default = NumberRange(0, 1) if "BOOL" in declared else next(
        (span for words, span in _NUMBER_RULES if any(word in name for word in words)), NumberRange(0, 1_000_000))
    low = default.low if domain.minimum is None else domain.minimum
    high = default.high if domain.maximum is None else domain.maximum
    if high < low:  # a CHECK moved one bound past the default's other one
        high = low + (default.high - default.low) if domain.maximum is None else high
        low = high - (default.high - default.low) if domain.minimum is None else low
    return NumberRange(low, high)


class GeneratorError(Exception):
    """No generator can satisfy the column (empty range, unknown generator name)."""


@dataclass(frozen=True)
class ColumnPlan:
    """How one column is filled: the generator's name (for reports) and the function."""

    label: str
    generate: Generator


def _fit(text: str, domain: Domain, max_length: int | None, suffix: str = "") -> str:
    while len(text) + len(suffix) < domain.min_length:
        text += " " + WORDS[len(text) % len(WORDS)]
    if max_length is not None and len(text) + len(suffix) > max_length:
        text = text[:max(0, max_length - len(suffix))]
    return text + suffix


def _text_plan(name: str, column: Column, domain: Domain, unique: bool) -> ColumnPlan:
    if name not in TEXT_GENERATORS:
        raise GeneratorError(f"unknown generator {name!r}; use one of {', '.join(sorted(GENERATORS))}")
    base, carries_row = TEXT_GENERATORS[name]
    max_length = column.max_length
    if unique and not carries_row:
        return ColumnPlan(f"{name} (unique)", lambda rng, row: _fit(base(rng, row), domain, max_length, f"-{row + 1}"))
    if domain.min_length or max_length is not None:
        return ColumnPlan(name, lambda rng, row: _fit(base(rng, row), domain, max_length))
    return ColumnPlan(name, base)


def _integer_plan(span: NumberRange, unique: bool) -> ColumnPlan:
    low = int(-(-span.low // 1))
    if unique:
        return ColumnPlan(f"sequence from {low}", lambda rng, row: low + row)
    high = int(span.high // 1)
    if high < low:
        raise GeneratorError(f"no integer lies between {span.low:g} and {span.high:g}")
    return ColumnPlan(f"integer {low}..{high}", lambda rng, row: between(rng, low, high))


def _real_plan(span: NumberRange, unique: bool, digits: int) -> ColumnPlan:
    low, high = float(span.low), float(span.high)
    if unique:
        return ColumnPlan(f"sequence from {low:g}", lambda rng, row: low + row + round(rng.random() / 2, digits))
    return ColumnPlan(f"real {low:g}..{high:g}", lambda rng, row: round(rng.uniform(low, high), digits))


def _blob_plan() -> ColumnPlan:
    return ColumnPlan("blob", lambda rng, row: rng.getrandbits(128).to_bytes(16, "big"))


GENERATORS = (*TEXT_GENERATORS, "integer", "real", "blob", "sequence")


def plan_column(column: Column, domain: Domain, *, unique: bool, generator: str | None = None) -> ColumnPlan:
    """The generator for a column: configured name, else enumeration, else by name, else by type."""
    if generator == "sequence":
        return _integer_plan(NumberRange(domain.minimum if domain.minimum is not None else 1, 0), True)
    if domain.choices is not None and generator is None:
        if not domain.choices:
            raise GeneratorError("its CHECK enumerations leave no value")
        choices = domain.choices
        if unique and len(choices) > 1:
            raise GeneratorError(f"a UNIQUE column cannot take only {len(choices)} values")
        return ColumnPlan(f"one of {len(choices)}", lambda rng, row: pick(rng, choices))
    affinity = column.affinity
    declared = column.declared_type.upper()
    if generator is None and any(word in declared for word in ("DATE", "TIME")):
        rule = name_rule(column)
        return _text_plan(rule if rule in _TIME_GENERATORS else "timestamp", column, domain, unique)
    if "BOOL" in declared:
        affinity = "INTEGER"
    if generator in ("integer", "real", "blob"):
        affinity = {"integer": "INTEGER", "real": "REAL", "blob": "BLOB"}[generator]
    elif generator is not None or affinity == "TEXT":
        return _text_plan(generator or name_rule(column) or "text", column, domain, unique)
    span = number_range(column, domain)
    if affinity == "INTEGER":
        return _integer_plan(span, unique)
    if affinity in ("REAL", "NUMERIC"):
        return _real_plan(span, unique, 2 if affinity == "NUMERIC" else 4)
    rule = name_rule(column)
    if rule is not None:  # no declared type (VibeSQL's dumps keep them; sqlite's may not)
        return _text_plan(rule, column, domain, unique)
    return _blob_plan()
