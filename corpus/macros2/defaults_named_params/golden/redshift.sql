-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Macro parameters with DEFAULT values; EXEC with a positional list that skips a parameter by an
--    empty position, and with named parameters in any order (omitted ones take their default)
-- source: input.sql:3  [S010]
CREATE TABLE mac_db.orders (
  "oid" INTEGER NOT NULL,
  qty INTEGER,
  "tag" VARCHAR(10)
)
DISTKEY("oid");

-- EXEC mac_db.add_order (from the macro body at line 12)
-- source: input.sql:15  [S020]
INSERT INTO mac_db.orders (
  "oid",
  qty,
  "tag"
)
VALUES
  (1, 5 * 10, 'x');

-- EXEC mac_db.add_order (from the macro body at line 12)
-- source: input.sql:16  [S030]
INSERT INTO mac_db.orders (
  "oid",
  qty,
  "tag"
)
VALUES
  (2, 1 * 10, 'y');

-- EXEC mac_db.add_order (from the macro body at line 12)
-- source: input.sql:17  [S040]
INSERT INTO mac_db.orders (
  "oid",
  qty,
  "tag"
)
VALUES
  (3, 1 * 10, 'z');

-- EXEC mac_db.add_order (from the macro body at line 12)
-- source: input.sql:18  [S050]
INSERT INTO mac_db.orders (
  "oid",
  qty,
  "tag"
)
VALUES
  (4, 7 * 10, 'std');

-- EXEC mac_db.add_order (from the macro body at line 12)
-- source: input.sql:19  [S060]
INSERT INTO mac_db.orders (
  "oid",
  qty,
  "tag"
)
VALUES
  (5, (
      2 + 3
  ) * 10, NULL);

-- source: input.sql:21  [S070]
CREATE TABLE mac_db.result_macro_defaults (
  "oid" INTEGER,
  qty INTEGER,
  "tag" VARCHAR(10)
)
DISTKEY("oid");

-- source: input.sql:29  [S080]
INSERT INTO mac_db.result_macro_defaults
SELECT
  "oid",
  qty,
  "tag"
FROM mac_db.orders;
