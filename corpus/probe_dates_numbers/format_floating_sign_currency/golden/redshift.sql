-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Statement lines for a print file: floating currency symbol and floating minus sign FORMATs
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.gl_lines (
  line_id INTEGER NOT NULL,
  balance DECIMAL(9, 2),
  change DECIMAL(9, 2)
)
DISTKEY(line_id);

-- source: input.sql:10  [S020]
INSERT INTO pdn_db.gl_lines
VALUES
  (1, 1234.50, -1234.50);

-- source: input.sql:11  [S030]
INSERT INTO pdn_db.gl_lines
VALUES
  (2, 5.00, 12.25);

-- source: input.sql:12  [S040]
INSERT INTO pdn_db.gl_lines
VALUES
  (3, 0.00, -0.50);

-- source: input.sql:13  [S050]
INSERT INTO pdn_db.gl_lines
VALUES
  (4, 98765.43, 0.00);

-- source: input.sql:14  [S060]
INSERT INTO pdn_db.gl_lines
VALUES
  (5, NULL, NULL);

-- source: input.sql:16  [S070]
CREATE TABLE pdn_db.result_print (
  line_id INTEGER,
  bal_text CHAR(10),
  chg_text CHAR(10)
)
DISTKEY(line_id);

-- source: input.sql:24  [S080]
INSERT INTO pdn_db.result_print
SELECT
  line_id,
  CAST(LPAD((
    '$' || TO_CHAR(balance, 'FM99,990.00')
  ), 10) AS CHAR(10)),
  CAST(LPAD(
    (
      CASE WHEN change < 0 THEN '-' ELSE '' END || TO_CHAR(ABS(change), 'FM999990.00')
    ),
    10
  ) AS CHAR(10))
FROM pdn_db.gl_lines;
