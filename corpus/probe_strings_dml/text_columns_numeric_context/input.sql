/* A landing table holds everything as text; the load does arithmetic and comparisons on the text
   columns, which Teradata evaluates numerically (character data converted to FLOAT) */
CREATE MULTISET TABLE tx_db.landing_line
(
    rec_id     INTEGER NOT NULL,
    qty_txt    VARCHAR(10),
    price_txt  VARCHAR(12),
    cat_txt    VARCHAR(3)
)
PRIMARY INDEX ( rec_id );

INSERT INTO tx_db.landing_line VALUES (1, '9',   '2.50',  '01');
INSERT INTO tx_db.landing_line VALUES (2, '10',  '1.25',  '2');
INSERT INTO tx_db.landing_line VALUES (3, ' 12', '10.00', '03');
INSERT INTO tx_db.landing_line VALUES (4, '007', '3.00',  '1');
INSERT INTO tx_db.landing_line VALUES (5, NULL,  '4.00',  '02');

CREATE MULTISET TABLE tx_db.result_line
(
    rec_id     INTEGER,
    qty        INTEGER,
    ext_amt    DECIMAL(10,2),
    size_cls   VARCHAR(5),
    cat_grp    CHAR(1),
    qty_txt_ord INTEGER
)
PRIMARY INDEX ( rec_id );

INSERT INTO tx_db.result_line
SELECT rec_id,
       qty_txt + 0,
       qty_txt * price_txt,
       CASE WHEN qty_txt > 9 THEN 'BIG' ELSE 'SMALL' END,
       CASE WHEN cat_txt IN (1, 3) THEN 'A' ELSE 'B' END,
       RANK() OVER (ORDER BY qty_txt)
FROM tx_db.landing_line;
