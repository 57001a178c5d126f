/* Customer dimension and its staging feed */
CREATE SET TABLE edw.dim_customer ,NO FALLBACK ,NO BEFORE JOURNAL
(
    cust_id      INTEGER NOT NULL,
    cust_nm      VARCHAR(60) CHARACTER SET UNICODE NOT CASESPECIFIC,
    segment_cd   CHAR(3) CHARACTER SET LATIN,
    start_dt     DATE FORMAT 'YYYY-MM-DD',
    end_dt       DATE FORMAT 'YYYY-MM-DD' DEFAULT DATE '9999-12-31',
    current_flag CHAR(1) NOT NULL
)
UNIQUE PRIMARY INDEX ( cust_id );

CREATE MULTISET TABLE stage.cust_feed
(
    cust_id     INTEGER,
    cust_nm     VARCHAR(60),
    segment_cd  CHAR(3),
    extract_ts  TIMESTAMP(0)
)
PRIMARY INDEX ( cust_id );
