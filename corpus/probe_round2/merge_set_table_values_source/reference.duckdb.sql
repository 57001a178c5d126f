CREATE SCHEMA inv_db;
CREATE TABLE inv_db.stock (sku VARCHAR, wh VARCHAR, qty INTEGER);
INSERT INTO inv_db.stock VALUES ('A', 'W1', 15);
INSERT INTO inv_db.stock VALUES ('B', 'W1', 9);
INSERT INTO inv_db.stock VALUES ('D', 'W1', 0);
INSERT INTO inv_db.stock VALUES ('C', 'W1', 5);
INSERT INTO inv_db.stock VALUES ('B', 'W2', 4);
INSERT INTO inv_db.stock VALUES ('A', 'W2', 7);
SELECT * FROM inv_db.stock ORDER BY sku, wh;
