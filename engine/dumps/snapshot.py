"""Warm reloads: a binary snapshot of a loaded dump, kept beside it as ``<dump>.vsnap``.

Parsing a large dump costs seconds; unmarshalling its rows costs a tenth of that. After a
dump loads into a fresh database, its final state is written beside it: the CREATE
statements of every object (as `engine.dumps.writer` emits them), each table's rows by
rowid and each index's entries, in `marshal`'s format. The next load of the same dump
reads that instead of the SQL: it runs the DDL and keeps each table's rows encoded until a
statement first reads that table, so opening the database costs the checks (the dump's
digest, the payload's CRC) and a query decodes only the tables it reads.

The dump stays the source of truth. The snapshot is keyed by the SHA-256 of the dump's
bytes, by the engine's own source and Python's version (so a changed engine or marshal
format never reads an old snapshot) and by the load's foreign-key setting; its payload
carries a CRC. A snapshot whose key or checksum does not match, or that cannot be read or
replayed, is ignored, the dump is parsed again and the snapshot rewritten. It is written
atomically (temporary file, then rename) but not fsynced: a snapshot torn by a crash fails
its CRC and is rebuilt. It is written only where the dump's directory is writable;
``VIBESQL_SNAPSHOTS=off`` turns it off.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import mmap
import os
import struct
import sys
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from engine.dumps import collector, writer
from engine.statements import dispatch

SUFFIX = ".vsnap"
_MAGIC = b"VIBESQL-SNAPSHOT 2\n"  # 2: rows encoded per table
# key, CRC-32 of the payload, payload length, and the length of its first part: the state without
# the tables' contents, which follow it one table after another
_HEADER = struct.Struct(">32sIQQ")
_FORMAT = 4  # marshal's format version: shares repeated strings by reference


def snapshot_path(dump: Path) -> Path:
    return dump.with_name(dump.name + SUFFIX)


def enabled() -> bool:
    return os.environ.get("VIBESQL_SNAPSHOTS", "on").strip().lower() not in ("0", "off", "no", "false")


def applies_to(database) -> bool:
    """Snapshots describe a dump loaded into an empty database, outside any transaction."""
    return (enabled() and not database.tables and not database.views and not database.triggers
            and not database.schemas and not database.roles and not database.undo.in_transaction)


@functools.cache
def engine_fingerprint() -> bytes:
    """A digest of the engine's source and the interpreter: any change makes old snapshots stale."""
    digest = hashlib.sha256(f"{sys.version}|{marshal.version}".encode())
    root = Path(__file__).resolve().parents[1]
    for source in sorted(root.rglob("*.py")):
        digest.update(source.relative_to(root).as_posix().encode() + b"\0")
        digest.update(source.read_bytes())
    return digest.digest()


def key_for(dump_digest: bytes, foreign_keys: bool) -> bytes:
    return hashlib.sha256(engine_fingerprint() + dump_digest + (b"F" if foreign_keys else b"f")).digest()


def file_digest(path: Path) -> bytes | None:
    """The SHA-256 of the file's bytes, or None when it cannot be read (the loader then says why).

    The file is mapped, not read, and hashed a block at a time, each block's pages released once
    hashed: a large dump costs neither a copy nor, beside the load the digest runs with, peak memory.
    """
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:
                return hashlib.sha256(b"").digest()
            digest = hashlib.sha256()
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped, memoryview(mapped) as view:
                for start in range(0, len(view), _HASH_BLOCK):
                    with view[start:start + _HASH_BLOCK] as block:
                        digest.update(block)
                    mapped.madvise(mmap.MADV_DONTNEED, start, min(_HASH_BLOCK, len(view) - start))
            return digest.digest()
    except (OSError, ValueError):
        return None


_HASH_BLOCK = 1 << 24  # a multiple of the page size


