-- found by the fuzzer: NULL compared with an operand that raises still raises in SQLite (it evaluates both), and BETWEEN as a value evaluates all three operands; as a WHERE condition BETWEEN stops at the first comparison that fails
CREATE TABLE t0(c0 INT, c1 VARCHAR(5));
INSERT INTO t0 VALUES (9223372036854775807, NULL), (1, 'a');
SELECT (NULL >= zeroblob(a0.c0)) FROM t0 a0;
SELECT 0 FROM t0 a0 WHERE (NULL = zeroblob(a0.c0));
SELECT abs(-9223372036854775808) = NULL;
SELECT (0 BETWEEN 1 AND zeroblob(a0.c0)) FROM t0 a0;
SELECT 1 BETWEEN 2 AND zeroblob(4503599627370497);
SELECT 1 WHERE 1 BETWEEN 2 AND zeroblob(4503599627370497);
SELECT 1 FROM t0 WHERE c1 BETWEEN 'b' AND zeroblob(c0);
SELECT c1 BETWEEN 'a' AND 'b', c1 NOT BETWEEN c0 AND 'z', NULL BETWEEN c0 AND 1 FROM t0;
