/* Monthly revenue rollup by EXTRACT(YEAR/MONTH) with subtotal labels, average ticket and spread */
CREATE MULTISET TABLE pdn_db.tickets_sold ,NO FALLBACK
(
    sale_id    INTEGER NOT NULL,
    sold_ts    TIMESTAMP(0),
    seats      INTEGER,
    price      DECIMAL(8,2)
)
PRIMARY INDEX ( sale_id );

INSERT INTO pdn_db.tickets_sold VALUES (1, TIMESTAMP '2023-12-31 23:59:59', 2, 40.00);
INSERT INTO pdn_db.tickets_sold VALUES (2, TIMESTAMP '2024-01-01 00:00:00', 1, 25.50);
INSERT INTO pdn_db.tickets_sold VALUES (3, TIMESTAMP '2024-01-15 12:00:00', 4, 30.00);
INSERT INTO pdn_db.tickets_sold VALUES (4, TIMESTAMP '2024-02-29 18:00:00', 3, 30.00);
INSERT INTO pdn_db.tickets_sold VALUES (5, TIMESTAMP '2024-02-29 19:00:00', NULL, 10.00);

CREATE MULTISET TABLE pdn_db.result_rollup
(
    yr          INTEGER,
    mo          INTEGER,
    level_name  VARCHAR(10),
    sales_cnt   INTEGER,
    seat_total  INTEGER,
    avg_seats   DECIMAL(8,3),
    revenue     DECIMAL(12,2),
    seat_sd     DECIMAL(8,4)
)
PRIMARY INDEX ( yr );

INSERT INTO pdn_db.result_rollup
SELECT EXTRACT(YEAR FROM sold_ts),
       EXTRACT(MONTH FROM sold_ts),
       CASE WHEN GROUPING(EXTRACT(YEAR FROM sold_ts)) = 1 THEN 'ALL'
            WHEN GROUPING(EXTRACT(MONTH FROM sold_ts)) = 1 THEN 'YEAR'
            ELSE 'MONTH' END,
       COUNT(*),
       SUM(seats),
       AVG(seats),
       SUM(seats * price),
       STDDEV_SAMP(seats)
FROM pdn_db.tickets_sold
GROUP BY ROLLUP (EXTRACT(YEAR FROM sold_ts), EXTRACT(MONTH FROM sold_ts));
