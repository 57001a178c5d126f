/* Volatile table ON COMMIT PRESERVE ROWS, CREATE TABLE AS ... WITH NO DATA then INSERT,
   CREATE TABLE AS other_table WITH DATA, CREATE VOLATILE TABLE AS (query) WITH DATA */
CREATE MULTISET TABLE dml_db.items
(
    item_id  INTEGER NOT NULL,
    cat      VARCHAR(10) CHARACTER SET LATIN,
    price    DECIMAL(8,2)
)
PRIMARY INDEX ( item_id );

INSERT INTO dml_db.items VALUES (1, 'TOOL', 9.99);
INSERT INTO dml_db.items VALUES (2, 'TOOL', 20.00);
INSERT INTO dml_db.items VALUES (3, 'FOOD', 1.50);

CREATE VOLATILE MULTISET TABLE vt_cats
(
    cat     VARCHAR(10),
    n_items INTEGER
)
PRIMARY INDEX ( cat )
ON COMMIT PRESERVE ROWS;

INSERT INTO vt_cats SELECT cat, COUNT(*) FROM dml_db.items GROUP BY cat;

CREATE MULTISET TABLE dml_db.items_empty AS dml_db.items WITH NO DATA;
INSERT INTO dml_db.items_empty SELECT * FROM dml_db.items WHERE price > 5;

CREATE MULTISET TABLE dml_db.items_copy AS dml_db.items WITH DATA;
INSERT INTO dml_db.items_copy VALUES (4, 'FOOD', 2.25);

CREATE VOLATILE TABLE vt_food AS (
    SELECT item_id, price FROM dml_db.items_copy WHERE cat = 'FOOD'
) WITH DATA
ON COMMIT PRESERVE ROWS;

CREATE MULTISET TABLE dml_db.result_ctas
(
    src      VARCHAR(12),
    k        VARCHAR(10),
    id       INTEGER,
    v        DECIMAL(10,2)
)
PRIMARY INDEX ( src );

INSERT INTO dml_db.result_ctas SELECT 'vt_cats', cat, NULL, n_items FROM vt_cats;
INSERT INTO dml_db.result_ctas SELECT 'empty', cat, item_id, price FROM dml_db.items_empty;
INSERT INTO dml_db.result_ctas SELECT 'copy', cat, COUNT(*), SUM(price) FROM dml_db.items_copy GROUP BY cat;
INSERT INTO dml_db.result_ctas SELECT 'vt_food', NULL, item_id, price FROM vt_food;
