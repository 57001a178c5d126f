-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Counting by a code prefix: GROUP BY SUBSTR(code) and DISTINCT SUBSTR(code) on a NOT CASESPECIFIC
--    (Teradata-mode default) column put 'ab', 'AB' and 'Ab' in one group
-- source: input.sql:3  [S010]
CREATE TABLE sd_db.shipment (
  ship_id INTEGER NOT NULL,
  route_cd VARCHAR(24),
  carrier VARCHAR(40),
  weight_kg INTEGER
)
DISTKEY(ship_id);

-- source: input.sql:12  [S020]
INSERT INTO sd_db.shipment
VALUES
  (1, 'AB-100', 'dhl', 5);

-- source: input.sql:13  [S030]
INSERT INTO sd_db.shipment
VALUES
  (2, 'ab-200', 'DHL', 7);

-- source: input.sql:14  [S040]
INSERT INTO sd_db.shipment
VALUES
  (3, 'Ab-300', 'Dhl ', 1);

-- source: input.sql:15  [S050]
INSERT INTO sd_db.shipment
VALUES
  (4, 'CD-100', 'ups', 3);

-- source: input.sql:16  [S060]
INSERT INTO sd_db.shipment
VALUES
  (5, 'cd-900', 'UPS', NULL);

-- source: input.sql:17  [S070]
INSERT INTO sd_db.shipment
VALUES
  (6, NULL, 'fedex', 2);

-- source: input.sql:18  [S080]
INSERT INTO sd_db.shipment
VALUES
  (7, 'EF-1', NULL, 4);

-- source: input.sql:20  [S090]
CREATE TABLE sd_db.result_route_stats (
  kind VARCHAR(20),
  grp VARCHAR(24),
  ship_cnt INTEGER,
  total_kg INTEGER
)
DISTKEY(kind);

-- source: input.sql:29  [S100]
INSERT INTO sd_db.result_route_stats
SELECT
  'ROUTE',
  SUBSTRING(UPPER(pfx) FROM 1 FOR 12),
  cnt,
  kg
FROM (
  SELECT
    MIN(SUBSTRING(route_cd FROM 1 FOR 2)) AS pfx,
    COUNT(*) AS cnt,
    SUM(weight_kg) AS kg
  FROM sd_db.shipment
  GROUP BY
    UPPER(RTRIM(SUBSTRING(route_cd FROM 1 FOR 2)))
) AS d;

-- source: input.sql:37  [S110]
INSERT INTO sd_db.result_route_stats
SELECT
  'CARRIER',
  SUBSTRING(UPPER(c) FROM 1 FOR 12),
  NULL,
  NULL
FROM (
  SELECT
    MIN(TRIM(carrier)) AS c
  FROM sd_db.shipment
  GROUP BY
    UPPER(RTRIM(TRIM(carrier)))
) AS d;
