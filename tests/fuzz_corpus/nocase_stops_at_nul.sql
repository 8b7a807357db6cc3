-- issue 16: SQLite's NOCASE stops at a NUL byte (then the byte lengths decide), ours compared the whole text
SELECT hex(x) FROM (SELECT char(0) || '1.5' x UNION SELECT char(0) || '2.5' COLLATE NOCASE);
SELECT char(0) || 'ab' = char(0) || 'cd' COLLATE NOCASE, char(0) || 'a' < char(0) || 'ab' COLLATE NOCASE;
