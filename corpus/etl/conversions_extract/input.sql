/* Extract formatting step: TO_CHAR of dates and timestamps, TO_DATE with a format,
   TO_NUMBER of text, CAST of numbers to VARCHAR, TIME columns and TIMESTAMP(6) parts */
CREATE MULTISET TABLE etl_db.shipments
(
    ship_id    INTEGER NOT NULL,
    ship_dt    DATE,
    ship_ts    TIMESTAMP(6),
    cutoff     TIME(0),
    weight_txt VARCHAR(12) CHARACTER SET LATIN,
    eta_txt    VARCHAR(10) CHARACTER SET LATIN,
    fee        DECIMAL(9,2)
)
PRIMARY INDEX ( ship_id );

INSERT INTO etl_db.shipments VALUES (1, DATE '2024-02-29', TIMESTAMP '2024-02-29 23:59:58.750000', TIME '08:05:09', '12.75', '01.03.2024', 12.50);
INSERT INTO etl_db.shipments VALUES (7, DATE '2023-12-31', TIMESTAMP '2024-01-01 00:00:00.000001', TIME '17:45:00', '-0003', '31.12.2023', 1234.05);
INSERT INTO etl_db.shipments VALUES (42, NULL, NULL, NULL, NULL, NULL, NULL);

CREATE MULTISET TABLE etl_db.result_extract
(
    ship_id     INTEGER,
    dt_iso      VARCHAR(10),
    dt_compact  CHAR(8),
    dt_eu       VARCHAR(10),
    ts_text     VARCHAR(19),
    eta_dt      DATE,
    eta_days    INTEGER,
    weight      DECIMAL(10,2),
    id_text     VARCHAR(12),
    fee_text    VARCHAR(12),
    cutoff      TIME(0),
    cutoff_min  INTEGER,
    morning     CHAR(1),
    ts_sec      DECIMAL(8,6)
)
PRIMARY INDEX ( ship_id );

INSERT INTO etl_db.result_extract
SELECT ship_id,
       TO_CHAR(ship_dt, 'YYYY-MM-DD'),
       TO_CHAR(ship_dt, 'YYYYMMDD'),
       TO_CHAR(ship_dt, 'DD/MM/YYYY'),
       TO_CHAR(ship_ts, 'YYYY-MM-DD HH24:MI:SS'),
       TO_DATE(eta_txt, 'DD.MM.YYYY'),
       TO_DATE(eta_txt, 'DD.MM.YYYY') - ship_dt,
       TO_NUMBER(weight_txt),
       'S-' || CAST(ship_id AS VARCHAR(10)),
       CAST(fee AS VARCHAR(12)),
       cutoff,
       EXTRACT(MINUTE FROM cutoff),
       CASE WHEN cutoff < TIME '12:00:00' THEN 'Y' WHEN cutoff IS NOT NULL THEN 'N' END,
       EXTRACT(SECOND FROM ship_ts)
FROM etl_db.shipments;
