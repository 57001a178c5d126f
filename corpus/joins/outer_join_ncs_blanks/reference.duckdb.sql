CREATE TABLE customers (cust_code VARCHAR, cust_name VARCHAR);
CREATE TABLE orders (ord_id INTEGER, cust_code VARCHAR, status VARCHAR, amt INTEGER);
INSERT INTO customers VALUES ('abc', 'Ann'), ('XYZ ', 'Xi'), ('Qrs', 'Quinn'), (NULL, 'Nul');
INSERT INTO orders VALUES (1, 'ABC', 'OPEN', 10), (2, 'abc  ', 'Closed', 20), (3, 'xyz', 'Open ', 5), (4, 'QRS', 'closed', 7), (5, NULL, 'open', 1), (6, 'zzz', 'open', 3);
SELECT 'left_on' AS check_name, c.cust_name AS grp, COUNT(o.ord_id)::INTEGER AS cnt, SUM(o.amt)::INTEGER AS total
FROM customers c LEFT JOIN orders o ON upper(rtrim(c.cust_code)) = upper(rtrim(o.cust_code)) AND upper(rtrim(o.status)) = 'OPEN' GROUP BY c.cust_name
UNION ALL
SELECT 'left_where', c.cust_name, COUNT(o.ord_id), SUM(o.amt)
FROM customers c LEFT JOIN orders o ON upper(rtrim(c.cust_code)) = upper(rtrim(o.cust_code)) WHERE upper(rtrim(o.status)) = 'CLOSED' GROUP BY c.cust_name
UNION ALL
SELECT 'right_unmatched', NULL, COUNT(*), SUM(o.amt)
FROM customers c RIGHT JOIN orders o ON upper(rtrim(o.cust_code)) = upper(rtrim(c.cust_code)) WHERE c.cust_name IS NULL
UNION ALL
SELECT 'full', NULL, COUNT(*), SUM(o.amt)
FROM customers c FULL OUTER JOIN orders o ON upper(rtrim(o.cust_code)) = upper(rtrim(c.cust_code))
UNION ALL
SELECT 'inner_codes', NULL, COUNT(DISTINCT upper(rtrim(o.cust_code))), SUM(o.amt)
FROM customers c JOIN orders o ON upper(rtrim(o.cust_code)) = upper(rtrim(c.cust_code))
