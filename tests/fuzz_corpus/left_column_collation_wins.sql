-- found by the fuzzer: c0 has no COLLATE, so it compares BINARY; ours took the right column's NOCASE
CREATE TABLE t0(c0 DOUBLE, c1 BOOLEAN COLLATE NOCASE, c2 STRING, c3 INT);
INSERT OR IGNORE INTO t0 VALUES ('a', 'A', NULL, 1e100);
SELECT (a0.c0 IS NOT a0.c1), a0.c0 = a0.c1 FROM t0 a0;
