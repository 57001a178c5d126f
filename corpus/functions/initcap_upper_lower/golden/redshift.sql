-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- INITCAP treats every non-alphanumeric character as a word break; UPPER/LOWER
-- source: input.sql:2  [S010]
CREATE TABLE fn_db.people (
  id INTEGER NOT NULL,
  nm VARCHAR(60)
)
DISTKEY(id);

-- source: input.sql:9  [S020]
INSERT INTO fn_db.people
VALUES
  (1, 'hello WORLD');

-- source: input.sql:10  [S030]
INSERT INTO fn_db.people
VALUES
  (2, 'mary-ann o\'neil');

-- source: input.sql:11  [S040]
INSERT INTO fn_db.people
VALUES
  (3, 'abc1def x_y');

-- source: input.sql:12  [S050]
INSERT INTO fn_db.people
VALUES
  (4, 'st.louis,MO');

-- source: input.sql:13  [S060]
INSERT INTO fn_db.people
VALUES
  (5, NULL);

-- source: input.sql:15  [S070]
CREATE TABLE fn_db.result_case_fns (
  id INTEGER,
  ic VARCHAR(60),
  up VARCHAR(60),
  lo VARCHAR(60)
)
DISTKEY(id);

-- source: input.sql:24  [S080]
INSERT INTO fn_db.result_case_fns
SELECT
  id,
  INITCAP(nm),
  UPPER(nm),
  LOWER(nm)
FROM fn_db.people;
