CREATE TABLE five (id INTEGER, v INTEGER);
CREATE TABLE four (id INTEGER, v INTEGER);
INSERT INTO five VALUES (1, 10), (2, NULL), (3, 20), (4, 20), (5, 30);
INSERT INTO four VALUES (1, NULL), (2, 5), (3, 5), (4, 9);
SELECT 'pct_rank' AS src, id, CAST(percent_rank() OVER (ORDER BY v ASC NULLS FIRST) AS DECIMAL(5,4)) AS asc_val, CAST(percent_rank() OVER (ORDER BY v DESC NULLS LAST) AS DECIMAL(5,4)) AS desc_val FROM five
UNION ALL
SELECT 'cume_dist', id, CAST(cume_dist() OVER (ORDER BY v ASC NULLS FIRST) AS DECIMAL(5,4)), CAST(cume_dist() OVER (ORDER BY v DESC NULLS LAST) AS DECIMAL(5,4)) FROM four
