/* Short keys built by CAST to a narrower VARCHAR (Teradata truncates silently), SUBSTRING FROM/FOR
   forms past the end of the string, and LPAD/RPAD to fixed widths */
CREATE MULTISET TABLE sd_db.supplier
(
    sup_id    INTEGER NOT NULL,
    sup_nm    VARCHAR(40),
    country   VARCHAR(20),
    seq_no    INTEGER
)
PRIMARY INDEX ( sup_id );

INSERT INTO sd_db.supplier VALUES (1, 'Acme Industrial Supplies', 'Germany', 7);
INSERT INTO sd_db.supplier VALUES (2, 'Bolt',                     'UK',      42);
INSERT INTO sd_db.supplier VALUES (3, 'Cogsworth Ltd',            NULL,      123456);
INSERT INTO sd_db.supplier VALUES (4, NULL,                       'France',  NULL);
INSERT INTO sd_db.supplier VALUES (5, 'Dynamo',                   'Spain',   0);

CREATE MULTISET TABLE sd_db.result_sup_keys
(
    sup_id      INTEGER,
    short_nm    VARCHAR(40),
    sup_key     VARCHAR(40),
    mid_part    VARCHAR(40),
    tail_part   VARCHAR(40),
    seq_txt     VARCHAR(40),
    short_len   INTEGER
)
PRIMARY INDEX ( sup_id );

INSERT INTO sd_db.result_sup_keys
SELECT sup_id,
       CAST(sup_nm AS VARCHAR(8)),
       CAST(country AS VARCHAR(3)) || '-' || CAST(sup_nm AS VARCHAR(4)),
       SUBSTRING(sup_nm FROM 3 FOR 4),
       SUBSTRING(sup_nm FROM 6),
       LPAD(CAST(seq_no AS VARCHAR(10)), 5, '0'),
       CHARACTERS(CAST(sup_nm AS VARCHAR(8)))
FROM sd_db.supplier;
