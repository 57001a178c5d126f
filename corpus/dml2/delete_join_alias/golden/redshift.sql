-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Teradata join-condition DELETE: DELETE alias FROM t AS alias, s WHERE join ... deletes only rows
--    of the named table that join a qualifying row; DELETE FROM t AS alias WHERE alias.col ...;
--    DEL abbreviation with a correlated NOT EXISTS; DEL ... ALL then reload
-- source: input.sql:4  [S010]
CREATE TABLE dml2_db.orders (
  order_id INTEGER NOT NULL,
  cust_id INTEGER,
  status VARCHAR(16)
)
DISTKEY(order_id);

-- source: input.sql:12  [S020]
CREATE TABLE dml2_db.blocked (
  cust_id INTEGER,
  active CHAR(1)
)
DISTKEY(cust_id);

-- source: input.sql:19  [S030]
CREATE TABLE dml2_db.custs (
  cust_id INTEGER
)
DISTKEY(cust_id);

-- source: input.sql:25  [S040]
CREATE TABLE dml2_db.snap (
  n_orders INTEGER,
  n_blocked INTEGER
)
DISTKEY(n_orders);

-- source: input.sql:32  [S050]
INSERT INTO dml2_db.orders
VALUES
  (1, 100, 'open');

-- source: input.sql:33  [S060]
INSERT INTO dml2_db.orders
VALUES
  (2, 200, 'open');

-- source: input.sql:34  [S070]
INSERT INTO dml2_db.orders
VALUES
  (3, 200, 'closed');

-- source: input.sql:35  [S080]
INSERT INTO dml2_db.orders
VALUES
  (4, 300, 'open');

-- source: input.sql:36  [S090]
INSERT INTO dml2_db.orders
VALUES
  (5, NULL, 'open');

-- source: input.sql:37  [S100]
INSERT INTO dml2_db.orders
VALUES
  (6, 400, 'void');

-- source: input.sql:38  [S110]
INSERT INTO dml2_db.orders
VALUES
  (7, 500, 'open');

-- source: input.sql:39  [S120]
INSERT INTO dml2_db.blocked
VALUES
  (200, 'Y');

-- source: input.sql:40  [S130]
INSERT INTO dml2_db.blocked
VALUES
  (300, 'N');

-- source: input.sql:41  [S140]
INSERT INTO dml2_db.blocked
VALUES
  (NULL, 'Y');

-- source: input.sql:42  [S150]
INSERT INTO dml2_db.custs
VALUES
  (100);

-- source: input.sql:43  [S160]
INSERT INTO dml2_db.custs
VALUES
  (200);

-- source: input.sql:44  [S170]
INSERT INTO dml2_db.custs
VALUES
  (300);

-- source: input.sql:45  [S180]
INSERT INTO dml2_db.custs
VALUES
  (400);

-- source: input.sql:46  [S190]
INSERT INTO dml2_db.snap
VALUES
  (-1, -1);

-- source: input.sql:48  [S200]
DELETE FROM dml2_db.orders USING   dml2_db.blocked AS b
WHERE
  orders.cust_id = b.cust_id AND UPPER(RTRIM(b.active)) = 'Y';

-- source: input.sql:53  [S210]
DELETE FROM dml2_db.orders AS z
WHERE
  UPPER(RTRIM(z.status)) = 'VOID';

-- source: input.sql:55  [S220]
DELETE FROM dml2_db.orders
WHERE
  NOT EXISTS(
    SELECT
      1
    FROM dml2_db.custs AS c
    WHERE
      c.cust_id = dml2_db.orders.cust_id
  );

-- source: input.sql:58  [S230]
DELETE FROM dml2_db.snap;

-- source: input.sql:59  [S240]
INSERT INTO dml2_db.snap
SELECT
  (
    SELECT
      COUNT(*)
    FROM dml2_db.orders
  ),
  (
    SELECT
      COUNT(*)
    FROM dml2_db.blocked
  );

-- source: input.sql:62  [S250]
CREATE TABLE dml2_db.result_del_join (
  order_id INTEGER,
  cust_id INTEGER,
  status VARCHAR(16),
  n_orders INTEGER,
  n_blocked INTEGER
)
DISTKEY(order_id);

-- source: input.sql:72  [S260]
INSERT INTO dml2_db.result_del_join
SELECT
  o.order_id,
  o.cust_id,
  o.status,
  s.n_orders,
  s.n_blocked
FROM dml2_db.orders AS o
CROSS JOIN dml2_db.snap AS s;
