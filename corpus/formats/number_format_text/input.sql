/* Numbers rendered through a FORMAT with zero-filling 9 digits before CAST to CHAR */
CREATE MULTISET TABLE fmt_db.items ,NO FALLBACK
(
    id    INTEGER NOT NULL,
    price DECIMAL(10,2),
    qty   INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO fmt_db.items VALUES (1,   5.50,    42);
INSERT INTO fmt_db.items VALUES (2, 123.45, 12345);
INSERT INTO fmt_db.items VALUES (3,   0.00,     7);
INSERT INTO fmt_db.items VALUES (4, NULL, NULL);

CREATE MULTISET TABLE fmt_db.result_item_text
(
    id         INTEGER,
    price_txt  CHAR(6),
    qty_txt    CHAR(5),
    item_code  VARCHAR(20)
)
PRIMARY INDEX ( id );

INSERT INTO fmt_db.result_item_text
SELECT id,
       CAST(CAST(price AS FORMAT '999.99') AS CHAR(6)),
       CAST(CAST(qty AS FORMAT '9(5)') AS CHAR(5)),
       'Q' || CAST(CAST(qty AS FORMAT '99999') AS CHAR(5)) || 'P' || CAST(CAST(price AS FORMAT '999.99') AS CHAR(6))
FROM fmt_db.items;
