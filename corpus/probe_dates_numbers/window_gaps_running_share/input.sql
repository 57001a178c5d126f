/* Repeat customers: days since the previous order (LAG with a default), a centred 3-order average,
   each order's cumulative share of the customer's spend, and the latest amount so far */
CREATE MULTISET TABLE pdn_db.orders ,NO FALLBACK
(
    order_id   INTEGER NOT NULL,
    cust_id    INTEGER,
    order_dt   DATE,
    items      INTEGER,
    amount     DECIMAL(9,2)
)
PRIMARY INDEX ( order_id );

INSERT INTO pdn_db.orders VALUES (1, 10, DATE '2024-02-27', 1, 30.00);
INSERT INTO pdn_db.orders VALUES (2, 10, DATE '2024-03-02', 4, 45.00);
INSERT INTO pdn_db.orders VALUES (3, 10, DATE '2024-03-09', 2, 25.00);
INSERT INTO pdn_db.orders VALUES (4, 20, DATE '2024-01-15', 3, 10.00);
INSERT INTO pdn_db.orders VALUES (5, 20, DATE '2024-02-29', NULL, 20.00);
INSERT INTO pdn_db.orders VALUES (6, 30, DATE '2024-03-01', 5, 99.99);

CREATE MULTISET TABLE pdn_db.result_repeat
(
    order_id      INTEGER,
    gap_days      INTEGER,
    avg_items3    DECIMAL(8,2),
    cum_share     DECIMAL(8,4),
    last_amt      DECIMAL(9,2),
    first_dt      DATE
)
PRIMARY INDEX ( order_id );

INSERT INTO pdn_db.result_repeat
SELECT order_id,
       order_dt - LAG(order_dt, 1, order_dt) OVER (PARTITION BY cust_id ORDER BY order_dt),
       AVG(items) OVER (PARTITION BY cust_id ORDER BY order_dt ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING),
       SUM(amount) OVER (PARTITION BY cust_id ORDER BY order_dt ROWS UNBOUNDED PRECEDING)
         / SUM(amount) OVER (PARTITION BY cust_id),
       LAST_VALUE(amount) OVER (PARTITION BY cust_id ORDER BY order_dt),
       FIRST_VALUE(order_dt) OVER (PARTITION BY cust_id ORDER BY order_dt)
FROM pdn_db.orders
QUALIFY COUNT(*) OVER (PARTITION BY cust_id) >= 2;
