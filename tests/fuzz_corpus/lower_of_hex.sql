-- found by the fuzzer: sqlglot fuses lower(hex(x)) into one node, which ours refused as not supported
CREATE TABLE t0(c0 DECIMAL(4,2) COLLATE NOCASE, c1 INTEGER, PRIMARY KEY(c0, c1));
INSERT INTO t0 VALUES ('ab', 1);
SELECT lower(hex('')), lower(hex(c0)), upper(lower(hex(x'ff'))) FROM t0 a0;
