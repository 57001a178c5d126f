/* DATE - DATE is an INTEGER day count: stored, compared in WHERE and summed */
CREATE MULTISET TABLE dt_db.shipments ,NO FALLBACK
(
    order_id  INTEGER NOT NULL,
    order_dt  DATE FORMAT 'YYYY-MM-DD',
    ship_dt   DATE FORMAT 'YYYY-MM-DD'
)
PRIMARY INDEX ( order_id );

INSERT INTO dt_db.shipments VALUES (1, DATE '2024-02-27', DATE '2024-03-01');
INSERT INTO dt_db.shipments VALUES (2, DATE '2023-02-27', DATE '2023-03-01');
INSERT INTO dt_db.shipments VALUES (3, DATE '2023-12-31', DATE '2024-01-01');
INSERT INTO dt_db.shipments VALUES (4, DATE '2024-03-10', DATE '2024-03-05');
INSERT INTO dt_db.shipments VALUES (5, DATE '2024-01-01', NULL);
INSERT INTO dt_db.shipments VALUES (6, DATE '2023-03-01', DATE '2024-03-01');

CREATE MULTISET TABLE dt_db.result_ship_days
(
    label     VARCHAR(10),
    order_id  INTEGER,
    days      INTEGER
)
PRIMARY INDEX ( order_id );

INSERT INTO dt_db.result_ship_days
SELECT 'EACH', order_id, ship_dt - order_dt
FROM dt_db.shipments;

INSERT INTO dt_db.result_ship_days
SELECT 'LATE', order_id, NULL
FROM dt_db.shipments
WHERE ship_dt - order_dt > 2;

INSERT INTO dt_db.result_ship_days
SELECT 'TOTAL', COUNT(*), SUM(ship_dt - order_dt)
FROM dt_db.shipments
WHERE ship_dt - order_dt BETWEEN 1 AND 3;
