/* A volatile work table shaped by CREATE ... AS (query) WITH NO DATA, filled, changed and read by
   later statements, then dropped and recreated with another shape */
CREATE MULTISET TABLE vt_db.customer_src
(
    cust_id    INTEGER NOT NULL,
    full_nm    VARCHAR(40),
    region_cd  CHAR(2),
    spend      DECIMAL(10,2)
)
PRIMARY INDEX ( cust_id );

INSERT INTO vt_db.customer_src VALUES (1, 'Alexandra Smith', 'N',  120.00);
INSERT INTO vt_db.customer_src VALUES (2, 'Bo Li',           'SE', 80.50);
INSERT INTO vt_db.customer_src VALUES (3, 'Christopher Orr', NULL, NULL);
INSERT INTO vt_db.customer_src VALUES (4, 'Dee',             'w',  15.25);

CREATE VOLATILE TABLE cust_work AS
(
    SELECT cust_id,
           CAST(full_nm AS VARCHAR(8)) AS short_nm,
           region_cd,
           spend
    FROM vt_db.customer_src
) WITH NO DATA
PRIMARY INDEX ( cust_id )
ON COMMIT PRESERVE ROWS;

INSERT INTO cust_work
SELECT cust_id, full_nm, region_cd, spend
FROM vt_db.customer_src;

UPDATE cust_work SET region_cd = 'XX' WHERE region_cd IS NULL;
DELETE FROM cust_work WHERE spend < 20.00;

CREATE MULTISET TABLE vt_db.result_work
(
    step       INTEGER,
    cust_id    INTEGER,
    short_nm   VARCHAR(20),
    region_key VARCHAR(10),
    region_len INTEGER
)
PRIMARY INDEX ( cust_id );

INSERT INTO vt_db.result_work
SELECT 1, cust_id, short_nm, region_cd || '|', CHARACTERS(region_cd)
FROM cust_work;

DROP TABLE cust_work;

CREATE VOLATILE TABLE cust_work
(
    cust_id    INTEGER,
    tier_cd    CHAR(3)
)
ON COMMIT PRESERVE ROWS;

INSERT INTO cust_work
SELECT cust_id, CASE WHEN spend >= 100 THEN 'TOP' WHEN spend IS NULL THEN 'NEW' ELSE 'STD' END
FROM vt_db.customer_src;

INSERT INTO vt_db.result_work
SELECT 2, cust_id, tier_cd, NULL, NULL
FROM cust_work
WHERE tier_cd <> 'STD';
