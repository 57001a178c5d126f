-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- MERGE with both branches, then MERGE with only WHEN NOT MATCHED, then only WHEN MATCHED
-- source: input.sql:2  [S010]
CREATE TABLE dml_db.prod (
  prod_id INTEGER NOT NULL,
  name VARCHAR(20),
  price DECIMAL(8, 2)
)
DISTKEY(prod_id);

-- source: input.sql:10  [S020]
CREATE TABLE dml_db.prod_feed (
  prod_id INTEGER NOT NULL,
  name VARCHAR(20),
  price DECIMAL(8, 2)
)
DISTKEY(prod_id);

-- source: input.sql:18  [S030]
INSERT INTO dml_db.prod
VALUES
  (1, 'pen', 1.00);

-- source: input.sql:19  [S040]
INSERT INTO dml_db.prod
VALUES
  (2, 'ink', 5.00);

-- source: input.sql:20  [S050]
INSERT INTO dml_db.prod_feed
VALUES
  (2, 'ink', 6.00);

-- source: input.sql:21  [S060]
INSERT INTO dml_db.prod_feed
VALUES
  (3, 'pad', 2.50);

-- source: input.sql:23  [S070]
MERGE INTO dml_db.prod
USING dml_db.prod_feed AS s
ON prod.prod_id = s.prod_id
WHEN MATCHED THEN UPDATE SET
  price = s.price
WHEN NOT MATCHED THEN INSERT (prod_id, name, price) VALUES (s.prod_id, s.name, s.price);

-- source: input.sql:29  [S080]
DELETE FROM dml_db.prod_feed;

-- source: input.sql:30  [S090]
INSERT INTO dml_db.prod_feed
VALUES
  (1, 'pen', 9.99);

-- source: input.sql:31  [S100]
INSERT INTO dml_db.prod_feed
VALUES
  (4, 'cup', 3.00);

-- source: input.sql:33  [S110]
MERGE INTO dml_db.prod
USING dml_db.prod_feed AS s
ON prod.prod_id = s.prod_id
WHEN NOT MATCHED THEN INSERT (prod_id, name, price) VALUES (s.prod_id, s.name, s.price);

-- source: input.sql:38  [S120]
MERGE INTO dml_db.prod
USING (
  SELECT
    prod_id,
    price * 2 AS new_price
  FROM dml_db.prod_feed
) AS s
ON prod.prod_id = s.prod_id
WHEN MATCHED THEN UPDATE SET
  price = s.new_price;

-- source: input.sql:43  [S130]
CREATE TABLE dml_db.result_merge (
  prod_id INTEGER,
  name VARCHAR(20),
  price DECIMAL(8, 2)
)
DISTKEY(prod_id);

-- source: input.sql:51  [S140]
INSERT INTO dml_db.result_merge
SELECT
  prod_id,
  name,
  price
FROM dml_db.prod;
