CREATE TABLE measures (m_id INTEGER, grp VARCHAR, val INTEGER);
INSERT INTO measures VALUES (1, 'A', 5), (2, 'A', NULL), (3, 'A', 9), (4, 'B', 1), (5, 'B', NULL), (6, 'B', 3);
SELECT m_id,
       (row_number() OVER (ORDER BY val ASC NULLS FIRST, m_id))::INTEGER AS rn_asc,
       (row_number() OVER (ORDER BY val DESC NULLS LAST, m_id))::INTEGER AS rn_desc,
       (rank() OVER (PARTITION BY grp ORDER BY val DESC NULLS LAST))::INTEGER AS rk_grp,
       max(val) OVER (PARTITION BY grp ORDER BY val ASC NULLS FIRST ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev_val
FROM measures
