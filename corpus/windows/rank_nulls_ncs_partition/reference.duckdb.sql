CREATE TABLE scores (s_id INTEGER, team VARCHAR, pts INTEGER);
INSERT INTO scores VALUES (1, 'Red', 10), (2, 'RED ', NULL), (3, 'red', 10), (4, 'Red', 7), (5, 'Blue', NULL), (6, 'blue', 3), (7, 'BLUE', NULL);
SELECT s_id,
       (row_number() OVER (PARTITION BY upper(rtrim(team)) ORDER BY pts ASC NULLS FIRST, s_id))::INTEGER AS rn_asc,
       (row_number() OVER (PARTITION BY upper(rtrim(team)) ORDER BY pts DESC NULLS LAST, s_id))::INTEGER AS rn_desc,
       (rank() OVER (PARTITION BY upper(rtrim(team)) ORDER BY pts DESC NULLS LAST))::INTEGER AS rk_desc,
       (dense_rank() OVER (PARTITION BY upper(rtrim(team)) ORDER BY pts ASC NULLS FIRST))::INTEGER AS drk_asc,
       (count(*) OVER (PARTITION BY upper(rtrim(team))))::INTEGER AS team_cnt,
       CASE WHEN (rank() OVER (PARTITION BY upper(rtrim(team)) ORDER BY pts DESC NULLS LAST)) = 1 THEN 'Y' ELSE 'N' END AS is_top
FROM scores
