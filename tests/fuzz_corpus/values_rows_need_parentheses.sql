-- found by the fuzzer's shrinker: sqlglot reads VALUES 0 as VALUES (0); SQLite says near "0": syntax error
CREATE TABLE t0(c0 NUMERIC, c1);
REPLACE INTO t0 VALUES 0;
INSERT INTO t0 VALUES (1, 2), -3;
INSERT INTO t0 VALUES ((1), 2), (  3, 4);
VALUES 1;
SELECT rowid, * FROM t0;
