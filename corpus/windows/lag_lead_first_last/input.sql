/* Sensor gap-fill step: LAG/LEAD with offsets and defaults, day gaps from LAG of a date,
   FIRST_VALUE with the default frame, LAST_VALUE over the whole partition, and
   LAST_VALUE ... IGNORE NULLS as a carry-forward */
CREATE MULTISET TABLE win_db.readings
(
    dev    VARCHAR(5) CHARACTER SET LATIN,
    r_dt   DATE,
    val    INTEGER
)
PRIMARY INDEX ( dev );

INSERT INTO win_db.readings VALUES ('A', DATE '2024-02-27', 5);
INSERT INTO win_db.readings VALUES ('A', DATE '2024-02-28', NULL);
INSERT INTO win_db.readings VALUES ('A', DATE '2024-03-01', 8);
INSERT INTO win_db.readings VALUES ('A', DATE '2024-03-04', 6);
INSERT INTO win_db.readings VALUES ('B', DATE '2024-01-01', NULL);
INSERT INTO win_db.readings VALUES ('B', DATE '2024-01-31', 4);

CREATE MULTISET TABLE win_db.result_lag_lead
(
    dev        VARCHAR(5),
    r_dt       DATE,
    prev_val   INTEGER,
    prev2_val  INTEGER,
    next_val   INTEGER,
    gap_days   INTEGER,
    first_val  INTEGER,
    first_nn   INTEGER,
    last_all   INTEGER,
    filled     INTEGER
)
PRIMARY INDEX ( dev );

INSERT INTO win_db.result_lag_lead
SELECT dev, r_dt,
       LAG(val) OVER (PARTITION BY dev ORDER BY r_dt),
       LAG(val, 2, -1) OVER (PARTITION BY dev ORDER BY r_dt),
       LEAD(val, 1, 0) OVER (PARTITION BY dev ORDER BY r_dt),
       r_dt - LAG(r_dt) OVER (PARTITION BY dev ORDER BY r_dt),
       FIRST_VALUE(val) OVER (PARTITION BY dev ORDER BY r_dt),
       FIRST_VALUE(val IGNORE NULLS) OVER (PARTITION BY dev ORDER BY r_dt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),
       LAST_VALUE(val) OVER (PARTITION BY dev ORDER BY r_dt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),
       LAST_VALUE(val IGNORE NULLS) OVER (PARTITION BY dev ORDER BY r_dt ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
FROM win_db.readings;
