-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Finding markers in NOT CASESPECIFIC text: INDEX and POSITION match case-blind when both
--    arguments are NOT CASESPECIFIC (columns and literals, by default in Teradata mode)
-- source: input.sql:3  [S010]
CREATE TABLE sd_db.web_user (
  user_id INTEGER NOT NULL,
  email VARCHAR(80),
  email_cs VARCHAR(80)
)
DISTKEY(user_id);

-- source: input.sql:11  [S020]
INSERT INTO sd_db.web_user
VALUES
  (1, 'ann@Example.com', 'ann@Example.com');

-- source: input.sql:12  [S030]
INSERT INTO sd_db.web_user
VALUES
  (2, 'BOB@EXAMPLE.COM', 'BOB@EXAMPLE.COM');

-- source: input.sql:13  [S040]
INSERT INTO sd_db.web_user
VALUES
  (3, 'qa.Test@corp.example', 'qa.Test@corp.example');

-- source: input.sql:14  [S050]
INSERT INTO sd_db.web_user
VALUES
  (4, 'cy@other.org', 'cy@other.org');

-- source: input.sql:15  [S060]
INSERT INTO sd_db.web_user
VALUES
  (5, NULL, NULL);

-- source: input.sql:17  [S070]
CREATE TABLE sd_db.result_user_domain (
  user_id INTEGER,
  example_pos INTEGER,
  test_pos INTEGER,
  cs_pos INTEGER,
  domain_txt VARCHAR(80)
)
DISTKEY(user_id);

-- source: input.sql:27  [S080]
INSERT INTO sd_db.result_user_domain
SELECT
  user_id,
  STRPOS(UPPER(email), 'EXAMPLE'),
  STRPOS(UPPER(email), 'TEST'),
  STRPOS(email_cs, 'example'),
  SUBSTRING(SUBSTRING(email FROM STRPOS(UPPER(email), '@') + 1) FROM 1 FOR 40)
FROM sd_db.web_user
WHERE
  STRPOS(UPPER(email), 'OTHER') = 0 OR email IS NULL;
