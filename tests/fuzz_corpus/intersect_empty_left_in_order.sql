-- issue 16: with ORDER BY, SQLite's merge of INTERSECT ends when the left side is empty, so the right
-- side's "integer overflow" is never raised; ours ran the right side
CREATE TABLE t(a);
CREATE TABLE e(a);
INSERT INTO t VALUES (1);
SELECT a FROM e INTERSECT SELECT abs(-9223372036854775808) FROM t ORDER BY 1;
