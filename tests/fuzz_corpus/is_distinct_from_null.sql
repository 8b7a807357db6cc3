-- issue 16: NULL-safe comparison was inverted
SELECT 0 IS DISTINCT FROM NULL;
