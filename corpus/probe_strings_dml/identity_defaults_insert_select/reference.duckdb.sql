CREATE TABLE event_log (event_sk INTEGER, event_cd VARCHAR, status_cd VARCHAR, retry_cnt INTEGER, load_dt DATE, note_txt VARCHAR, amount DECIMAL(8,2));
-- Identity values are unique and >= 1 (their order/gaps are not specified on a parallel system);
-- omitted columns take their DEFAULT; WITH DEFAULT is '' for VARCHAR and 0 for DECIMAL; an
-- explicit NULL (LOGIN's amount) stays NULL.
INSERT INTO event_log VALUES
  (1, 'LOGIN', 'N', 0, DATE '2024-01-01', '', NULL),
  (2, 'BUY', 'N', 0, DATE '2024-01-01', '', 12.50),
  (3, 'BUY', 'N', 0, DATE '2024-01-01', '', 12.50),
  (4, 'LOGOUT', 'N', 0, DATE '2024-01-01', '', 0.00),
  (5, 'REFUND', 'Y', 2, DATE '2024-01-01', '', 0.00);
SELECT event_cd,
       CAST(COUNT(*) AS INTEGER) AS row_cnt,
       CAST(COUNT(DISTINCT event_sk) AS INTEGER) AS distinct_sk,
       CAST(SUM(CASE WHEN event_sk IS NULL THEN 1 ELSE 0 END) AS INTEGER) AS null_sk,
       CASE WHEN MIN(event_sk) >= 1 THEN 'Y' ELSE 'N' END AS min_sk_pos,
       MAX(status_cd) AS status_cd,
       CAST(SUM(retry_cnt) AS INTEGER) AS retry_sum,
       MAX(load_dt) AS load_dt,
       CAST(MAX(length(note_txt)) AS INTEGER) AS note_len,
       CAST(SUM(amount) AS DECIMAL(10,2)) AS amount_sum
FROM event_log GROUP BY event_cd
