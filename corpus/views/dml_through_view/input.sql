/* INSERT, UPDATE and DELETE through a single-table view with renamed columns and a WHERE:
   INSERT maps the view's column names to the base columns (base columns outside the view take
   their DEFAULT or NULL); UPDATE and DELETE through the view touch only rows the view shows */
CREATE MULTISET TABLE vw_db.items
(
    item_id  INTEGER NOT NULL,
    cat      VARCHAR(5) CHARACTER SET LATIN,
    price    DECIMAL(7,2),
    active   CHAR(1) CHARACTER SET LATIN DEFAULT 'Y'
)
PRIMARY INDEX ( item_id );

INSERT INTO vw_db.items VALUES (1, 'food', 2.00, 'Y');
INSERT INTO vw_db.items VALUES (2, 'food', 3.00, 'N');
INSERT INTO vw_db.items VALUES (3, 'tool', 9.00, 'Y');
INSERT INTO vw_db.items VALUES (4, 'tool', 1.00, 'N');

CREATE VIEW vw_db.v_active (id, category, cost) AS
SELECT item_id, cat, price FROM vw_db.items WHERE active = 'Y';

INSERT INTO vw_db.v_active (cost, id, category) VALUES (5.50, 5, 'toy');

UPDATE vw_db.v_active SET cost = cost * 2 WHERE category = 'food';

DELETE FROM vw_db.v_active WHERE category = 'tool';

CREATE MULTISET TABLE vw_db.result_view_dml
(
    item_id  INTEGER,
    cat      VARCHAR(5),
    price    DECIMAL(7,2),
    active   CHAR(1)
)
PRIMARY INDEX ( item_id );

INSERT INTO vw_db.result_view_dml SELECT item_id, cat, price, active FROM vw_db.items;
