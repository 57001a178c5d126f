/* Teradata source model with the differences the tests plant on the target side. */
.LOGON tdprod/etl_user,secret;
DATABASE sales;

CREATE MULTISET TABLE sales.orders, NO FALLBACK, NO BEFORE JOURNAL, NO AFTER JOURNAL,
     CHECKSUM = DEFAULT, MAP = TD_MAP1
(
    order_id      INTEGER NOT NULL,
    status_cd     BYTEINT NOT NULL COMPRESS (0, 1),
    amount        DECIMAL(15,2) NOT NULL,
    tax           DECIMAL(9,2) DEFAULT 0.00,
    customer_name VARCHAR(100) CHARACTER SET UNICODE NOT CASESPECIFIC,
    country_cd    VARCHAR(2) CHARACTER SET LATIN CASESPECIFIC FORMAT 'X(2)' TITLE 'Country',
    order_ts      TIMESTAMP(0) FORMAT 'YYYY-MM-DDBHH:MI:SS' NOT NULL,
    ship_date     DATE FORMAT 'YYYY-MM-DD',
    promo_code    VARCHAR(20) CHARACTER SET LATIN,
    created_by    VARCHAR(30) CHARACTER SET LATIN NOT NULL
)
UNIQUE PRIMARY INDEX (order_id)
PARTITION BY RANGE_N(ship_date BETWEEN DATE '2020-01-01' AND DATE '2030-12-31' EACH INTERVAL '1' MONTH);

CREATE MULTISET TABLE sales.customers, NO FALLBACK
(
    customer_id   INTEGER NOT NULL,
    full_name     VARCHAR(50) CHARACTER SET UNICODE CASESPECIFIC NOT NULL,
    vip_flag      BYTEINT DEFAULT 0,
    credit_limit  NUMERIC(12,2),
    created_ts    TIMESTAMP(0) DEFAULT CURRENT_TIMESTAMP(0)
)
UNIQUE PRIMARY INDEX (customer_id);

CREATE MULTISET TABLE sales.order_audit, NO FALLBACK
(
    order_id      INTEGER NOT NULL,
    changed_ts    TIMESTAMP(6) NOT NULL,
    note          VARCHAR(200) CHARACTER SET UNICODE
)
PRIMARY INDEX (order_id);
