-- issue 16: SQLite adds a PRECEDING offset to the other row's value: -1 + 1 = 0 < 5e-324, so -1 is not
-- 1 PRECEDING 5e-324 (though 5e-324 - 1 is -1.0); an integer turned REAL by the offset stays in its own frame
CREATE TABLE t(k, v);
INSERT INTO t VALUES (-1, 1), (5e-324, 2), (0, 3), (1, 4), (-5e-324, 5);
SELECT v, count(*) OVER (ORDER BY k RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM t;
SELECT v, nth_value(v, 2) OVER (ORDER BY k RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) FROM t;
CREATE TABLE u(k);
INSERT INTO u VALUES (9223372036854775806), ('1'), (-1e308), (1.5);
SELECT k, count(*) OVER (ORDER BY k DESC RANGE BETWEEN 5e-324 PRECEDING AND CURRENT ROW) FROM u;
