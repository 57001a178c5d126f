-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Cleansing phone numbers and free text with REGEXP_REPLACE: all occurrences by default,
--    only the n-th with an occurrence argument, case-insensitive with match 'i'
-- source: input.sql:3  [S010]
CREATE TABLE sd_db.contact_raw (
  contact_id INTEGER NOT NULL,
  phone_txt VARCHAR(40),
  remark_txt VARCHAR(80)
)
DISTKEY(contact_id);

-- source: input.sql:11  [S020]
INSERT INTO sd_db.contact_raw
VALUES
  (1, '(555) 123-4567', 'Call after 5pm, ask for Ann');

-- source: input.sql:12  [S030]
INSERT INTO sd_db.contact_raw
VALUES
  (2, '555.987.6543', 'aaa AAA aaa');

-- source: input.sql:13  [S040]
INSERT INTO sd_db.contact_raw
VALUES
  (3, NULL, NULL);

-- source: input.sql:14  [S050]
INSERT INTO sd_db.contact_raw
VALUES
  (4, '+1 555 000 1111', 'no match here');

-- source: input.sql:15  [S060]
INSERT INTO sd_db.contact_raw
VALUES
  (5, 'ext 12', 'Alpha and ALPACA');

-- source: input.sql:17  [S070]
CREATE TABLE sd_db.result_contact_clean (
  contact_id INTEGER,
  digits_only VARCHAR(40),
  first_masked VARCHAR(40),
  second_masked VARCHAR(40),
  remark_ci VARCHAR(80),
  remark_cs VARCHAR(80)
)
DISTKEY(contact_id);

-- source: input.sql:28  [S080]
INSERT INTO sd_db.result_contact_clean
SELECT
  contact_id,
  REGEXP_REPLACE(phone_txt, '[^0-9]', ''),
  SUBSTRING(CASE
    WHEN REGEXP_INSTR(phone_txt, '[0-9]+', 1, 1, 0, 'c') = 0
    THEN phone_txt
    ELSE SUBSTRING(phone_txt FROM 1 FOR REGEXP_INSTR(phone_txt, '[0-9]+', 1, 1, 0, 'c') - 1) || '#' || SUBSTRING(phone_txt FROM REGEXP_INSTR(phone_txt, '[0-9]+', 1, 1, 1, 'c') FOR LENGTH(phone_txt))
  END FROM 1 FOR 20),
  SUBSTRING(CASE
    WHEN REGEXP_INSTR(phone_txt, '[0-9]+', 1, 2, 0, 'c') = 0
    THEN phone_txt
    ELSE SUBSTRING(phone_txt FROM 1 FOR REGEXP_INSTR(phone_txt, '[0-9]+', 1, 2, 0, 'c') - 1) || '#' || SUBSTRING(phone_txt FROM REGEXP_INSTR(phone_txt, '[0-9]+', 1, 2, 1, 'c') FOR LENGTH(phone_txt))
  END FROM 1 FOR 20),
  REGEXP_REPLACE(remark_txt, 'a+', '_', 1, 'i'),
  REGEXP_REPLACE(remark_txt, 'a+', '_')
FROM sd_db.contact_raw;
