-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Weighted average price and margin ratio per product: DECIMAL division of aggregates keeps the
--    larger operand scale (2) and rounds there before the result is stored in DECIMAL(12,4)
-- source: input.sql:3  [S010]
CREATE TABLE pdn_db.order_lines (
  line_id INTEGER NOT NULL,
  product VARCHAR(20),
  qty INTEGER,
  unit_price DECIMAL(9, 2),
  unit_cost DECIMAL(9, 2)
)
DISTKEY(line_id);

-- source: input.sql:13  [S020]
INSERT INTO pdn_db.order_lines
VALUES
  (1, 'A', 3, 10.00, 7.00);

-- source: input.sql:14  [S030]
INSERT INTO pdn_db.order_lines
VALUES
  (2, 'A', 4, 12.50, 9.10);

-- source: input.sql:15  [S040]
INSERT INTO pdn_db.order_lines
VALUES
  (3, 'B', 1, 19.99, 15.00);

-- source: input.sql:16  [S050]
INSERT INTO pdn_db.order_lines
VALUES
  (4, 'B', 2, 20.01, 15.00);

-- source: input.sql:17  [S060]
INSERT INTO pdn_db.order_lines
VALUES
  (5, 'B', 3, 20.00, NULL);

-- source: input.sql:18  [S070]
INSERT INTO pdn_db.order_lines
VALUES
  (6, 'C', 6, 0.10, 0.07);

-- source: input.sql:20  [S080]
CREATE TABLE pdn_db.result_pricing (
  product VARCHAR(20),
  wavg_price DECIMAL(12, 4),
  avg_line_amt DECIMAL(12, 4),
  margin_pct DECIMAL(12, 4)
)
DISTKEY(product);

-- source: input.sql:29  [S090]
INSERT INTO pdn_db.result_pricing
SELECT
  MIN(product) AS product,
  CASE
    WHEN ABS(
      (
        SUM(qty * unit_price) / SUM(qty) * 100
      ) - TRUNC((
        SUM(qty * unit_price) / SUM(qty) * 100
      ))
    ) = 0.5
    THEN (
      TRUNC((
        SUM(qty * unit_price) / SUM(qty) * 100
      )) + TRUNC((
        SUM(qty * unit_price) / SUM(qty) * 100
      )) % 2
    ) / 100
    ELSE ROUND(SUM(qty * unit_price) / SUM(qty), 2)
  END,
  CASE
    WHEN ABS(
      (
        SUM(qty * unit_price) / COUNT(*) * 100
      ) - TRUNC((
        SUM(qty * unit_price) / COUNT(*) * 100
      ))
    ) = 0.5
    THEN (
      TRUNC((
        SUM(qty * unit_price) / COUNT(*) * 100
      )) + TRUNC((
        SUM(qty * unit_price) / COUNT(*) * 100
      )) % 2
    ) / 100
    ELSE ROUND(SUM(qty * unit_price) / COUNT(*), 2)
  END,
  CASE
    WHEN ABS(
      (
        (
          SUM(unit_price) - SUM(unit_cost)
        ) / SUM(unit_price) * 100
      ) - TRUNC((
        (
          SUM(unit_price) - SUM(unit_cost)
        ) / SUM(unit_price) * 100
      ))
    ) = 0.5
    THEN (
      TRUNC((
        (
          SUM(unit_price) - SUM(unit_cost)
        ) / SUM(unit_price) * 100
      )) + TRUNC((
        (
          SUM(unit_price) - SUM(unit_cost)
        ) / SUM(unit_price) * 100
      )) % 2
    ) / 100
    ELSE ROUND((
      SUM(unit_price) - SUM(unit_cost)
    ) / SUM(unit_price), 2)
  END * 100
FROM pdn_db.order_lines
GROUP BY
  UPPER(RTRIM(product));
