/* MERGE whose ON clause ANDs the primary-index equality with a secondary condition: a target
   row whose key matches but whose secondary condition is false is NOT MATCHED, so the source row
   is inserted as a second row with the same key (MULTISET, non-unique PI). UPDATE SET reads both
   target and source columns. */
CREATE MULTISET TABLE dml2_db.stock
(
    sku      INTEGER NOT NULL,
    status   CHAR(1) CHARACTER SET LATIN,
    qty      INTEGER,
    note     VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( sku );

CREATE MULTISET TABLE dml2_db.stock_feed
(
    sku      INTEGER NOT NULL,
    qty      INTEGER,
    note     VARCHAR(10) CHARACTER SET LATIN
)
PRIMARY INDEX ( sku );

INSERT INTO dml2_db.stock VALUES (1, 'A', 10, 'old');
INSERT INTO dml2_db.stock VALUES (2, 'X', 20, 'old');
INSERT INTO dml2_db.stock VALUES (3, 'A', NULL, 'old');
INSERT INTO dml2_db.stock_feed VALUES (1, 5, 'f1');
INSERT INTO dml2_db.stock_feed VALUES (2, 7, 'f2');
INSERT INTO dml2_db.stock_feed VALUES (3, 4, NULL);
INSERT INTO dml2_db.stock_feed VALUES (4, 1, 'f4');

MERGE INTO dml2_db.stock AS t
USING dml2_db.stock_feed AS s
ON t.sku = s.sku AND t.status = 'A'
WHEN MATCHED THEN UPDATE SET qty = t.qty + s.qty, note = COALESCE(s.note, t.note) || '+'
WHEN NOT MATCHED THEN INSERT (sku, status, qty, note) VALUES (s.sku, 'N', s.qty, s.note);

CREATE MULTISET TABLE dml2_db.result_merge_extra
(
    sku      INTEGER,
    status   CHAR(1),
    qty      INTEGER,
    note     VARCHAR(10)
)
PRIMARY INDEX ( sku );

INSERT INTO dml2_db.result_merge_extra SELECT sku, status, qty, note FROM dml2_db.stock;
