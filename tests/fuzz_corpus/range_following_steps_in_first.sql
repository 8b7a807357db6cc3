-- issue 16: a RANGE frame that starts FOLLOWING steps the rows reaching its end in before it takes out those
-- its start passed, so this sum overflows in sqlite3; ours took the first row out first and answered
CREATE TABLE t(k, x);
INSERT INTO t VALUES (3, 9223372036854775806), (6, 9223372036854775807);
SELECT sum(x) OVER (ORDER BY k RANGE BETWEEN 0 FOLLOWING AND 1 FOLLOWING) FROM t;
