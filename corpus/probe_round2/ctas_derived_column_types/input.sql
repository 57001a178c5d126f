/* Work tables created from queries: the CTAS column types come from the select expressions
   (a 'N' literal makes a 1-character column) and are copied again by CREATE TABLE ... AS t WITH NO DATA */
CREATE MULTISET TABLE ct_db.orders
(
    order_id  INTEGER NOT NULL,
    cust      VARCHAR(10),
    amt       DECIMAL(8,2)
)
PRIMARY INDEX ( order_id );

INSERT INTO ct_db.orders VALUES (1, 'acme', 150.00);
INSERT INTO ct_db.orders VALUES (2, 'acme',  50.00);
INSERT INTO ct_db.orders VALUES (3, 'bolt',   NULL);
INSERT INTO ct_db.orders VALUES (4, 'bolt', 200.00);
INSERT INTO ct_db.orders VALUES (5, 'cord',  10.00);

CREATE MULTISET TABLE ct_db.order_flags AS
(
    SELECT order_id, cust, 'N' AS review_flag, amt
    FROM ct_db.orders
    WHERE amt IS NOT NULL
) WITH DATA
PRIMARY INDEX ( order_id );

/* Teradata-mode assignment truncates to the column's 1 character */
UPDATE ct_db.order_flags SET review_flag = 'YES' WHERE amt > 100;

CREATE MULTISET TABLE ct_db.cust_totals (cust_cd, order_cnt, total_amt) AS
(
    SELECT cust, COUNT(*), SUM(amt)
    FROM ct_db.orders
    GROUP BY 1
) WITH DATA
PRIMARY INDEX ( cust_cd );

CREATE MULTISET TABLE ct_db.result_ctas AS ct_db.order_flags WITH NO DATA;

INSERT INTO ct_db.result_ctas
SELECT f.order_id, t.cust_cd, f.review_flag, t.total_amt
FROM ct_db.order_flags f
JOIN ct_db.cust_totals t
  ON f.cust = t.cust_cd;

INSERT INTO ct_db.result_ctas VALUES (99, 'ZZZ-LONG-NAME', 'MAYBE', 1.006);
