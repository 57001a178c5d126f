/* Window aggregates with explicit ROWS frames (moving sum/avg, forward-looking min),
   without ORDER BY, over (), and an integer percent-of-total that truncates */
CREATE MULTISET TABLE win_db.daily_sales
(
    store   CHAR(3) CHARACTER SET LATIN,
    s_dt    DATE,
    amt     INTEGER
)
PRIMARY INDEX ( store );

INSERT INTO win_db.daily_sales VALUES ('S1', DATE '2024-01-01', 10);
INSERT INTO win_db.daily_sales VALUES ('S1', DATE '2024-01-02', 20);
INSERT INTO win_db.daily_sales VALUES ('S1', DATE '2024-01-03', NULL);
INSERT INTO win_db.daily_sales VALUES ('S1', DATE '2024-01-04', 15);
INSERT INTO win_db.daily_sales VALUES ('S2', DATE '2024-01-01', 7);
INSERT INTO win_db.daily_sales VALUES ('S2', DATE '2024-01-02', 2);

CREATE MULTISET TABLE win_db.result_frames
(
    store      CHAR(3),
    s_dt       DATE,
    mov_sum3   INTEGER,
    mov_avg    DECIMAL(8,2),
    fwd_min    INTEGER,
    cnt_amt    INTEGER,
    run_cnt    INTEGER,
    grand_tot  INTEGER,
    pct_store  INTEGER
)
PRIMARY INDEX ( store );

INSERT INTO win_db.result_frames
SELECT store, s_dt,
       SUM(amt) OVER (PARTITION BY store ORDER BY s_dt ROWS 2 PRECEDING),
       AVG(amt) OVER (PARTITION BY store ORDER BY s_dt ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING),
       MIN(amt) OVER (PARTITION BY store ORDER BY s_dt ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING),
       COUNT(amt) OVER (PARTITION BY store),
       COUNT(*) OVER (PARTITION BY store ORDER BY s_dt ROWS UNBOUNDED PRECEDING),
       SUM(amt) OVER (),
       amt * 100 / SUM(amt) OVER (PARTITION BY store)
FROM win_db.daily_sales;
