-- found by the fuzzer: s.c2 names the outer s when the inner s (t2) has no c2; ours said no such column
CREATE TABLE t0(c0 INTEGER UNIQUE, c1 REAL, c2 DATE DEFAULT 'b ');
CREATE TABLE t2(c0 VARCHAR(5) DEFAULT 0);
INSERT INTO t0 VALUES (1, 2, 3);
INSERT INTO t2 VALUES (5);
SELECT 1 FROM t0 a0 WHERE EXISTS (SELECT 1 FROM t0 s WHERE EXISTS (SELECT 1 FROM t2 s WHERE s.c2));
SELECT (SELECT s.c2 + s.c0 FROM t2 s) FROM t0 s;
SELECT (SELECT s.nope FROM t2 s) FROM t0 s;
