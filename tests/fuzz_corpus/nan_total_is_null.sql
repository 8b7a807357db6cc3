-- issue 16: total/sum/avg of inf and -inf gave NaN
CREATE TABLE t(a);
INSERT INTO t VALUES(1e308 * 10), (-1e308 * 10);
SELECT total(a), sum(a), avg(a) FROM t;
