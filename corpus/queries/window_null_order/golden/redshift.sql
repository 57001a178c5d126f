-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- NULL placement inside window ORDER BY: first for ASC, last for DESC (Teradata)
-- source: input.sql:2  [S010]
CREATE TABLE qry_db.measures (
  m_id INTEGER NOT NULL,
  grp CHAR(1),
  val INTEGER
)
DISTKEY(m_id);

-- source: input.sql:10  [S020]
INSERT INTO qry_db.measures
VALUES
  (1, 'A', 5);

-- source: input.sql:11  [S030]
INSERT INTO qry_db.measures
VALUES
  (2, 'A', NULL);

-- source: input.sql:12  [S040]
INSERT INTO qry_db.measures
VALUES
  (3, 'A', 9);

-- source: input.sql:13  [S050]
INSERT INTO qry_db.measures
VALUES
  (4, 'B', 1);

-- source: input.sql:14  [S060]
INSERT INTO qry_db.measures
VALUES
  (5, 'B', NULL);

-- source: input.sql:15  [S070]
INSERT INTO qry_db.measures
VALUES
  (6, 'B', 3);

-- source: input.sql:17  [S080]
CREATE TABLE qry_db.result_window_nulls (
  m_id INTEGER,
  rn_asc INTEGER,
  rn_desc INTEGER,
  rk_grp INTEGER,
  prev_val INTEGER
)
DISTKEY(m_id);

-- source: input.sql:27  [S090]
INSERT INTO qry_db.result_window_nulls
SELECT
  m_id,
  ROW_NUMBER() OVER (ORDER BY val NULLS FIRST, m_id NULLS FIRST),
  ROW_NUMBER() OVER (ORDER BY val DESC NULLS LAST, m_id NULLS FIRST),
  RANK() OVER (PARTITION BY UPPER(RTRIM(grp)) ORDER BY val DESC NULLS LAST),
  MAX(val) OVER (
    PARTITION BY UPPER(RTRIM(grp))
    ORDER BY val NULLS FIRST
    ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING
  )
FROM qry_db.measures;
