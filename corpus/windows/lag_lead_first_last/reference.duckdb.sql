CREATE TABLE readings (dev VARCHAR, r_dt DATE, val INTEGER);
INSERT INTO readings VALUES ('A', DATE '2024-02-27', 5), ('A', DATE '2024-02-28', NULL), ('A', DATE '2024-03-01', 8), ('A', DATE '2024-03-04', 6), ('B', DATE '2024-01-01', NULL), ('B', DATE '2024-01-31', 4);
SELECT dev, r_dt,
       lag(val) OVER w AS prev_val,
       lag(val, 2, -1) OVER w AS prev2_val,
       lead(val, 1, 0) OVER w AS next_val,
       (r_dt - lag(r_dt) OVER w)::INTEGER AS gap_days,
       first_value(val) OVER (PARTITION BY dev ORDER BY r_dt ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS first_val,
       first_value(val IGNORE NULLS) OVER (PARTITION BY dev ORDER BY r_dt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS first_nn,
       last_value(val) OVER (PARTITION BY dev ORDER BY r_dt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_all,
       last_value(val IGNORE NULLS) OVER (PARTITION BY dev ORDER BY r_dt ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS filled
FROM readings
WINDOW w AS (PARTITION BY dev ORDER BY r_dt)
