"""SQLite 3.40.1's JSON1 functions, as pure functions on SQL values.

SQLite 3.40 reads strict JSON only (RFC 8259; no JSON5) into a tree that keeps each
number's and string's text as written, so ``json()`` gives back ``1.0e5`` and
``"\\u0041"`` unchanged; values become SQL values only when extracted. The tree and
its edits (json_set's appends, json_remove's removals, json_patch's merges) follow
src/json.c of 3.40.1 closely, quirks included: a path is checked only as far as the
document is walked, object keys compare by their escaped text, and json_patch sees
only the members a target had before the patch.

SQLite marks the text results of these functions with a JSON *subtype*, so another
JSON function embeds them as JSON rather than quoting them as text. Here that mark is
`JsonText`, a ``str`` subclass that only the raw implementations (`SUBTYPED`) return;
the registry (`FUNCTIONS`) hands plain ``str`` to everything else, and the query
compiler calls the raw form where one JSON function is an argument of another.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from engine.errors import OperationalError
from engine.semantics.limits import INT64_MAX
from engine.semantics.printf import c_string, sql_printf, sqlite_atof
from engine.semantics.values import to_text


class JsonText(str):
    """Text that carries SQLite's JSON subtype: embedded as JSON by the JSON functions."""

    __slots__ = ()


def plain(value: object) -> object:
    """The value without its JSON subtype (what a column, a comparison or a client sees)."""
    return str(value) if value.__class__ is JsonText else value


def mark(value: object) -> object:
    """Text from a function that always returns JSON (an aggregate, ``->``) with its subtype."""
    return JsonText(value) if value.__class__ is str else value


def mark_container(value: object, type_name: object) -> object:
    """json_each's and json_tree's value: an array's or object's JSON text keeps the subtype."""
    return JsonText(value) if type_name == "array" or type_name == "object" else value


# node types, numbered as SQLite's JSON_NULL .. JSON_OBJECT (json_type's names by number)
NULL, TRUE, FALSE, INT, REAL, STRING, ARRAY, OBJECT = range(8)
TYPE_NAMES = ("null", "true", "false", "integer", "real", "text", "array", "object")
MAX_DEPTH = 2000  # JSON_MAX_DEPTH
_UNSET = object()


class Node:
    """One JSON value: its type, its text as written (strings with their quotes), its members.

    ``items`` holds an array's elements or an object's (label, value) pairs. ``index`` is
    the node's number in SQLite's flat node array (json_each's ``id``). ``raw`` marks a
    label made from a path (its text unquoted); ``removed``, ``replacement`` and ``patch``
    are json.c's JNODE_REMOVE, JNODE_REPLACE and JNODE_PATCH.
    """

    __slots__ = ("escaped", "index", "items", "kind", "patch", "raw", "removed", "replacement", "text")

    def __init__(self, kind: int, text: str = "", index: int = -1) -> None:
        self.kind = kind
        self.text = text
        self.items: list = [] if kind >= ARRAY else ()
        self.escaped = False
        self.raw = False
        self.removed = False
        self.replacement = _UNSET
        self.patch: Node | None = None
        self.index = index


# --- parsing -------------------------------------------------------------------------------

_SPACE = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"')
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_WORDS = {"null": NULL, "true": TRUE, "false": FALSE}
_WORD = re.compile(r"(null|true|false)(?![0-9A-Za-z])")


class _Counter:
    __slots__ = ("next",)

    def __init__(self) -> None:
        self.next = 0

    def take(self) -> int:
        self.next += 1
        return self.next - 1


def _scalar(text: str, i: int, counter: _Counter) -> tuple[Node, int] | None:
    """The string, number or literal at ``i`` and the index after it; None if there is none."""
    c = text[i:i + 1]
    if c == '"':
        match = _STRING.match(text, i)
        if match is None:
            return None
        node = Node(STRING, match.group(), counter.take())
        node.escaped = "\\" in node.text
        return node, match.end()
    if c == "-" or "0" <= c <= "9":
        match = _NUMBER.match(text, i)
        if match is None:
            return None
        kind = REAL if match.group(1) or match.group(2) else INT
        return Node(kind, match.group(), counter.take()), match.end()
    match = _WORD.match(text, i)
    if match is None:
        return None
    return Node(_WORDS[match.group()], "", counter.take()), match.end()


