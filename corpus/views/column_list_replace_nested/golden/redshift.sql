-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- CREATE VIEW with a column list (renamed and computed columns), a view over that view filtering
--    on the renamed columns, REPLACE VIEW changing the inner definition: the outer view picks up
--    the new definition at the next query
-- source: input.sql:4  [S010]
CREATE TABLE vw_db.staff (
  sid INTEGER NOT NULL,
  nm VARCHAR(20),
  dept CHAR(2),
  sal INTEGER,
  comm INTEGER
)
DISTKEY(sid);

-- source: input.sql:14  [S020]
INSERT INTO vw_db.staff
VALUES
  (1, 'ann', 'HR', 100, NULL);

-- source: input.sql:15  [S030]
INSERT INTO vw_db.staff
VALUES
  (2, 'bo', 'IT', 200, 50);

-- source: input.sql:16  [S040]
INSERT INTO vw_db.staff
VALUES
  (3, 'cy', 'IT', 150, 0);

-- source: input.sql:17  [S050]
INSERT INTO vw_db.staff
VALUES
  (4, 'di', NULL, 300, 10);

-- source: input.sql:19  [S060]
CREATE VIEW vw_db.v_pay (
  who,
  unit,
  total_pay
) AS
SELECT
  nm,
  dept,
  sal + comm
FROM vw_db.staff;

-- source: input.sql:22  [S070]
CREATE VIEW vw_db.v_pay_it AS
SELECT
  who,
  total_pay
FROM vw_db.v_pay
WHERE
  UPPER(RTRIM(unit)) = 'IT' AND total_pay > 100;

-- source: input.sql:25  [S080]
CREATE TABLE vw_db.result_views_nested (
  phase VARCHAR(16),
  who VARCHAR(20),
  total_pay INTEGER
)
DISTKEY(who);

-- source: input.sql:33  [S090]
INSERT INTO vw_db.result_views_nested
SELECT
  'before',
  who,
  total_pay
FROM vw_db.v_pay_it;

-- source: input.sql:34  [S100]
INSERT INTO vw_db.result_views_nested
SELECT
  'nullpay',
  who,
  total_pay
FROM vw_db.v_pay
WHERE
  total_pay IS NULL;

-- source: input.sql:36  [S110]
CREATE OR REPLACE VIEW vw_db.v_pay (
  who,
  unit,
  total_pay
) AS
SELECT
  nm,
  COALESCE(dept, 'IT'),
  sal + COALESCE(comm, 0)
FROM vw_db.staff;

-- source: input.sql:39  [S120]
INSERT INTO vw_db.result_views_nested
SELECT
  'after',
  who,
  total_pay
FROM vw_db.v_pay_it;
