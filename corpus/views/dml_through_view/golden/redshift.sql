-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- INSERT, UPDATE and DELETE through a single-table view with renamed columns and a WHERE:
--    INSERT maps the view's column names to the base columns (base columns outside the view take
--    their DEFAULT or NULL); UPDATE and DELETE through the view touch only rows the view shows
-- source: input.sql:4  [S010]
CREATE TABLE vw_db.items (
  item_id INTEGER NOT NULL,
  cat VARCHAR(10),
  price DECIMAL(7, 2),
  active CHAR(1) DEFAULT 'Y'
)
DISTKEY(item_id);

-- source: input.sql:13  [S020]
INSERT INTO vw_db.items
VALUES
  (1, 'food', 2.00, 'Y');

-- source: input.sql:14  [S030]
INSERT INTO vw_db.items
VALUES
  (2, 'food', 3.00, 'N');

-- source: input.sql:15  [S040]
INSERT INTO vw_db.items
VALUES
  (3, 'tool', 9.00, 'Y');

-- source: input.sql:16  [S050]
INSERT INTO vw_db.items
VALUES
  (4, 'tool', 1.00, 'N');

-- source: input.sql:18  [S060]
CREATE VIEW vw_db.v_active (
  id,
  category,
  cost
) AS
SELECT
  item_id,
  cat,
  price
FROM vw_db.items
WHERE
  UPPER(RTRIM(active)) = 'Y';

-- source: input.sql:21  [S070]
INSERT INTO vw_db.v_active (
  cost,
  id,
  category
)
VALUES
  (5.50, 5, 'toy');

-- source: input.sql:23  [S080]
UPDATE vw_db.v_active SET cost = cost * 2
WHERE
  UPPER(RTRIM(category)) = 'FOOD';

-- source: input.sql:25  [S090]
DELETE FROM vw_db.v_active
WHERE
  UPPER(RTRIM(category)) = 'TOOL';

-- source: input.sql:27  [S100]
CREATE TABLE vw_db.result_view_dml (
  item_id INTEGER,
  cat VARCHAR(10),
  price DECIMAL(7, 2),
  active CHAR(1)
)
DISTKEY(item_id);

-- source: input.sql:36  [S110]
INSERT INTO vw_db.result_view_dml
SELECT
  item_id,
  cat,
  price,
  active
FROM vw_db.items;
