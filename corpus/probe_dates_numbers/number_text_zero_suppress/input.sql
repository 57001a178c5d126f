/* Fixed-width extract of invoice amounts: FORMAT phrases with zero suppression (Z) and grouping
   commas, and TO_CHAR number format models */
CREATE MULTISET TABLE pdn_db.invoices ,NO FALLBACK
(
    inv_id    INTEGER NOT NULL,
    qty       INTEGER,
    amount    DECIMAL(9,2)
)
PRIMARY INDEX ( inv_id );

INSERT INTO pdn_db.invoices VALUES (1, 7, 1234.50);
INSERT INTO pdn_db.invoices VALUES (2, 12345, 12.05);
INSERT INTO pdn_db.invoices VALUES (3, 0, 0.00);
INSERT INTO pdn_db.invoices VALUES (4, 250, 987654.32);
INSERT INTO pdn_db.invoices VALUES (5, NULL, NULL);

CREATE MULTISET TABLE pdn_db.result_extract
(
    inv_id     INTEGER,
    amt_fixed  CHAR(10),
    qty_fixed  CHAR(5),
    amt_text   VARCHAR(12),
    inv_key    VARCHAR(10)
)
PRIMARY INDEX ( inv_id );

INSERT INTO pdn_db.result_extract
SELECT inv_id,
       CAST(CAST(amount AS FORMAT 'ZZZ,ZZ9.99') AS CHAR(10)),
       CAST(CAST(qty AS FORMAT 'ZZZZ9') AS CHAR(5)),
       TO_CHAR(amount, 'FM999,990.00'),
       'INV' || TO_CHAR(inv_id, 'FM00000')
FROM pdn_db.invoices;
