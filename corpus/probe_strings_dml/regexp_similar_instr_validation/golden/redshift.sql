-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Validating e-mail addresses and locating tokens: REGEXP_SIMILAR must match the whole string,
--    REGEXP_INSTR returns the position of the n-th match (0 when there is none)
-- source: input.sql:3  [S010]
CREATE TABLE sd_db.signup (
  signup_id INTEGER NOT NULL,
  email_txt VARCHAR(80),
  ref_code VARCHAR(40)
)
DISTKEY(signup_id);

-- source: input.sql:11  [S020]
INSERT INTO sd_db.signup
VALUES
  (1, 'john.doe@example.com', 'AB12-CD34-EF56');

-- source: input.sql:12  [S030]
INSERT INTO sd_db.signup
VALUES
  (2, 'Jane@Mail.ORG', 'X9');

-- source: input.sql:13  [S040]
INSERT INTO sd_db.signup
VALUES
  (3, 'bad address@x.com', 'NONE');

-- source: input.sql:14  [S050]
INSERT INTO sd_db.signup
VALUES
  (4, NULL, NULL);

-- source: input.sql:15  [S060]
INSERT INTO sd_db.signup
VALUES
  (5, 'a@b.c extra', '12-34');

-- source: input.sql:17  [S070]
CREATE TABLE sd_db.result_signup_check (
  signup_id INTEGER,
  email_ok_ci INTEGER,
  email_ok_cs INTEGER,
  digit_pos_2 INTEGER,
  first_digit INTEGER
)
DISTKEY(signup_id);

-- source: input.sql:27  [S080]
INSERT INTO sd_db.result_signup_check
SELECT
  signup_id,
  CASE
    WHEN email_txt IS NULL
    THEN NULL
    WHEN REGEXP_COUNT(email_txt, '^([a-z0-9._]+@[a-z0-9]+\\.[a-z]+)$', 1, 'i') > 0
    THEN 1
    ELSE 0
  END,
  CASE
    WHEN email_txt IS NULL
    THEN NULL
    WHEN REGEXP_COUNT(email_txt, '^([a-z0-9._]+@[a-z0-9]+\\.[a-z]+)$', 1, 'c') > 0
    THEN 1
    ELSE 0
  END,
  REGEXP_INSTR(ref_code, '[0-9]+', 1, 2),
  REGEXP_INSTR(ref_code, '[0-9]')
FROM sd_db.signup;
