-- issue 16: a correlated subquery's cache merged outer values 0 and 0.0
CREATE TABLE o(x);
INSERT INTO o VALUES(0), (0.0);
CREATE TABLE i(y);
INSERT INTO i VALUES(0);
SELECT x, (SELECT typeof(x) FROM i) FROM o;
