-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- NOT IN over a subquery that returns a NULL is never true; NOT EXISTS ignores the NULL;
--    NOT IN over a NULL-free subquery and a NULL probe value
-- source: input.sql:3  [S010]
CREATE TABLE qry_db.customers (
  cust_id INTEGER NOT NULL,
  region VARCHAR(20)
)
DISTKEY(cust_id);

-- source: input.sql:10  [S020]
CREATE TABLE qry_db.blocked (
  region VARCHAR(20)
)
DISTKEY(region);

-- source: input.sql:16  [S030]
INSERT INTO qry_db.customers
VALUES
  (1, 'EAST');

-- source: input.sql:17  [S040]
INSERT INTO qry_db.customers
VALUES
  (2, 'WEST');

-- source: input.sql:18  [S050]
INSERT INTO qry_db.customers
VALUES
  (3, NULL);

-- source: input.sql:19  [S060]
INSERT INTO qry_db.customers
VALUES
  (4, 'NORTH');

-- source: input.sql:20  [S070]
INSERT INTO qry_db.blocked
VALUES
  ('EAST');

-- source: input.sql:21  [S080]
INSERT INTO qry_db.blocked
VALUES
  (NULL);

-- source: input.sql:23  [S090]
CREATE TABLE qry_db.result_not_in (
  check_name VARCHAR(40),
  cust_id INTEGER
)
DISTKEY(cust_id);

-- source: input.sql:30  [S100]
INSERT INTO qry_db.result_not_in
SELECT
  'not_in_null',
  cust_id
FROM qry_db.customers
WHERE
  NOT UPPER(RTRIM(region)) IN (
    SELECT
      UPPER(RTRIM(region))
    FROM qry_db.blocked
  );

-- source: input.sql:34  [S110]
INSERT INTO qry_db.result_not_in
SELECT
  'not_exists',
  c.cust_id
FROM qry_db.customers AS c
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM qry_db.blocked AS b
    WHERE
      UPPER(RTRIM(b.region)) = UPPER(RTRIM(c.region))
  );

-- source: input.sql:38  [S120]
INSERT INTO qry_db.result_not_in
SELECT
  'not_in_clean',
  cust_id
FROM qry_db.customers
WHERE
  NOT UPPER(RTRIM(region)) IN (
    SELECT
      UPPER(RTRIM(region))
    FROM qry_db.blocked
    WHERE
      NOT region IS NULL
  );

-- source: input.sql:42  [S130]
INSERT INTO qry_db.result_not_in
SELECT
  'in_list',
  cust_id
FROM qry_db.customers
WHERE
  UPPER(RTRIM(region)) IN ('WEST', NULL);
