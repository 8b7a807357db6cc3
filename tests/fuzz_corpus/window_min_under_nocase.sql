-- issue 16: window min() and max() compared in BINARY where the column is NOCASE (an aggregate's min kept its collation)
CREATE TABLE t0(c0 INTEGER, c1 TEXT COLLATE NOCASE);
INSERT INTO t0 VALUES (1, 'B'), (2, 'a'), (3, 'C'), (4, 'b'), (5, 'A');
SELECT c0, min(c1) OVER (ORDER BY c0), max(c1) OVER (ORDER BY c0 ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM t0;
SELECT min(c1) OVER (), max(c1) OVER () FROM t0;