def parse(text: str) -> Node | None:
    """The tree of a JSON text as SQLite 3.40 reads it, or None when it is malformed."""
    text = c_string(text)
    counter = _Counter()
    stack: list[Node] = []
    labels: list[Node | None] = []
    root: Node | None = None
    i = _SPACE.match(text, 0).end()
    end = len(text)
    while True:
        # a value starts at i
        c = text[i:i + 1]
        if c == "[" or c == "{":
            if len(stack) >= MAX_DEPTH:
                return None
            node = Node(ARRAY if c == "[" else OBJECT, "", counter.take())
            closing = "]" if c == "[" else "}"
            value_done = False
            i = _SPACE.match(text, i + 1).end()
            if text[i:i + 1] == closing:
                i += 1
                value_done = True
        else:
            scalar = _scalar(text, i, counter)
            if scalar is None:
                return None
            node, i = scalar
            value_done = True
        # attach it to its container
        if stack:
            top = stack[-1]
            if top.kind == ARRAY:
                top.items.append(node)
            else:
                top.items.append((labels[-1], node))
        else:
            root = node
        if not value_done:
            stack.append(node)
            labels.append(None)
            if node.kind == OBJECT:
                i = _label(text, i, counter, labels)
                if i < 0:
                    return None
            continue
        # after a value: a separator, a closing bracket, or the end
        while True:
            i = _SPACE.match(text, i).end()
            if not stack:
                return root if i == end else None
            top = stack[-1]
            c = text[i:i + 1]
            if c == ",":
                i = _SPACE.match(text, i + 1).end()
                if top.kind == OBJECT:
                    i = _label(text, i, counter, labels)
                    if i < 0:
                        return None
                break
            if c == ("]" if top.kind == ARRAY else "}"):
                stack.pop()
                labels.pop()
                i += 1
                continue
            return None


def _label(text: str, i: int, counter: _Counter, labels: list) -> int:
    """Read an object member's label and its colon; the index of its value, or -1."""
    if text[i:i + 1] != '"':
        return -1
    scalar = _scalar(text, i, counter)
    if scalar is None:
        return -1
    node, i = scalar
    i = _SPACE.match(text, i).end()
    if text[i:i + 1] != ":":
        return -1
    labels[-1] = node
    return _SPACE.match(text, i + 1).end()


def _text(value: object) -> str | None:
    """sqlite3_value_text(): the text a C routine sees (a blob read as UTF-8)."""
    if value is None:
        return None
    if value.__class__ is bytes:
        return value.decode("utf-8", errors="replace")
    return to_text(value)


def _document(value: object) -> Node | None:
    """The parsed first argument; None for SQL NULL; "malformed JSON" otherwise."""
    text = _text(value)
    if text is None:
        return None
    root = parse(text)
    if root is None:
        raise OperationalError("malformed JSON")
    return root


# --- rendering -----------------------------------------------------------------------------

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f]')


def _escape(match: re.Match) -> str:
    c = match.group()
    return _ESCAPES.get(c) or f"\\u{ord(c):04x}"


def quote_string(text: str) -> str:
    """jsonAppendString: a text as a JSON string literal."""
    return '"' + _NEEDS_ESCAPE.sub(_escape, text) + '"'


def sql_to_json(value: object) -> str:
    """jsonAppendValue: an SQL value as JSON text; subtyped text is embedded as it is."""
    cls = value.__class__
    if value is None:
        return "null"
    if cls is JsonText:
        return value
    if cls is str:
        return quote_string(value)
    if cls is int:
        return str(value)
    if cls is float:
        return sql_printf("%!0.15g", value)
    raise OperationalError("JSON cannot hold BLOB values")


