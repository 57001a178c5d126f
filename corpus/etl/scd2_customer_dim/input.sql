/* Nightly customer load: dedupe staging with QUALIFY into a volatile table, close changed
   SCD2 versions with UPDATE ... FROM, insert new versions with a LEFT JOIN anti-join */
CREATE MULTISET TABLE etl_db.stg_customer
(
    cust_id    INTEGER,
    cust_name  VARCHAR(30) CHARACTER SET LATIN,
    city       VARCHAR(20) CHARACTER SET LATIN,
    seg_code   CHAR(3) CHARACTER SET LATIN,
    extract_ts TIMESTAMP(0)
)
PRIMARY INDEX ( cust_id );

CREATE MULTISET TABLE etl_db.dim_customer
(
    cust_sk    INTEGER NOT NULL,
    cust_id    INTEGER NOT NULL,
    cust_name  VARCHAR(30) CHARACTER SET LATIN,
    city       VARCHAR(20) CHARACTER SET LATIN,
    seg_code   CHAR(3) CHARACTER SET LATIN,
    eff_dt     DATE NOT NULL,
    end_dt     DATE NOT NULL,
    curr_flag  CHAR(1) NOT NULL
)
PRIMARY INDEX ( cust_id );

INSERT INTO etl_db.dim_customer VALUES (1, 100, 'Ann Lee', 'Paris', 'GLD', DATE '2023-01-01', DATE '9999-12-31', 'Y');
INSERT INTO etl_db.dim_customer VALUES (2, 200, 'Bob Ray', 'Lyon', 'SLV', DATE '2023-01-01', DATE '9999-12-31', 'Y');
INSERT INTO etl_db.dim_customer VALUES (3, 300, 'Cy Moe', 'Nice', NULL, DATE '2023-01-01', DATE '9999-12-31', 'Y');

INSERT INTO etl_db.stg_customer VALUES (100, '  ann lee ', 'Marseille', 'GLD', TIMESTAMP '2024-03-01 10:00:00');
INSERT INTO etl_db.stg_customer VALUES (100, 'Ann Lee', 'Paris', 'GLD', TIMESTAMP '2024-03-01 08:00:00');
INSERT INTO etl_db.stg_customer VALUES (100, 'Ann Lee', 'Toulouse', 'GLD', NULL);
INSERT INTO etl_db.stg_customer VALUES (200, 'Bob Ray', 'LYON  ', 'slv', TIMESTAMP '2024-03-01 09:00:00');
INSERT INTO etl_db.stg_customer VALUES (300, 'Cy Moe', 'Nice', 'BRZ', TIMESTAMP '2024-03-01 09:00:00');
INSERT INTO etl_db.stg_customer VALUES (400, ' Dee Fox', NULL, 'brz', TIMESTAMP '2024-03-01 11:00:00');

CREATE VOLATILE TABLE v_cust AS
(
    SELECT cust_id, TRIM(cust_name) AS cust_name, city, UPPER(seg_code) AS seg_code
    FROM etl_db.stg_customer
    QUALIFY ROW_NUMBER() OVER (PARTITION BY cust_id ORDER BY extract_ts DESC) = 1
) WITH DATA PRIMARY INDEX ( cust_id ) ON COMMIT PRESERVE ROWS;

UPDATE d
FROM etl_db.dim_customer d, v_cust v
SET end_dt = DATE '2024-03-01' - 1,
    curr_flag = 'N'
WHERE d.cust_id = v.cust_id
  AND d.curr_flag = 'Y'
  AND (   d.city <> v.city
       OR (d.city IS NULL AND v.city IS NOT NULL)
       OR (d.city IS NOT NULL AND v.city IS NULL)
       OR COALESCE(d.seg_code, '~') <> COALESCE(v.seg_code, '~'));

INSERT INTO etl_db.dim_customer
SELECT m.max_sk + ROW_NUMBER() OVER (ORDER BY v.cust_id),
       v.cust_id, v.cust_name, v.city, v.seg_code,
       DATE '2024-03-01', DATE '9999-12-31', 'Y'
FROM v_cust v
LEFT JOIN etl_db.dim_customer d
  ON d.cust_id = v.cust_id AND d.curr_flag = 'Y'
CROSS JOIN (SELECT COALESCE(MAX(cust_sk), 0) AS max_sk FROM etl_db.dim_customer) m
WHERE d.cust_id IS NULL;

CREATE MULTISET TABLE etl_db.result_dim_customer
(
    cust_sk    INTEGER,
    cust_id    INTEGER,
    cust_name  VARCHAR(30),
    city       VARCHAR(20),
    seg_code   CHAR(3),
    eff_dt     DATE,
    end_dt     DATE,
    curr_flag  CHAR(1)
)
PRIMARY INDEX ( cust_sk );

INSERT INTO etl_db.result_dim_customer
SELECT cust_sk, cust_id, cust_name, city, seg_code, eff_dt, end_dt, curr_flag
FROM etl_db.dim_customer;
