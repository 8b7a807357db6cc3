-- issue 16: the rowid after a negative maximum was 1
CREATE TABLE t(a INTEGER PRIMARY KEY, b);
INSERT INTO t VALUES(-5, 1);
INSERT INTO t(b) VALUES(2);
SELECT * FROM t;