def restore(database, dump: Path) -> bool:
    """Load the snapshot beside ``dump`` if it is this dump's, for this engine; False if it is not.

    The snapshot is mapped, not read, and the dump's digest is computed in a second thread
    while this one checks the CRC and unmarshals the state: hashing releases the GIL, so on two
    cores the key check costs little wall time. Nothing is applied before the key and the checksum
    both match; each table's rows stay encoded until a statement reads them.
    """
    with contextlib.ExitStack() as stack:
        try:
            handle = stack.enter_context(open(snapshot_path(dump), "rb"))
            data = stack.enter_context(memoryview(stack.enter_context(
                mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))))
        except (OSError, ValueError):  # missing, unreadable, or empty (which cannot be mapped)
            return False
        start = len(_MAGIC) + _HEADER.size
        if data[:len(_MAGIC)] != _MAGIC or len(data) < start:
            return False
        stored_key, crc, length, state_length = _HEADER.unpack_from(data, len(_MAGIC))
        dump_digest = stack.enter_context(ThreadPoolExecutor(max_workers=1)).submit(file_digest, dump)
        payload = stack.enter_context(data[start:])
        if length != len(payload) or zlib.crc32(payload) != crc:
            return False
        try:
            state = marshal.loads(stack.enter_context(payload[:state_length]))
            contents = stack.enter_context(payload[state_length:])
            digest = dump_digest.result()
            if digest is None or key_for(digest, database.foreign_keys) != stored_key:
                return False
            with database.atomic():
                _apply(database, state, contents)
        except Exception:  # any failure means "not usable": the dump is parsed instead
            return False
    return True


def save(database, dump: Path, key: bytes) -> None:
    """Write the snapshot of a freshly loaded dump beside it; best effort, never an error."""
    state, contents = _state(database)
    head = marshal.dumps(state, _FORMAT)
    crc = zlib.crc32(head)
    for part in contents:
        crc = zlib.crc32(part, crc)
    target = snapshot_path(dump)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError:
        return  # a read-only directory: no snapshot, loads stay cold
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(_MAGIC + _HEADER.pack(key, crc, len(head) + sum(map(len, contents)), len(head)))
            handle.write(head)
            for part in contents:
                handle.write(part)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _state(database) -> tuple[dict, list[bytes]]:
    """What a restore needs: the objects' DDL, the orders and the counters, and apart from them each
    table's rows and index entries, encoded one table at a time (a statement decodes the tables it reads;
    written after the state, not inside it, they are never copied into one payload)."""
    tables, contents = [], []
    for name, table in database.tables.items():
        contents.append(marshal.dumps((table.rows, [index.entries for index in table.indexes.values()]), _FORMAT))
        tables.append((name, len(contents[-1]), table.max_rowid, table.sequence, table.ordered, list(table.indexes)))
    return {
        "ddl": writer.schema_statements(database),
        "tables": tables,
        "views": list(database.views),
        "triggers": list(database.triggers),
        "index_tables": list(database.index_tables),
        "session": (database.last_insert_rowid, database.changes, database.total_changes),
    }, contents


def _apply(database, state: dict, contents: memoryview) -> None:
    """Recreate the objects from their DDL, then give each table its encoded rows and index entries
    (copied out of the mapped file, which closes when the restore ends)."""
    for statement in state["ddl"]:
        dispatch.execute(database, statement)
    tables = state["tables"]
    database.tables = _reordered(database.tables, [name for name, *_ in tables])
    database.views = _reordered(database.views, state["views"])
    database.triggers = _reordered(database.triggers, state["triggers"])
    database.index_tables = _reordered(database.index_tables, state["index_tables"])
    offset = 0
    for name, length, max_rowid, sequence, ordered, index_names in tables:
        table = database.tables[name]
        table.indexes = _reordered(table.indexes, index_names)
        table.max_rowid, table.sequence, table.ordered = max_rowid, sequence, ordered
        table.decode_on_first_use(functools.partial(_decode, bytes(contents[offset:offset + length])))
        offset += length
    if offset != len(contents):
        raise ValueError("the snapshot's contents differ from its tables'")
    database.last_insert_rowid, database.changes, database.total_changes = state["session"]
    database.schema_changed()


def _decode(contents: bytes) -> tuple[dict[int, tuple], list[dict]]:
    """One table's rows and index entries (its bytes passed the snapshot's CRC when it was restored)."""
    with collector.paused():
        return marshal.loads(contents)


def _reordered(mapping: dict, order: list) -> dict:
    """``mapping`` in the snapshot's order; its keys must be exactly the snapshot's."""
    if len(order) != len(mapping) or set(order) != mapping.keys():
        raise ValueError("the snapshot's objects differ from its DDL's")
    return {key: mapping[key] for key in order}
