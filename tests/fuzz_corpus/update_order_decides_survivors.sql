-- found by the fuzzer: UPDATE OR IGNORE / OR REPLACE keep the rows SQLite updates last, in key order (a DESC primary key's index is descending) or rowid order, not insertion order
CREATE TABLE t0(c0 INT PRIMARY KEY DESC COLLATE RTRIM) WITHOUT ROWID;
INSERT OR IGNORE INTO t0 VALUES (-3.25), (-0.0);
UPDATE OR IGNORE t0 SET c0 = 1;
SELECT * FROM t0;
CREATE TABLE t1(c0, c1 UNIQUE);
INSERT INTO t1(rowid, c0, c1) VALUES (3, 1, 1), (1, 2, 2), (2, 3, 3);
UPDATE OR REPLACE t1 SET c1 = 5;
SELECT rowid, * FROM t1;
