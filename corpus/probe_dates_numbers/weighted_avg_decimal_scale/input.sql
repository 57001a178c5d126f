/* Weighted average price and margin ratio per product: DECIMAL division of aggregates keeps the
   larger operand scale (2) and rounds there before the result is stored in DECIMAL(12,4) */
CREATE MULTISET TABLE pdn_db.order_lines ,NO FALLBACK
(
    line_id     INTEGER NOT NULL,
    product     VARCHAR(10),
    qty         INTEGER,
    unit_price  DECIMAL(9,2),
    unit_cost   DECIMAL(9,2)
)
PRIMARY INDEX ( line_id );

INSERT INTO pdn_db.order_lines VALUES (1, 'A', 3, 10.00, 7.00);
INSERT INTO pdn_db.order_lines VALUES (2, 'A', 4, 12.50, 9.10);
INSERT INTO pdn_db.order_lines VALUES (3, 'B', 1, 19.99, 15.00);
INSERT INTO pdn_db.order_lines VALUES (4, 'B', 2, 20.01, 15.00);
INSERT INTO pdn_db.order_lines VALUES (5, 'B', 3, 20.00, NULL);
INSERT INTO pdn_db.order_lines VALUES (6, 'C', 6, 0.10, 0.07);

CREATE MULTISET TABLE pdn_db.result_pricing
(
    product       VARCHAR(10),
    wavg_price    DECIMAL(12,4),
    avg_line_amt  DECIMAL(12,4),
    margin_pct    DECIMAL(12,4)
)
PRIMARY INDEX ( product );

INSERT INTO pdn_db.result_pricing
SELECT product,
       SUM(qty * unit_price) / SUM(qty),
       SUM(qty * unit_price) / COUNT(*),
       (SUM(unit_price) - SUM(unit_cost)) / SUM(unit_price) * 100
FROM pdn_db.order_lines
GROUP BY product;
