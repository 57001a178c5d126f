-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- INDEX and POSITION: 1-based, 0 when absent, NULL in -> NULL out; used to cut e-mail domains
-- source: input.sql:2  [S010]
CREATE TABLE str_db.contacts (
  id INTEGER NOT NULL,
  email VARCHAR(80)
)
DISTKEY(id);

-- source: input.sql:9  [S020]
INSERT INTO str_db.contacts
VALUES
  (1, 'ann@example.com');

-- source: input.sql:10  [S030]
INSERT INTO str_db.contacts
VALUES
  (2, 'no-at-sign');

-- source: input.sql:11  [S040]
INSERT INTO str_db.contacts
VALUES
  (3, NULL);

-- source: input.sql:12  [S050]
INSERT INTO str_db.contacts
VALUES
  (4, 'banana@an.org');

-- source: input.sql:14  [S060]
CREATE TABLE str_db.result_index (
  id INTEGER,
  at_idx INTEGER,
  at_pos INTEGER,
  an_idx INTEGER,
  domain VARCHAR(80),
  user_part VARCHAR(80)
)
DISTKEY(id);

-- source: input.sql:25  [S070]
INSERT INTO str_db.result_index
SELECT
  id,
  STRPOS(UPPER(email), '@'),
  STRPOS(UPPER(email), '@'),
  STRPOS(UPPER(email), 'AN'),
  SUBSTRING(SUBSTRING(email FROM STRPOS(UPPER(email), '@') + 1) FROM 1 FOR 40),
  SUBSTRING(CASE
    WHEN STRPOS(UPPER(email), '@') > 0
    THEN SUBSTRING(email FROM 1 FOR STRPOS(UPPER(email), '@') - 1)
    ELSE email
  END FROM 1 FOR 40)
FROM str_db.contacts;
