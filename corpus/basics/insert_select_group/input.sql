/* Plain DDL, INSERT ... VALUES, INSERT ... SELECT with GROUP BY and a UNION ALL */
CREATE MULTISET TABLE sales.orders ,NO FALLBACK
(
    order_id   INTEGER NOT NULL,
    region     VARCHAR(10) CHARACTER SET LATIN,
    amount     DECIMAL(10,2),
    order_dt   DATE FORMAT 'YYYY-MM-DD'
)
PRIMARY INDEX ( order_id );

INSERT INTO sales.orders VALUES (1, 'EAST', 10.50, DATE '2024-01-01');
INSERT INTO sales.orders VALUES (2, 'EAST', 20.00, DATE '2024-01-02');
INSERT INTO sales.orders VALUES (3, 'WEST', NULL,  DATE '2024-01-02');
INSERT INTO sales.orders (order_id, region) VALUES (4, 'NORTH');

CREATE MULTISET TABLE sales.result_region_totals
(
    region      VARCHAR(10),
    order_cnt   INTEGER,
    total_amt   DECIMAL(12,2)
)
PRIMARY INDEX ( region );

INSERT INTO sales.result_region_totals
SELECT region, COUNT(*), SUM(amount)
FROM sales.orders
GROUP BY region
UNION ALL
SELECT 'ALL', COUNT(*), SUM(amount) FROM sales.orders;
