-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- LIKE ANY (p1, p2) = OR of the LIKEs, LIKE ALL = AND, NOT LIKE ANY / NOT LIKE ALL negate each
--    LIKE inside the quantifier; NULL input matches nothing
-- source: input.sql:3  [S010]
CREATE TABLE str_db.products (
  id INTEGER NOT NULL,
  sku VARCHAR(40)
)
DISTKEY(id);

-- source: input.sql:10  [S020]
INSERT INTO str_db.products
VALUES
  (1, 'AX-100');

-- source: input.sql:11  [S030]
INSERT INTO str_db.products
VALUES
  (2, 'BX-200Z');

-- source: input.sql:12  [S040]
INSERT INTO str_db.products
VALUES
  (3, 'AY-300Z');

-- source: input.sql:13  [S050]
INSERT INTO str_db.products
VALUES
  (4, 'CC_1');

-- source: input.sql:14  [S060]
INSERT INTO str_db.products
VALUES
  (5, NULL);

-- source: input.sql:16  [S070]
CREATE TABLE str_db.result_like (
  id INTEGER,
  any_flag INTEGER,
  all_flag INTEGER,
  nany_flag INTEGER,
  nall_flag INTEGER,
  esc_flag INTEGER
)
DISTKEY(id);

-- source: input.sql:27  [S080]
INSERT INTO str_db.result_like
SELECT
  id,
  CASE WHEN (
    UPPER(sku) LIKE 'A%' OR UPPER(sku) LIKE '%Z'
  ) THEN 1 ELSE 0 END,
  CASE WHEN (
    UPPER(sku) LIKE 'A%' AND UPPER(sku) LIKE '%Z'
  ) THEN 1 ELSE 0 END,
  CASE
    WHEN (
      NOT UPPER(sku) LIKE 'A%' OR NOT UPPER(sku) LIKE '%Z'
    )
    THEN 1
    ELSE 0
  END,
  CASE
    WHEN (
      NOT UPPER(sku) LIKE 'A%' AND NOT UPPER(sku) LIKE '%Z'
    )
    THEN 1
    ELSE 0
  END,
  CASE WHEN UPPER(sku) LIKE 'CC!_%' ESCAPE '!' THEN 1 ELSE 0 END
FROM str_db.products;
