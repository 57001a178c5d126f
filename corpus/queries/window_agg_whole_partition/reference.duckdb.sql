CREATE TABLE ledger (entry_id INTEGER, acct VARCHAR, entry_dt DATE, amt INTEGER);
INSERT INTO ledger VALUES (1, 'A1', DATE '2024-01-01', 10), (2, 'A1', DATE '2024-01-02', 20), (3, 'A1', DATE '2024-01-03', 5), (4, 'B2', DATE '2024-01-01', 7), (5, 'B2', DATE '2024-01-05', 3);
SELECT entry_id,
       (SUM(amt) OVER (PARTITION BY acct))::INTEGER AS part_sum,
       (COUNT(*) OVER ())::INTEGER AS all_cnt,
       MAX(amt) OVER (PARTITION BY acct) AS part_max,
       (SUM(amt) OVER (PARTITION BY acct ORDER BY entry_dt ROWS UNBOUNDED PRECEDING))::INTEGER AS run_sum
FROM ledger
