-- issue 16: -0.0 was stored in a REAL column
CREATE TABLE t(a REAL);
INSERT INTO t VALUES(-0.0);
SELECT a, a || '' FROM t;
