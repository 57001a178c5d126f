/* Teradata abbreviations: CT, INS (with and without VALUES), SEL, UPD, DEL, DELETE without FROM */
CT qry_db.stock
(
    item_id  INTEGER NOT NULL,
    item     VARCHAR(10) CHARACTER SET LATIN,
    qty      INTEGER
)
PRIMARY INDEX ( item_id );

INS qry_db.stock VALUES (1, 'BOLT', 100);
INS INTO qry_db.stock VALUES (2, 'NUT', 50);
INSERT INTO qry_db.stock (3, 'GEAR', 5);
INS qry_db.stock (4, 'PIN', 0);
INS qry_db.stock (5, 'CAP', 7);

UPD qry_db.stock SET qty = qty + 10 WHERE item_id IN (1, 3);
DEL FROM qry_db.stock WHERE qty = 0;
DELETE qry_db.stock WHERE item = 'CAP';

CT qry_db.result_stock
(
    item_id  INTEGER,
    item     VARCHAR(10),
    qty      INTEGER
)
PRIMARY INDEX ( item_id );

INS qry_db.result_stock
SEL item_id, item, qty FROM qry_db.stock;
