CREATE TABLE invoices (inv_id INTEGER, qty INTEGER, amount DECIMAL(9,2));
INSERT INTO invoices VALUES (1, 7, 1234.50), (2, 12345, 12.05), (3, 0, 0.00), (4, 250, 987654.32), (5, NULL, NULL);
SELECT inv_id,
       lpad(format('{:,.2f}', amount), 10, ' ') AS amt_fixed,
       lpad(CAST(qty AS VARCHAR), 5, ' ') AS qty_fixed,
       format('{:,.2f}', amount) AS amt_text,
       'INV' || lpad(CAST(inv_id AS VARCHAR), 5, '0') AS inv_key
FROM invoices ORDER BY inv_id
