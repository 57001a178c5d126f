-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Sort order of a default NOT CASESPECIFIC column is case-blind: ROW_NUMBER/RANK over
--    ORDER BY name (ASC, DESC) with an id tiebreaker, NULL first ascending
-- source: input.sql:3  [S010]
CREATE TABLE ncs_db.fruits (
  id INTEGER NOT NULL,
  name VARCHAR(20)
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO ncs_db.fruits
VALUES
  (1, 'banana');

-- source: input.sql:11  [S030]
INSERT INTO ncs_db.fruits
VALUES
  (2, 'Apple');

-- source: input.sql:12  [S040]
INSERT INTO ncs_db.fruits
VALUES
  (3, 'cherry');

-- source: input.sql:13  [S050]
INSERT INTO ncs_db.fruits
VALUES
  (4, 'APPLE');

-- source: input.sql:14  [S060]
INSERT INTO ncs_db.fruits
VALUES
  (5, 'Banana ');

-- source: input.sql:15  [S070]
INSERT INTO ncs_db.fruits
VALUES
  (6, 'apple');

-- source: input.sql:16  [S080]
INSERT INTO ncs_db.fruits
VALUES
  (7, NULL);

-- source: input.sql:18  [S090]
CREATE TABLE ncs_db.result_order_ncs (
  id INTEGER,
  rn_asc INTEGER,
  rn_desc INTEGER,
  rk_asc INTEGER
)
DISTKEY(id);

-- source: input.sql:27  [S100]
INSERT INTO ncs_db.result_order_ncs
SELECT
  id,
  ROW_NUMBER() OVER (ORDER BY UPPER(RTRIM(name)) NULLS FIRST, id NULLS FIRST),
  ROW_NUMBER() OVER (ORDER BY UPPER(RTRIM(name)) DESC NULLS LAST, id NULLS FIRST),
  RANK() OVER (ORDER BY UPPER(RTRIM(name)) NULLS FIRST)
FROM ncs_db.fruits;