def render(node: Node, out: list[str]) -> None:
    """jsonRenderNode: append the JSON text of a node, with its edits, to ``out``."""
    if node.replacement is not _UNSET:
        out.append(sql_to_json(node.replacement))
        return
    if node.patch is not None:
        node = node.patch
    kind = node.kind
    if kind == STRING:
        out.append(quote_string(node.text) if node.raw else node.text)
    elif kind in (INT, REAL):
        out.append(node.text)
    elif kind == ARRAY:
        out.append("[")
        first = True
        for item in node.items:
            if not item.removed:
                if not first:
                    out.append(",")
                first = False
                render(item, out)
        out.append("]")
    elif kind == OBJECT:
        out.append("{")
        first = True
        for label, value in node.items:
            if not value.removed:
                if not first:
                    out.append(",")
                first = False
                render(label, out)
                out.append(":")
                render(value, out)
        out.append("}")
    else:
        out.append(("null", "true", "false")[kind])


def to_json(node: Node) -> JsonText:
    """jsonReturnJson: the node as JSON text, with the JSON subtype."""
    out: list[str] = []
    render(node, out)
    return JsonText("".join(out))


def _integer(text: str) -> int | float:
    """A JSON integer as SQLite returns it: INTEGER, or REAL past the 64-bit range (as json.c decides)."""
    digits = text[1:] if text[0] == "-" else text
    value = 0
    for position, digit in enumerate(digits):
        v = ord(digit) - 48
        if value >= INT64_MAX // 10:
            rest = digits[position + 1:]
            if value > INT64_MAX // 10 or rest or v == 9 or (v == 8 and text[0] != "-"):
                return sqlite_atof(text)
            if v == 8:
                return -(INT64_MAX + 1)
        value = value * 10 + v
    return -value if text[0] == "-" else value


