CREATE TABLE customers (cust_id INTEGER, region VARCHAR);
CREATE TABLE blocked (region VARCHAR);
INSERT INTO customers VALUES (1, 'EAST'), (2, 'WEST'), (3, NULL), (4, 'NORTH');
INSERT INTO blocked VALUES ('EAST'), (NULL);
SELECT 'not_in_null' AS check_name, cust_id FROM customers WHERE region NOT IN (SELECT region FROM blocked)
UNION ALL SELECT 'not_exists', c.cust_id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM blocked b WHERE b.region = c.region)
UNION ALL SELECT 'not_in_clean', cust_id FROM customers WHERE region NOT IN (SELECT region FROM blocked WHERE region IS NOT NULL)
UNION ALL SELECT 'in_list', cust_id FROM customers WHERE region IN ('WEST', NULL)
