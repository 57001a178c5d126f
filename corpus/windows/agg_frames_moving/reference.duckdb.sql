CREATE TABLE daily_sales (store VARCHAR, s_dt DATE, amt INTEGER);
INSERT INTO daily_sales VALUES ('S1', DATE '2024-01-01', 10), ('S1', DATE '2024-01-02', 20), ('S1', DATE '2024-01-03', NULL), ('S1', DATE '2024-01-04', 15), ('S2', DATE '2024-01-01', 7), ('S2', DATE '2024-01-02', 2);
SELECT store, s_dt,
       (sum(amt) OVER (PARTITION BY store ORDER BY s_dt ROWS BETWEEN 2 PRECEDING AND CURRENT ROW))::INTEGER AS mov_sum3,
       CAST(avg(amt) OVER (PARTITION BY store ORDER BY s_dt ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS DECIMAL(8,2)) AS mov_avg,
       min(amt) OVER (PARTITION BY store ORDER BY s_dt ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS fwd_min,
       (count(amt) OVER (PARTITION BY store))::INTEGER AS cnt_amt,
       (count(*) OVER (PARTITION BY store ORDER BY s_dt ROWS UNBOUNDED PRECEDING))::INTEGER AS run_cnt,
       (sum(amt) OVER ())::INTEGER AS grand_tot,
       CAST(trunc(amt * 100 / sum(amt) OVER (PARTITION BY store)) AS INTEGER) AS pct_store
FROM daily_sales
