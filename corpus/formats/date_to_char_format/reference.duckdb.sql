CREATE TABLE invoices (id INTEGER, inv_dt DATE);
INSERT INTO invoices VALUES (1, DATE '2024-02-29'), (2, DATE '2023-03-05'), (3, DATE '1999-12-31'), (4, NULL);
SELECT id,
       strftime(inv_dt, '%Y%m%d') AS ymd,
       strftime(inv_dt, '%Y-%m-%d') AS iso,
       strftime(inv_dt, '%m/%d/%Y') AS us,
       strftime(inv_dt, '%Y%j') AS jul,
       'INV-' || strftime(inv_dt, '%Y%m%d') || '-X' AS inv_key
FROM invoices
