-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Reconciling scanned parcels between two depots, duplicates included: EXCEPT ALL / INTERSECT ALL
--    over NOT CASESPECIFIC codes that differ only in case or trailing blanks
-- source: input.sql:3  [S010]
CREATE TABLE ea_db.depot_out (
  parcel_cd VARCHAR(20),
  route_no INTEGER
)
DISTKEY(parcel_cd);

-- source: input.sql:10  [S020]
CREATE TABLE ea_db.depot_in (
  parcel_cd VARCHAR(20),
  route_no INTEGER
)
DISTKEY(parcel_cd);

-- source: input.sql:17  [S030]
INSERT INTO ea_db.depot_out
VALUES
  ('px1', 1);

-- source: input.sql:18  [S040]
INSERT INTO ea_db.depot_out
VALUES
  ('px1', 1);

-- source: input.sql:19  [S050]
INSERT INTO ea_db.depot_out
VALUES
  ('PX2', 2);

-- source: input.sql:20  [S060]
INSERT INTO ea_db.depot_out
VALUES
  ('px3', 3);

-- source: input.sql:21  [S070]
INSERT INTO ea_db.depot_out
VALUES
  (NULL, 4);

-- source: input.sql:22  [S080]
INSERT INTO ea_db.depot_out
VALUES
  (NULL, 4);

-- source: input.sql:24  [S090]
INSERT INTO ea_db.depot_in
VALUES
  ('PX1 ', 1);

-- source: input.sql:25  [S100]
INSERT INTO ea_db.depot_in
VALUES
  ('px2', 2);

-- source: input.sql:26  [S110]
INSERT INTO ea_db.depot_in
VALUES
  ('px3', 9);

-- source: input.sql:27  [S120]
INSERT INTO ea_db.depot_in
VALUES
  (NULL, 4);

-- source: input.sql:29  [S130]
CREATE TABLE ea_db.result_parcel_recon (
  kind VARCHAR(20),
  parcel_cd VARCHAR(20),
  route_no INTEGER
)
DISTKEY(parcel_cd);

-- source: input.sql:37  [S140]
INSERT INTO ea_db.result_parcel_recon
SELECT
  'MISSING',
  SUBSTRING(UPPER(TRIM(parcel_cd)) FROM 1 FOR 10),
  route_no
FROM (
  (
    SELECT
      leapc_c1 AS parcel_cd,
      leapc_c2 AS route_no
    FROM (
      SELECT
        leapc_c1,
        leapc_c2,
        ROW_NUMBER() OVER (PARTITION BY leapc_c1, leapc_c2 ORDER BY leapc_c1 NULLS FIRST) AS leapc_rn
      FROM (
        SELECT
          parcel_cd,
          route_no
        FROM ea_db.depot_out
      ) AS leapc_s_1(leapc_c1, leapc_c2)
      EXCEPT
      SELECT
        leapc_c1,
        leapc_c2,
        ROW_NUMBER() OVER (PARTITION BY leapc_c1, leapc_c2 ORDER BY leapc_c1 NULLS FIRST) AS leapc_rn
      FROM (
        SELECT
          parcel_cd,
          route_no
        FROM ea_db.depot_in
      ) AS leapc_s_2(leapc_c1, leapc_c2)
    ) AS leapc_s_3
  )
) AS x;

-- source: input.sql:43  [S150]
INSERT INTO ea_db.result_parcel_recon
SELECT
  'ARRIVED',
  SUBSTRING(UPPER(TRIM(parcel_cd)) FROM 1 FOR 10),
  route_no
FROM (
  (
    SELECT
      leapc_c1 AS parcel_cd,
      leapc_c2 AS route_no
    FROM (
      SELECT
        leapc_c1,
        leapc_c2,
        ROW_NUMBER() OVER (PARTITION BY leapc_c1, leapc_c2 ORDER BY leapc_c1 NULLS FIRST) AS leapc_rn
      FROM (
        SELECT
          parcel_cd,
          route_no
        FROM ea_db.depot_out
      ) AS leapc_s_4(leapc_c1, leapc_c2)
      INTERSECT
      SELECT
        leapc_c1,
        leapc_c2,
        ROW_NUMBER() OVER (PARTITION BY leapc_c1, leapc_c2 ORDER BY leapc_c1 NULLS FIRST) AS leapc_rn
      FROM (
        SELECT
          parcel_cd,
          route_no
        FROM ea_db.depot_in
      ) AS leapc_s_5(leapc_c1, leapc_c2)
    ) AS leapc_s_6
  )
) AS x;
