CREATE TABLE samples (id INTEGER, grp VARCHAR, x INTEGER);
INSERT INTO samples VALUES (1, 'A', 2), (2, 'A', 4), (3, 'A', 4), (4, 'A', 4), (5, 'A', 5), (6, 'A', 5), (7, 'A', 7), (8, 'A', 9), (9, 'B', 10), (10, 'B', NULL), (11, 'C', NULL), (12, 'D', 1), (13, 'D', 3);
SELECT grp,
       CAST(stddev_pop(x) AS DECIMAL(12,4)) AS sd_pop,
       CAST(stddev_samp(x) AS DECIMAL(12,4)) AS sd_samp,
       CAST(var_pop(x) AS DECIMAL(12,4)) AS v_pop,
       CAST(var_samp(x) AS DECIMAL(12,4)) AS v_samp
FROM samples GROUP BY grp
