/* MERGE with both branches, then MERGE with only WHEN NOT MATCHED, then only WHEN MATCHED */
CREATE MULTISET TABLE dml_db.prod
(
    prod_id  INTEGER NOT NULL,
    name     VARCHAR(10) CHARACTER SET LATIN,
    price    DECIMAL(8,2)
)
PRIMARY INDEX ( prod_id );

CREATE MULTISET TABLE dml_db.prod_feed
(
    prod_id  INTEGER NOT NULL,
    name     VARCHAR(10) CHARACTER SET LATIN,
    price    DECIMAL(8,2)
)
PRIMARY INDEX ( prod_id );

INSERT INTO dml_db.prod VALUES (1, 'pen', 1.00);
INSERT INTO dml_db.prod VALUES (2, 'ink', 5.00);
INSERT INTO dml_db.prod_feed VALUES (2, 'ink', 6.00);
INSERT INTO dml_db.prod_feed VALUES (3, 'pad', 2.50);

MERGE INTO dml_db.prod AS t
USING dml_db.prod_feed AS s
ON t.prod_id = s.prod_id
WHEN MATCHED THEN UPDATE SET price = s.price
WHEN NOT MATCHED THEN INSERT (prod_id, name, price) VALUES (s.prod_id, s.name, s.price);

DELETE FROM dml_db.prod_feed;
INSERT INTO dml_db.prod_feed VALUES (1, 'pen', 9.99);
INSERT INTO dml_db.prod_feed VALUES (4, 'cup', 3.00);

MERGE INTO dml_db.prod AS t
USING dml_db.prod_feed AS s
ON t.prod_id = s.prod_id
WHEN NOT MATCHED THEN INSERT (prod_id, name, price) VALUES (s.prod_id, s.name, s.price);

MERGE INTO dml_db.prod AS t
USING (SELECT prod_id, price * 2 AS new_price FROM dml_db.prod_feed) AS s
ON t.prod_id = s.prod_id
WHEN MATCHED THEN UPDATE SET price = s.new_price;

CREATE MULTISET TABLE dml_db.result_merge
(
    prod_id  INTEGER,
    name     VARCHAR(10),
    price    DECIMAL(8,2)
)
PRIMARY INDEX ( prod_id );

INSERT INTO dml_db.result_merge SELECT prod_id, name, price FROM dml_db.prod;
