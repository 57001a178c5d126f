CREATE TABLE bills (id INTEGER, bill_dt DATE);
INSERT INTO bills VALUES (1, DATE '2024-02-10'), (2, DATE '2023-02-10'), (3, DATE '2024-02-26'), (4, DATE '2024-02-29'), (5, DATE '2024-12-31'), (6, DATE '2023-01-01'), (7, NULL);
SELECT id,
       last_day(bill_dt) AS month_end,
       bill_dt + CAST(((1 - dayofweek(bill_dt) + 6) % 7) + 1 AS INTEGER) AS next_monday,
       bill_dt + CAST(((5 - dayofweek(bill_dt) + 6) % 7) + 1 AS INTEGER) AS next_friday,
       last_day(bill_dt) - bill_dt AS days_left
FROM bills
