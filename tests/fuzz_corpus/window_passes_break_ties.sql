-- issue 16: with two windows, lag() over ties read the rows in table order where SQLite's pass reads them in the other window's order
CREATE TABLE t0(c0 INTEGER, c1 TEXT COLLATE NOCASE, c2 REAL);
INSERT INTO t0 VALUES (1, 'x', 1.5), (2, 'y', NULL), (2, NULL, 2.5), (NULL, 'x', -0.5), (3, 'z', 1e308), (3, 'z', 1e308);
SELECT c0, lag(c0, 2, 'd') OVER (ORDER BY c0), lead(c1) OVER (PARTITION BY c0 ORDER BY c1) FROM t0;
SELECT c0, last_value(c2) OVER (), nth_value(c2, 2) OVER (ORDER BY c2 NULLS LAST ROWS BETWEEN 1 PRECEDING AND CURRENT ROW), nth_value(c2, 2) OVER () FROM t0;
