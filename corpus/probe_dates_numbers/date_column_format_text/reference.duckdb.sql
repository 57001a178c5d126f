CREATE TABLE partner_orders (order_id INTEGER, order_dt DATE, due_dt DATE);
INSERT INTO partner_orders VALUES (1, DATE '2024-02-29', DATE '2024-03-15'), (2, DATE '2024-01-31', DATE '2024-02-01'), (3, DATE '2023-12-31', DATE '2023-12-31'), (4, NULL, NULL);
SELECT order_id,
       strftime(order_dt, '%Y%m%d') AS order_txt,
       strftime(due_dt, '%d/%m/%Y') AS due_txt,
       'PO-' || strftime(order_dt, '%Y%m%d') AS order_key,
       CAST(due_dt - order_dt AS INTEGER) AS days_to_due
FROM partner_orders
WHERE order_dt >= DATE '2024-01-01' OR order_dt IS NULL
ORDER BY order_id
