CREATE TABLE prod (prod_id INTEGER, name VARCHAR, price DECIMAL(8,2));
CREATE TABLE prod_feed (prod_id INTEGER, name VARCHAR, price DECIMAL(8,2));
INSERT INTO prod VALUES (1, 'pen', 1.00), (2, 'ink', 5.00);
INSERT INTO prod_feed VALUES (2, 'ink', 6.00), (3, 'pad', 2.50);
UPDATE prod SET price = s.price FROM prod_feed s WHERE prod.prod_id = s.prod_id;
INSERT INTO prod SELECT s.prod_id, s.name, s.price FROM prod_feed s WHERE s.prod_id NOT IN (SELECT prod_id FROM prod);
DELETE FROM prod_feed;
INSERT INTO prod_feed VALUES (1, 'pen', 9.99), (4, 'cup', 3.00);
INSERT INTO prod SELECT s.prod_id, s.name, s.price FROM prod_feed s WHERE s.prod_id NOT IN (SELECT prod_id FROM prod);
UPDATE prod SET price = s.new_price FROM (SELECT prod_id, price * 2 AS new_price FROM prod_feed) s WHERE prod.prod_id = s.prod_id;
SELECT prod_id, name, price FROM prod
