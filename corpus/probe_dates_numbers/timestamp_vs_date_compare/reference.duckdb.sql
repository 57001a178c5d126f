CREATE TABLE payments (pay_id INTEGER, paid_ts TIMESTAMP, amount DECIMAL(9,2));
INSERT INTO payments VALUES (1, TIMESTAMP '2024-02-01 00:00:00', 10.00), (2, TIMESTAMP '2024-02-15 12:30:00', 20.00), (3, TIMESTAMP '2024-02-29 18:45:00', 30.00), (4, TIMESTAMP '2024-03-01 00:00:00', 40.00), (5, TIMESTAMP '2024-01-31 23:59:59', 50.00), (6, NULL, 60.00);
CREATE TABLE holidays (hol_dt DATE, hol_name VARCHAR);
INSERT INTO holidays VALUES (DATE '2024-02-15', 'Mid-month close'), (DATE '2024-02-29', 'Leap day');
SELECT p.pay_id, p.amount, h.hol_name,
       CASE WHEN CAST(p.paid_ts AS DATE) > DATE '2024-02-15' THEN 'Y' ELSE 'N' END AS after_mid
FROM payments p LEFT JOIN holidays h ON CAST(p.paid_ts AS DATE) = h.hol_dt
WHERE CAST(p.paid_ts AS DATE) BETWEEN DATE '2024-02-01' AND DATE '2024-02-29'
ORDER BY p.pay_id
