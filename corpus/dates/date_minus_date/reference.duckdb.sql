CREATE TABLE shipments (order_id INTEGER, order_dt DATE, ship_dt DATE);
INSERT INTO shipments VALUES (1, DATE '2024-02-27', DATE '2024-03-01'), (2, DATE '2023-02-27', DATE '2023-03-01'), (3, DATE '2023-12-31', DATE '2024-01-01'), (4, DATE '2024-03-10', DATE '2024-03-05'), (5, DATE '2024-01-01', NULL), (6, DATE '2023-03-01', DATE '2024-03-01');
CREATE TABLE r (label VARCHAR, order_id INTEGER, days INTEGER);
INSERT INTO r SELECT 'EACH', order_id, ship_dt - order_dt FROM shipments;
INSERT INTO r SELECT 'LATE', order_id, NULL FROM shipments WHERE ship_dt - order_dt > 2;
INSERT INTO r SELECT 'TOTAL', COUNT(*), SUM(ship_dt - order_dt) FROM shipments WHERE ship_dt - order_dt BETWEEN 1 AND 3;
SELECT * FROM r