def _unescape(text: str) -> str:
    """A JSON string literal's content with its escapes decoded (a \\u0000 ends it, as in C)."""
    out: list[str] = []
    i = 1
    n = len(text) - 1
    while i < n:
        c = text[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        i += 1
        c = text[i]
        if c == "u":
            v = int(text[i + 1:i + 5], 16)
            i += 5
            if v == 0:
                break
            if v & 0xFC00 == 0xD800 and i < n - 5 and text[i:i + 2] == "\\u":
                low = int(text[i + 2:i + 6], 16)
                if low & 0xFC00 == 0xDC00:
                    v = ((v & 0x3FF) << 10) + (low & 0x3FF) + 0x10000
                    i += 6
            out.append(chr(v))
            continue
        out.append({"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}.get(c, c))
        i += 1
    return "".join(out)


def to_sql(node: Node) -> object:
    """jsonReturn: the SQL value of a node; arrays and objects are JSON text with the subtype."""
    kind = node.kind
    if kind == STRING:
        if node.raw:
            return node.text
        return _unescape(node.text) if node.escaped else node.text[1:-1]
    if kind == INT:
        return _integer(node.text)
    if kind == REAL:
        return sqlite_atof(node.text)
    if kind >= ARRAY:
        return to_json(node)
    return (None, 1, 0)[kind]


# --- paths ---------------------------------------------------------------------------------


class PathError(Exception):
    """A path that SQLite rejects, and the part of it that it names."""

    def __init__(self, near: str) -> None:
        super().__init__(near)
        self.near = near


def path_error(near: str) -> OperationalError:
    """jsonPathSyntaxError: the message quotes the path from where it goes wrong (printf's %q)."""
    quoted = near.replace("'", "''")
    return OperationalError(f"JSON path error near '{quoted}'")


def _label_matches(label: Node, key: str) -> bool:
    """jsonLabelCompare: a label's text as written (escapes and all) against a key from a path."""
    return label.text == key if label.raw else label.text[1:-1] == key


def _digits_end(path: str, start: int) -> int:
    end = start
    while end < len(path) and "0" <= path[end] <= "9":
        end += 1
    return end


def lookup_step(node: Node, path: str, append: list | None) -> Node | None:
    """jsonLookupStep: the node ``path`` (after its '$') names under ``node``, or None.

    With ``append`` (a one-item list), a missing last step of an object key or of the
    array's end is created as a null placeholder and ``append[0]`` set, as json_set does.
    """
    while True:
        if not path:
            return node
        if node.replacement is not _UNSET:
            return None
        first = path[0]
        if first == ".":
            if node.kind != OBJECT:
                return None
            if path[1:2] == '"':
                close = path.find('"', 2)
                if close < 0:
                    raise PathError(path[1:])
                key = path[2:close]
                rest = path[close + 1:]
            else:
                stop = 1
                while stop < len(path) and path[stop] not in ".[":
                    stop += 1
                key = path[1:stop]
                if not key:
                    raise PathError(path[1:])
                rest = path[stop:]
            found = next((value for label, value in node.items if _label_matches(label, key)), None)
            if found is not None:
                node, path = found, rest
                continue
            if append is None:
                return None
            label = Node(STRING, key)
            label.raw = True
            created = _append_placeholder(rest, append)
            if created is None:
                return None
            node.items.append((label, created[0]))
            return created[1]
        if first == "[":
            j = _digits_end(path, 1)
            index = int(path[1:j]) if j > 1 else 0
            if j < 2 or path[j:j + 1] != "]":
                if path[1:2] != "#":
                    raise PathError(path)
                if node.kind != ARRAY:
                    return None
                index = sum(1 for item in node.items if not item.removed)
                j = 2
                if path[2:3] == "-" and "0" <= path[3:4] <= "9":
                    k = _digits_end(path, 3)
                    back = int(path[3:k])
                    if back > index:
                        return None
                    index -= back
                    j = k
                if path[j:j + 1] != "]":
                    raise PathError(path)
            if node.kind != ARRAY:
                return None
            rest = path[j + 1:]
            found = None
            for item in node.items:
                if item.removed:
                    continue
                if index == 0:
                    found = item
                    break
                index -= 1
            if found is not None:
                node, path = found, rest
                continue
            if index == 0 and append is not None:
                created = _append_placeholder(rest, append)
                if created is None:
                    return None
                node.items.append(created[0])
                return created[1]
            return None
        raise PathError(path)


def _append_placeholder(path: str, append: list) -> tuple[Node, Node] | None:
    """jsonLookupAppend: the new value for the rest of ``path`` and the null node it ends at."""
    append[0] = True
    if not path:
        node = Node(NULL)
        return node, node
    if path[0] == ".":
        container = Node(OBJECT)
    elif path.startswith("[0]"):
        container = Node(ARRAY)
    else:
        return None
    target = lookup_step(container, path, append)
    return (container, target) if target is not None else None


def lookup(root: Node, path: object, append: list | None = None) -> Node | None:
    """jsonLookup: the node a path names (None for a NULL path or no such node); path errors raise."""
    text = _text(path)
    if text is None:
        return None
    text = c_string(text)
    if text[:1] != "$":
        raise path_error(text)
    try:
        return lookup_step(root, text[1:], append)
    except PathError as error:
        raise path_error(error.near) from None


# --- the scalar functions ------------------------------------------------------------------


def json_(value: object) -> JsonText | None:
    """json(X): X minified, after checking it is well-formed."""
    return json_remove(value)


def json_valid(value: object) -> int:
    text = _text(value)
    return int(text is not None and parse(text) is not None)


def json_type(value: object, path: object = _UNSET) -> str | None:
    root = _document(value)
    if root is None:
        return None
    node = root if path is _UNSET else lookup(root, path)
    return None if node is None else TYPE_NAMES[node.kind]


def json_quote(value: object) -> JsonText:
    return JsonText(sql_to_json(value))


def json_array(*values: object) -> JsonText:
    return JsonText("[" + ",".join(map(sql_to_json, values)) + "]")


def json_object(*arguments: object) -> JsonText:
    if len(arguments) % 2:
        raise OperationalError("json_object() requires an even number of arguments")
    parts = []
    for i in range(0, len(arguments), 2):
        label = arguments[i]
        if label.__class__ is not str and label.__class__ is not JsonText:
            raise OperationalError("json_object() labels must be TEXT")
        parts.append(quote_string(label) + ":" + sql_to_json(arguments[i + 1]))
    return JsonText("{" + ",".join(parts) + "}")


def json_array_length(value: object, path: object = _UNSET) -> int | None:
    root = _document(value)
    if root is None:
        return None
    node = root if path is _UNSET else lookup(root, path)
    if node is None:
        return None
    return len(node.items) if node.kind == ARRAY else 0


def json_extract(*arguments: object) -> object:
    """json_extract(X, P...): one path gives an SQL value, several a JSON array of the values."""
    if len(arguments) < 2:
        return None
    root = _document(arguments[0])
    if root is None:
        return None
    paths = arguments[1:]
    if len(paths) == 1:
        node = lookup(root, paths[0])
        return None if node is None else to_sql(node)
    out = ["["]
    for number, path in enumerate(paths):
        node = lookup(root, path)
        if number:
            out.append(",")
        if node is None:
            out.append("null")
        else:
            render(node, out)
    out.append("]")
    return JsonText("".join(out))


def _arrow_path(path: object) -> object:
    """The -> and ->> operators also take a label or an array index instead of a path."""
    text = _text(path)
    if text is None:
        return None
    text = c_string(text)
    if text[:1] == "$":
        return text
    if "0" <= text[:1] <= "9":
        return f"$[{text}]"
    return ("$" if text[:1] == "[" else "$.") + text


def arrow(value: object, path: object) -> JsonText | None:
    """X -> P: the JSON text of the value P names."""
    root = _document(value)
    if root is None:
        return None
    node = lookup(root, _arrow_path(path))
    return None if node is None else to_json(node)


def double_arrow(value: object, path: object) -> object:
    """X ->> P: the SQL value P names."""
    root = _document(value)
    if root is None:
        return None
    node = lookup(root, _arrow_path(path))
    return None if node is None else plain(to_sql(node))


def json_remove(*arguments: object) -> JsonText | None:
    """json_remove(X, P...): X without the values the paths name; json(X) is json_remove(X)."""
    if not arguments:
        return None
    root = _document(arguments[0])
    paths = arguments[1:]
    if root is None:
        return None
    for path in paths:
        if path is None:
            return None
        node = lookup(root, path)
        if node is not None:
            node.removed = True
    return None if root.removed else to_json(root)


def _odd_arguments(name: str, arguments: tuple) -> None:
    if len(arguments) % 2 == 0:
        raise OperationalError(f"json_{name}() needs an odd number of arguments")


def _edited(root: Node) -> object:
    """The edited document; a replaced root is the new value itself, as SQLite returns it."""
    if root.replacement is not _UNSET:
        return root.replacement
    return to_json(root)


def _make_setter(name: str, creates: bool, replaces: bool) -> Callable[..., object]:
    def setter(*arguments: object) -> object:
        if not arguments:
            return None
        _odd_arguments(name, arguments)
        root = _document(arguments[0])
        if root is None:
            return None
        for i in range(1, len(arguments), 2):
            appended = [False]
            node = lookup(root, arguments[i], appended if creates else None)
            if node is not None and (appended[0] or replaces):
                node.replacement = arguments[i + 1]
        return _edited(root)

    setter.__name__ = f"json_{name}"
    return setter


json_insert = _make_setter("insert", creates=True, replaces=False)
json_replace = _make_setter("replace", creates=False, replaces=True)
json_set = _make_setter("set", creates=True, replaces=True)


def _remove_all_nulls(node: Node) -> None:
    for _, value in node.items:
        if value.kind == NULL:
            value.removed = True
        elif value.kind == OBJECT:
            _remove_all_nulls(value)


def _merge_patch(target: Node, patch: Node) -> Node:
    """jsonMergePatch (RFC 7396 as 3.40 does it): the node the target becomes."""
    if patch.kind != OBJECT:
        return patch
    if target.kind != OBJECT:
        _remove_all_nulls(patch)
        return patch
    existing = len(target.items)  # members appended by this patch are not matched again
    for label, value in patch.items:
        for old_label, old_value in target.items[:existing]:
            if old_label.text == label.text:
                if old_value.removed or old_value.patch is not None:
                    break
                if value.kind == NULL:
                    old_value.removed = True
                else:
                    merged = _merge_patch(old_value, value)
                    if merged is not old_value:
                        old_value.patch = merged
                break
        else:
            if value.kind != NULL:
                _remove_all_nulls(patch)
                holder = Node(TRUE)
                holder.patch = value
                target.items.append((label, holder))
    return target


def json_patch(value: object, patch: object) -> JsonText | None:
    target = _document(value)
    if target is None:
        return None
    changes = _document(patch)
    if changes is None:
        return None
    return to_json(_merge_patch(target, changes))


# --- aggregates ----------------------------------------------------------------------------


AGGREGATE_NAMES = frozenset(("json_group_array", "json_group_object"))


def group_array(values: list) -> str:
    """json_group_array(X): a group's values as a JSON array ('[]' for none)."""
    return "[" + ",".join(map(sql_to_json, values)) + "]"


def group_object(pairs: list) -> str:
    """json_group_object(NAME, VALUE): a group's pairs as a JSON object; a NULL name writes no label."""
    parts = []
    for name, value in pairs:
        label = _text(name)
        parts.append(("" if label is None else quote_string(label)) + ":" + sql_to_json(value))
    return "{" + ",".join(parts) + "}"


# --- json_each and json_tree ---------------------------------------------------------------

EACH_COLUMNS = ("key", "value", "type", "atom", "id", "parent", "fullkey", "path", "json", "root")
HIDDEN_COLUMNS = frozenset(("json", "root"))


_PLAIN_KEY = re.compile(r"[A-Za-z][A-Za-z0-9]*\Z")


def _key_step(label: Node) -> str:
    """jsonAppendObjectPathElement: ``.key`` for an ASCII identifier, else the label quoted as written."""
    inner = label.text[1:-1]
    return "." + inner if _PLAIN_KEY.match(inner) else "." + label.text


def _member_path(parent_path: str, parent: Node, key: object, label: Node | None) -> str:
    """jsonEachComputePath's step: ``[N]`` into an array, ``.key`` into an object."""
    if parent.kind == ARRAY:
        return f"{parent_path}[{key}]"
    return parent_path + _key_step(label)


def _walk(node: Node, label: Node | None, key: object, parent: Node | None, fullkey: str,
          path: str, ancestors: bool = False) -> Iterator[tuple]:
    """Every node under ``node`` in document order: (node, label, index, parent, fullkey, parent's path).

    ``ancestors``: paths as json_tree shows them above its start node, where SQLite never
    advanced the arrays' counters, so every array step reads [0].
    """
    stack = [iter(((node, label, key, parent, fullkey, path),))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        yield entry
        current, current_fullkey = entry[0], entry[4]
        if current.kind == ARRAY:
            stack.append(iter([(item, None, position, current, f"{current_fullkey}[{0 if ancestors else position}]",
                                current_fullkey)
                               for position, item in enumerate(current.items)]))
        elif current.kind == OBJECT:
            stack.append(iter([(value, item_label, None, current, _member_path(current_fullkey, current, None,
                                                                                 item_label), current_fullkey)
                               for item_label, value in current.items]))


def _row(key: object, node: Node, parent: object, fullkey: str, path: str, text: str, root: str) -> tuple:
    atom = None if node.kind >= ARRAY else to_sql(node)
    value = atom if node.kind < ARRAY else plain(to_json(node))
    return (key, value, TYPE_NAMES[node.kind], atom, node.index, parent, fullkey, path, text, root)


def each_rows(value: object, root_path: object = _UNSET, recursive: bool = False) -> list[tuple]:
    """The rows of json_each(X[, P]) (``recursive``: json_tree(X[, P])), in SQLite's order.

    Columns as `EACH_COLUMNS`. json_each's fullkey and path start from P as written;
    json_tree's are computed from the document's root.
    """
    text = _text(value)
    if text is None:
        return []
    document = parse(text)
    if document is None:
        raise OperationalError("malformed JSON")
    text = c_string(text)
    if root_path is _UNSET:
        root_text = "$"
        start = document
    else:
        root_text = _text(root_path)
        if root_text is None:
            return []
        root_text = c_string(root_text)
        if root_text[:1] != "$":
            raise path_error(root_text)
        try:
            start = lookup_step(document, root_text[1:], None)
        except PathError as error:
            raise path_error(error.near) from None
        if start is None:
            return []
    if not recursive:
        if start.kind == ARRAY:
            return [_row(position, item, None, f"{root_text}[{position}]", root_text, text, root_text)
                    for position, item in enumerate(start.items)]
        if start.kind == OBJECT:
            return [_row(to_sql(label), item, None, root_text + _key_step(label), root_text, text, root_text)
                    for label, item in start.items]
        return [_row(None, start, None, root_text, root_text, text, root_text)]
    entries = _walk(document, None, None, None, "$", "$")
    if start is not document:
        entries = next(_walk(*entry) for entry in _walk(document, None, None, None, "$", "$", ancestors=True)
                       if entry[0] is start)
    rows = []
    for number, (node, label, key, parent, fullkey, path) in enumerate(entries):
        if number == 0:  # the root row: a container's label is its key; an index, or a scalar's, is not
            rows.append(_row(to_sql(label) if label is not None and node.kind >= ARRAY else None, node, None,
                             fullkey, path, text, root_text))
        else:
            rows.append(_row(to_sql(label) if label is not None else key, node, parent.index, fullkey, path, text,
                             root_text))
    return rows


# --- the registry --------------------------------------------------------------------------

# name: (implementation, fewest arguments, most arguments or None)
SUBTYPED: dict[str, tuple[Callable[..., object], int, int | None]] = {
    "json": (json_, 1, 1),
    "json_array": (json_array, 0, None),
    "json_array_length": (json_array_length, 1, 2),
    "json_extract": (json_extract, 0, None),
    "json_insert": (json_insert, 0, None),
    "json_object": (json_object, 0, None),
    "json_patch": (json_patch, 2, 2),
    "json_quote": (json_quote, 1, 1),
    "json_remove": (json_remove, 0, None),
    "json_replace": (json_replace, 0, None),
    "json_set": (json_set, 0, None),
    "json_type": (json_type, 1, 2),
    "json_valid": (json_valid, 1, 1),
}

# the arguments each function embeds as JSON values (jsonAppendValue): all, the odd ones, or none
EMBEDS_ALL = frozenset(("json_array", "json_quote"))
EMBEDS_VALUES = frozenset(("json_object",))  # every second argument, from the second
EMBEDS_SET_VALUES = frozenset(("json_insert", "json_replace", "json_set"))  # every second, from the third


def embeds_json(name: str, position: int) -> bool:
    """Whether argument ``position`` of function ``name`` is embedded as a JSON value."""
    if name in EMBEDS_ALL:
        return True
    if name in EMBEDS_VALUES:
        return position % 2 == 1
    if name in EMBEDS_SET_VALUES:
        return position >= 2 and position % 2 == 0
    return False


def stripped(function: Callable[..., object]) -> Callable[..., object]:
    def call(*arguments: object) -> object:
        result = function(*arguments)
        return str(result) if result.__class__ is JsonText else result

    call.__name__ = function.__name__
    call.__doc__ = function.__doc__
    return call


FUNCTIONS: dict[str, tuple[Callable[..., object], int, int | None]] = {
    name: (stripped(impl), low, high) for name, (impl, low, high) in SUBTYPED.items()
}
