-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Teradata abbreviations: CT, INS (with and without VALUES), SEL, UPD, DEL, DELETE without FROM
-- source: input.sql:2  [S010]
CREATE TABLE qry_db.stock (
  item_id INTEGER NOT NULL,
  item VARCHAR(20),
  qty INTEGER
)
DISTKEY(item_id);

-- source: input.sql:10  [S020]
INSERT INTO qry_db.stock
VALUES
  (1, 'BOLT', 100);

-- source: input.sql:11  [S030]
INSERT INTO qry_db.stock
VALUES
  (2, 'NUT', 50);

-- source: input.sql:12  [S040]
INSERT INTO qry_db.stock
VALUES
  (3, 'GEAR', 5);

-- source: input.sql:13  [S050]
INSERT INTO qry_db.stock
VALUES
  (4, 'PIN', 0);

-- source: input.sql:14  [S060]
INSERT INTO qry_db.stock
VALUES
  (5, 'CAP', 7);

-- source: input.sql:16  [S070]
UPDATE qry_db.stock SET qty = qty + 10
WHERE
  item_id IN (1, 3);

-- source: input.sql:17  [S080]
DELETE FROM qry_db.stock
WHERE
  qty = 0;

-- source: input.sql:18  [S090]
DELETE FROM qry_db.stock
WHERE
  UPPER(RTRIM(item)) = 'CAP';

-- source: input.sql:20  [S100]
CREATE TABLE qry_db.result_stock (
  item_id INTEGER,
  item VARCHAR(20),
  qty INTEGER
)
DISTKEY(item_id);

-- source: input.sql:28  [S110]
INSERT INTO qry_db.result_stock
SELECT
  item_id,
  item,
  qty
FROM qry_db.stock;
