/* Macro parameters with DEFAULT values; EXEC with a positional list that skips a parameter by an
   empty position, and with named parameters in any order (omitted ones take their default) */
CREATE MULTISET TABLE mac_db.orders
(
    oid    INTEGER NOT NULL,
    qty    INTEGER,
    tag    VARCHAR(5) CHARACTER SET LATIN
)
PRIMARY INDEX ( oid );

CREATE MACRO mac_db.add_order (p_id INTEGER, p_qty INTEGER DEFAULT 1, p_tag VARCHAR(5) DEFAULT 'std') AS (
    INSERT INTO mac_db.orders (oid, qty, tag) VALUES (:p_id, :p_qty * 10, :p_tag);
);

EXEC mac_db.add_order(1, 5, 'x');
EXEC mac_db.add_order(2, , 'y');
EXEC mac_db.add_order(p_tag = 'z', p_id = 3);
EXEC mac_db.add_order(p_id = 4, p_qty = 7);
EXEC mac_db.add_order(p_qty = 2 + 3, p_id = 5, p_tag = NULL);

CREATE MULTISET TABLE mac_db.result_macro_defaults
(
    oid    INTEGER,
    qty    INTEGER,
    tag    VARCHAR(5)
)
PRIMARY INDEX ( oid );

INSERT INTO mac_db.result_macro_defaults SELECT oid, qty, tag FROM mac_db.orders;
