-- wrong answer, campaign from seed 7100000: the HAVING kept no row (ours compared 'A' with min(c0) under NOCASE)
CREATE TABLE t0(c0 INT COLLATE NOCASE, c1 STRING, c2 DATE, c3 INT);
INSERT INTO t0 VALUES ('a', 1, 2, 'b ');
SELECT 0 FROM t0 a0 GROUP BY 1 HAVING ('A' NOT BETWEEN min(a0.c0) AND NULL);
SELECT 'A' = min(c0), min(c0) IN ('A'), 'A' = max(c0) COLLATE NOCASE FROM t0;
