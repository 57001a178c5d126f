/* DATE -> text through a FORMAT: CAST(CAST(d AS FORMAT ..) AS CHAR(n)) and the (FORMAT ..)(CHAR(n)) shorthand */
CREATE MULTISET TABLE fmt_db.invoices ,NO FALLBACK
(
    id      INTEGER NOT NULL,
    inv_dt  DATE FORMAT 'YY/MM/DD'
)
PRIMARY INDEX ( id );

INSERT INTO fmt_db.invoices VALUES (1, DATE '2024-02-29');
INSERT INTO fmt_db.invoices VALUES (2, DATE '2023-03-05');
INSERT INTO fmt_db.invoices VALUES (3, DATE '1999-12-31');
INSERT INTO fmt_db.invoices VALUES (4, NULL);

CREATE MULTISET TABLE fmt_db.result_date_text
(
    id        INTEGER,
    ymd       CHAR(8),
    iso       CHAR(10),
    us        VARCHAR(10),
    jul       VARCHAR(7),
    inv_key   VARCHAR(20)
)
PRIMARY INDEX ( id );

INSERT INTO fmt_db.result_date_text
SELECT id,
       CAST(CAST(inv_dt AS FORMAT 'YYYYMMDD') AS CHAR(8)),
       inv_dt (FORMAT 'YYYY-MM-DD') (CHAR(10)),
       CAST(CAST(inv_dt AS FORMAT 'MM/DD/YYYY') AS VARCHAR(10)),
       CAST(CAST(inv_dt AS FORMAT 'YYYYDDD') AS CHAR(7)),
       'INV-' || CAST(CAST(inv_dt AS FORMAT 'YYYYMMDD') AS CHAR(8)) || '-X'
FROM fmt_db.invoices;
