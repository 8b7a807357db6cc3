-- issue 16: OFFSET inside a recursive CTE was ignored
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM r WHERE n < 5 LIMIT 3 OFFSET 1) SELECT n FROM r;
