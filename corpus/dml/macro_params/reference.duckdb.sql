CREATE TABLE payments (pay_id INTEGER, cust VARCHAR, amt DECIMAL(8,2));
CREATE TABLE cust_totals (cust VARCHAR, total DECIMAL(10,2), n_pay INTEGER);
INSERT INTO cust_totals VALUES ('ann', 0.00, 0), ('bob', 0.00, 0);
INSERT INTO payments VALUES (1, 'ann', 10.00);
UPDATE cust_totals SET total = total + 10.00, n_pay = n_pay + 1 WHERE cust = 'ann';
INSERT INTO payments VALUES (2, 'bob', 2.50);
UPDATE cust_totals SET total = total + 2.50, n_pay = n_pay + 1 WHERE cust = 'bob';
INSERT INTO payments VALUES (3, 'ann', 7.25);
UPDATE cust_totals SET total = total + 7.25, n_pay = n_pay + 1 WHERE cust = 'ann';
INSERT INTO payments VALUES (4, 'cid', 1.00);
UPDATE cust_totals SET total = total + 1.00, n_pay = n_pay + 1 WHERE cust = 'cid';
SELECT t.cust, t.total, t.n_pay, (SELECT COUNT(*) FROM payments p WHERE p.cust = t.cust)::INTEGER AS n_rows FROM cust_totals t
