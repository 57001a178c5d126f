-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- DELETE with a correlated EXISTS subquery, DELETE with NOT IN over a subquery containing NULL
--    (deletes nothing), and DELETE ... ALL before a reload
-- source: input.sql:3  [S010]
CREATE TABLE dml_db.orders (
  order_id INTEGER NOT NULL,
  cust_id INTEGER,
  amount INTEGER
)
DISTKEY(order_id);

-- source: input.sql:11  [S020]
CREATE TABLE dml_db.bad_cust (
  cust_id INTEGER
)
DISTKEY(cust_id);

-- source: input.sql:17  [S030]
CREATE TABLE dml_db.scratch (
  n INTEGER
)
DISTKEY(n);

-- source: input.sql:23  [S040]
INSERT INTO dml_db.orders
VALUES
  (1, 10, 100);

-- source: input.sql:24  [S050]
INSERT INTO dml_db.orders
VALUES
  (2, 20, 200);

-- source: input.sql:25  [S060]
INSERT INTO dml_db.orders
VALUES
  (3, 30, 300);

-- source: input.sql:26  [S070]
INSERT INTO dml_db.orders
VALUES
  (4, NULL, 400);

-- source: input.sql:27  [S080]
INSERT INTO dml_db.orders
VALUES
  (5, 10, 5);

-- source: input.sql:28  [S090]
INSERT INTO dml_db.bad_cust
VALUES
  (20);

-- source: input.sql:29  [S100]
INSERT INTO dml_db.bad_cust
VALUES
  (NULL);

-- source: input.sql:30  [S110]
INSERT INTO dml_db.scratch
VALUES
  (1);

-- source: input.sql:31  [S120]
INSERT INTO dml_db.scratch
VALUES
  (2);

-- source: input.sql:33  [S130]
DELETE FROM dml_db.orders
WHERE
  EXISTS(
    SELECT
      1
    FROM dml_db.bad_cust AS b
    WHERE
      b.cust_id = dml_db.orders.cust_id
  );

-- source: input.sql:36  [S140]
DELETE FROM dml_db.orders
WHERE
  NOT cust_id IN (
    SELECT
      cust_id
    FROM dml_db.bad_cust
  );

-- source: input.sql:39  [S150]
DELETE FROM dml_db.orders AS o
WHERE
  o.amount < (
    SELECT
      MAX(o2.amount)
    FROM dml_db.orders AS o2
    WHERE
      o2.cust_id = o.cust_id
  );

-- source: input.sql:42  [S160]
DELETE FROM dml_db.scratch;

-- source: input.sql:43  [S170]
INSERT INTO dml_db.scratch
SELECT
  COUNT(*)
FROM dml_db.orders;

-- source: input.sql:45  [S180]
CREATE TABLE dml_db.result_delete (
  order_id INTEGER,
  cust_id INTEGER,
  amount INTEGER,
  n_after INTEGER
)
DISTKEY(order_id);

-- source: input.sql:54  [S190]
INSERT INTO dml_db.result_delete
SELECT
  o.order_id,
  o.cust_id,
  o.amount,
  s.n
FROM dml_db.orders AS o
CROSS JOIN dml_db.scratch AS s;
