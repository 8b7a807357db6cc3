-- issue 16, campaign from seed 6100000: min() of a subquery naming a0, inside a subquery, is a0's query's aggregate (a subquery in the arguments was not looked into: the aggregate counted the inner query's rows)
CREATE TABLE t0(c0 DATE COLLATE BINARY, c1 DATE, PRIMARY KEY(c0));
CREATE TABLE t1(c0 INT PRIMARY KEY DESC COLLATE RTRIM, c1 TEXT, c2 REAL) WITHOUT ROWID;
INSERT INTO t0 VALUES (1, 2), (6, 4), (9, 5);
INSERT INTO t1 VALUES (5, 'a', 1.5), (7, 'b', 0.0), (10, 'c', NULL);
SELECT (SELECT min((SELECT count(*) FROM t0 s WHERE s.c0 < a0.c0)) FROM t0) FROM t1 a0;
SELECT a0.c1, (SELECT max((SELECT count(*) FROM t0 s WHERE s.c0 < a0.c0)) FROM t0 LIMIT 1) FROM t1 a0 GROUP BY a0.c1 ORDER BY 1;
SELECT 0 FROM t1 a0 GROUP BY 1 HAVING (SELECT count(*) FROM t0 s WHERE min((SELECT 0 FROM t0 s WHERE a0.c2)));
