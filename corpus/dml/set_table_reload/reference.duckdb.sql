CREATE TABLE stage (k INTEGER, v VARCHAR);
INSERT INTO stage VALUES (1, 'A'), (1, 'A'), (1, 'Z'), (2, 'B'), (3, 'C');
CREATE TABLE dim_set AS SELECT DISTINCT k, v FROM (SELECT 3 AS k, 'C' AS v UNION ALL SELECT k, v FROM stage);
SELECT 'set' AS tbl, k, v, COUNT(*)::INTEGER AS cnt FROM dim_set GROUP BY k, v
UNION ALL SELECT 'multi', k, v, COUNT(*) FROM stage GROUP BY k, v
