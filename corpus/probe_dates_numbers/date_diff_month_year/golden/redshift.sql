-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Tenure and age bands from DATE differences with MONTH / YEAR / DAY interval qualifiers
-- source: input.sql:2  [S010]
CREATE TABLE pdn_db.members (
  member_id INTEGER NOT NULL,
  birth_dt DATE,
  join_dt DATE,
  as_of_dt DATE
)
DISTKEY(member_id);

-- source: input.sql:11  [S020]
INSERT INTO pdn_db.members
VALUES
  (
    1,
    CAST('1990-06-15' AS DATE),
    CAST('2024-01-31' AS DATE),
    CAST('2024-03-01' AS DATE)
  );

-- source: input.sql:12  [S030]
INSERT INTO pdn_db.members
VALUES
  (
    2,
    CAST('2000-02-29' AS DATE),
    CAST('2023-03-15' AS DATE),
    CAST('2024-02-28' AS DATE)
  );

-- source: input.sql:13  [S040]
INSERT INTO pdn_db.members
VALUES
  (
    3,
    CAST('1985-12-31' AS DATE),
    CAST('2022-12-31' AS DATE),
    CAST('2024-01-01' AS DATE)
  );

-- source: input.sql:14  [S050]
INSERT INTO pdn_db.members
VALUES
  (
    4,
    CAST('2010-01-01' AS DATE),
    CAST('2024-02-01' AS DATE),
    CAST('2024-02-29' AS DATE)
  );

-- source: input.sql:15  [S060]
INSERT INTO pdn_db.members
VALUES
  (5, NULL, CAST('2024-02-10' AS DATE), NULL);

-- source: input.sql:17  [S070]
CREATE TABLE pdn_db.result_tenure (
  member_id INTEGER,
  tenure_mon INTEGER,
  tenure_days INTEGER,
  age_years INTEGER,
  ym_years INTEGER,
  ym_months INTEGER
)
DISTKEY(member_id);

-- source: input.sql:28  [S080]
INSERT INTO pdn_db.result_tenure
SELECT
  member_id,
  CAST((
    (
      CAST(EXTRACT(YEAR FROM as_of_dt) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM as_of_dt) AS INTEGER)
    ) - (
      CAST(EXTRACT(YEAR FROM join_dt) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM join_dt) AS INTEGER)
    )
  ) AS INTEGER),
  CAST((
    (
      as_of_dt - join_dt
    )
  ) AS INTEGER),
  CAST((
    CAST(EXTRACT(YEAR FROM as_of_dt) AS INTEGER) - CAST(EXTRACT(YEAR FROM birth_dt) AS INTEGER)
  ) AS INTEGER),
  CAST((
    (
      CAST(EXTRACT(YEAR FROM as_of_dt) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM as_of_dt) AS INTEGER)
    ) - (
      CAST(EXTRACT(YEAR FROM join_dt) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM join_dt) AS INTEGER)
    )
  ) / 12 AS INTEGER),
  CAST((
    (
      CAST(EXTRACT(YEAR FROM as_of_dt) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM as_of_dt) AS INTEGER)
    ) - (
      CAST(EXTRACT(YEAR FROM join_dt) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM join_dt) AS INTEGER)
    )
  ) % 12 AS INTEGER)
FROM pdn_db.members;
