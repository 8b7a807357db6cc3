-- rowid, oid and _rowid_ as INSERT columns of a table without an INTEGER PRIMARY KEY (ours refused them as "no column named rowid")
CREATE TABLE t0(c0, c1 UNIQUE);
INSERT INTO t0(rowid, c0) VALUES (5, 1);
INSERT INTO t0(oid, c1) VALUES ('7', 1);
INSERT OR REPLACE INTO t0(c1, _rowid_) VALUES (1, 9);
INSERT INTO t0(rowid, c0) VALUES (2.5, 1);
SELECT rowid, * FROM t0;
