-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Partner feed whose DATE columns carry their own FORMAT: string literals are read, compared and
--    rendered in that format (not ISO)
-- source: input.sql:3  [S010]
CREATE TABLE pdn_db.partner_orders (
  order_id INTEGER NOT NULL,
  order_dt DATE,
  due_dt DATE
)
DISTKEY(order_id);

-- source: input.sql:11  [S020]
INSERT INTO pdn_db.partner_orders
VALUES
  (1, CAST('20240229' AS DATE), CAST('15/03/2024' AS DATE));

-- source: input.sql:12  [S030]
INSERT INTO pdn_db.partner_orders
VALUES
  (2, CAST('20240131' AS DATE), CAST('01/02/2024' AS DATE));

-- source: input.sql:13  [S040]
INSERT INTO pdn_db.partner_orders
VALUES
  (3, CAST('20231231' AS DATE), CAST('31/12/2023' AS DATE));

-- source: input.sql:14  [S050]
INSERT INTO pdn_db.partner_orders
VALUES
  (4, NULL, NULL);

-- source: input.sql:16  [S060]
CREATE TABLE pdn_db.result_partner_keys (
  order_id INTEGER,
  order_txt CHAR(8),
  due_txt VARCHAR(20),
  order_key VARCHAR(40),
  days_to_due INTEGER
)
DISTKEY(order_id);

-- source: input.sql:26  [S070]
INSERT INTO pdn_db.result_partner_keys
SELECT
  order_id,
  CAST(order_dt AS CHAR(8)),
  CAST(due_dt AS VARCHAR(10)),
  'PO-' || CAST(order_dt AS VARCHAR(8)),
  due_dt - order_dt
FROM pdn_db.partner_orders
WHERE
  order_dt >= '20240101' OR order_dt IS NULL;
