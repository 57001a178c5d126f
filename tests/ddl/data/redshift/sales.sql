-- Redshift target as converted, with planted differences (see tests/ddl/test_diff.py).
CREATE TABLE sales.orders (
    order_id      INTEGER NOT NULL,
    status_cd     SMALLINT NOT NULL,
    amount        DECIMAL(12,2) NOT NULL,         -- narrowed from DECIMAL(15,2)
    tax           NUMERIC(9,2) DEFAULT 0.00,
    customer_name VARCHAR(100),                   -- UNICODE characters vs bytes
    country_cd    VARCHAR(4),
    order_ts      TIMESTAMP NOT NULL,
    ship_date     DATE,
    -- promo_code is missing
    created_by    VARCHAR(60),                    -- NOT NULL lost
    load_batch_id BIGINT,                         -- extra column
    PRIMARY KEY (order_id)
)
DISTSTYLE KEY DISTKEY (order_id)
COMPOUND SORTKEY (ship_date, order_id);

CREATE TABLE sales.customers (
    customer_id   INTEGER NOT NULL,
    full_name     VARCHAR(150) NOT NULL,
    vip_flag      SMALLINT DEFAULT 0,
    credit_limit  DECIMAL(12,2),
    created_ts    TIMESTAMP DEFAULT GETDATE(),
    PRIMARY KEY (customer_id)
)
DISTKEY (customer_id);
-- sales.order_audit is missing
