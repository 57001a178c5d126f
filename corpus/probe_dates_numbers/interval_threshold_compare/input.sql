/* Delivery SLA: elapsed intervals compared with INTERVAL thresholds */
CREATE MULTISET TABLE pdn_db.deliveries ,NO FALLBACK
(
    dlv_id      INTEGER NOT NULL,
    order_dt    DATE,
    ship_dt     DATE,
    picked_ts   TIMESTAMP(0),
    loaded_ts   TIMESTAMP(0)
)
PRIMARY INDEX ( dlv_id );

INSERT INTO pdn_db.deliveries VALUES (1, DATE '2024-02-22', DATE '2024-02-29', TIMESTAMP '2024-02-29 08:00:00', TIMESTAMP '2024-02-29 08:30:00');
INSERT INTO pdn_db.deliveries VALUES (2, DATE '2024-02-23', DATE '2024-02-29', TIMESTAMP '2024-02-29 08:00:00', TIMESTAMP '2024-02-29 08:31:00');
INSERT INTO pdn_db.deliveries VALUES (3, DATE '2024-02-01', DATE '2024-03-01', TIMESTAMP '2024-02-29 23:50:00', TIMESTAMP '2024-03-01 01:20:00');
INSERT INTO pdn_db.deliveries VALUES (4, DATE '2024-03-01', NULL, TIMESTAMP '2024-03-01 09:00:00', NULL);

CREATE MULTISET TABLE pdn_db.result_sla_flags
(
    dlv_id       INTEGER,
    late_ship    CHAR(1),
    slow_load    CHAR(1),
    load_window  CHAR(1)
)
PRIMARY INDEX ( dlv_id );

INSERT INTO pdn_db.result_sla_flags
SELECT dlv_id,
       CASE WHEN (ship_dt - order_dt) DAY(4) >= INTERVAL '7' DAY THEN 'Y' ELSE 'N' END,
       CASE WHEN (loaded_ts - picked_ts) MINUTE(4) > INTERVAL '30' MINUTE THEN 'Y' ELSE 'N' END,
       CASE WHEN picked_ts + INTERVAL '90' MINUTE >= loaded_ts THEN 'Y' ELSE 'N' END
FROM pdn_db.deliveries;
