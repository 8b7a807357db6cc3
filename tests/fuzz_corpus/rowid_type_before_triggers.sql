-- issue 16: an INTEGER PRIMARY KEY given a non-integer is a datatype mismatch before BEFORE triggers run (a RAISE(IGNORE) hid it)
CREATE TABLE t1(c0 INTEGER PRIMARY KEY ASC, c1 TEXT COLLATE NOCASE, c2 NUMERIC, c3 DATE);
CREATE TRIGGER g4 BEFORE INSERT ON t1 BEGIN SELECT RAISE(IGNORE) WHERE (-3.25 NOT IN ((new.c2 - new.c3), new.c1)); END;
INSERT INTO t1 VALUES ('1.5', '', 'A', '1e3');
