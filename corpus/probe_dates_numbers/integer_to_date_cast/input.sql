/* Legacy feed keeps dates as INTEGER yyyymmdd and as Teradata-encoded integers; convert them to DATE */
CREATE MULTISET TABLE pdn_db.legacy_feed ,NO FALLBACK
(
    rec_id      INTEGER NOT NULL,
    biz_ymd     INTEGER,
    td_int_dt   INTEGER
)
PRIMARY INDEX ( rec_id );

INSERT INTO pdn_db.legacy_feed VALUES (1, 20240229, 1240229);
INSERT INTO pdn_db.legacy_feed VALUES (2, 19991231, 991231);
INSERT INTO pdn_db.legacy_feed VALUES (3, 20000101, 1000101);
INSERT INTO pdn_db.legacy_feed VALUES (4, NULL, NULL);

CREATE MULTISET TABLE pdn_db.result_dates
(
    rec_id       INTEGER,
    biz_dt       DATE,
    td_dt        DATE,
    stored_dt    DATE,
    fmt_dt       DATE,
    days_apart   INTEGER
)
PRIMARY INDEX ( rec_id );

INSERT INTO pdn_db.result_dates
SELECT rec_id,
       CAST(biz_ymd - 19000000 AS DATE),
       CAST(td_int_dt AS DATE),
       td_int_dt,
       CAST(CAST(biz_ymd AS VARCHAR(8)) AS DATE FORMAT 'YYYYMMDD'),
       CAST(biz_ymd - 19000000 AS DATE) - DATE '1999-12-31'
FROM pdn_db.legacy_feed;
