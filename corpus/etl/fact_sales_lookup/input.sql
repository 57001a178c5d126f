/* Fact reload: delete the batch's previous rows, then insert with dimension lookups on
   NOT CASESPECIFIC codes that differ in case and trailing blanks, unknown members -> -1,
   DATE - DATE day counts, CASE buckets and ZEROIFNULL */
CREATE MULTISET TABLE etl_db.dim_product
(
    prod_sk    INTEGER NOT NULL,
    prod_code  CHAR(6) CHARACTER SET LATIN NOT CASESPECIFIC,
    prod_name  VARCHAR(20) CHARACTER SET LATIN
)
PRIMARY INDEX ( prod_code );

CREATE MULTISET TABLE etl_db.dim_store
(
    store_sk    INTEGER NOT NULL,
    store_code  VARCHAR(8) CHARACTER SET LATIN,
    region      VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( store_code );

CREATE MULTISET TABLE etl_db.stg_sales
(
    sale_id     INTEGER NOT NULL,
    prod_code   VARCHAR(10) CHARACTER SET LATIN,
    store_code  VARCHAR(10) CHARACTER SET LATIN,
    order_dt    DATE,
    ship_dt     DATE,
    qty         INTEGER,
    unit_price  DECIMAL(9,2)
)
PRIMARY INDEX ( sale_id );

CREATE MULTISET TABLE etl_db.fact_sales
(
    sale_id      INTEGER NOT NULL,
    prod_sk      INTEGER NOT NULL,
    store_sk     INTEGER NOT NULL,
    order_dt     DATE,
    ship_days    INTEGER,
    ship_bucket  VARCHAR(10),
    qty          INTEGER,
    amount       DECIMAL(12,2),
    order_month  INTEGER
)
PRIMARY INDEX ( sale_id );

INSERT INTO etl_db.dim_product VALUES (1, 'AB12', 'Widget');
INSERT INTO etl_db.dim_product VALUES (2, 'CD34', 'Gadget');
INSERT INTO etl_db.dim_store VALUES (10, 'S01', 'North');
INSERT INTO etl_db.dim_store VALUES (11, 's02', 'South');

INSERT INTO etl_db.stg_sales VALUES (1, 'ab12  ', 'S01', DATE '2024-01-30', DATE '2024-02-02', 3, 2.50);
INSERT INTO etl_db.stg_sales VALUES (2, 'CD34', 'S02', DATE '2024-02-28', DATE '2024-03-01', NULL, 4.00);
INSERT INTO etl_db.stg_sales VALUES (3, 'ZZ99', 's01 ', DATE '2024-03-01', NULL, 1, 9.99);
INSERT INTO etl_db.stg_sales VALUES (4, NULL, 'S03', DATE '2023-12-25', DATE '2024-01-10', 7, 1.10);

INSERT INTO etl_db.fact_sales VALUES (1, 1, 10, DATE '2024-01-30', 0, 'OLD', 1, 1.00, 202401);
INSERT INTO etl_db.fact_sales VALUES (9, 2, 11, DATE '2023-06-01', 1, 'FAST', 2, 8.00, 202306);

DELETE FROM etl_db.fact_sales
WHERE sale_id IN (SELECT sale_id FROM etl_db.stg_sales);

INSERT INTO etl_db.fact_sales
SELECT s.sale_id,
       COALESCE(p.prod_sk, -1),
       COALESCE(st.store_sk, -1),
       s.order_dt,
       s.ship_dt - s.order_dt,
       CASE WHEN s.ship_dt IS NULL THEN 'OPEN'
            WHEN s.ship_dt - s.order_dt <= 2 THEN 'FAST'
            WHEN s.ship_dt - s.order_dt <= 7 THEN 'NORMAL'
            ELSE 'SLOW' END,
       ZEROIFNULL(s.qty),
       ZEROIFNULL(s.qty) * s.unit_price,
       EXTRACT(YEAR FROM s.order_dt) * 100 + EXTRACT(MONTH FROM s.order_dt)
FROM etl_db.stg_sales s
LEFT JOIN etl_db.dim_product p
  ON p.prod_code = s.prod_code
LEFT JOIN etl_db.dim_store st
  ON st.store_code = s.store_code;

UPDATE etl_db.fact_sales
SET ship_bucket = 'LATE'
WHERE ship_bucket = 'slow' AND prod_sk = -1;

CREATE MULTISET TABLE etl_db.result_fact_sales
(
    sale_id      INTEGER,
    prod_sk      INTEGER,
    store_sk     INTEGER,
    order_dt     DATE,
    ship_days    INTEGER,
    ship_bucket  VARCHAR(10),
    qty          INTEGER,
    amount       DECIMAL(12,2),
    order_month  INTEGER
)
PRIMARY INDEX ( sale_id );

INSERT INTO etl_db.result_fact_sales SELECT * FROM etl_db.fact_sales;
