/* CT ... AS source_table copies the source's table kind: a copy of a SET table is a SET table,
   so INSERT ... SELECT of duplicates into the copy drops them. CREATE MULTISET TABLE ... AS
   (query) WITH NO DATA takes column names from the select aliases and starts empty. */
CREATE SET TABLE ddl_db.codes
(
    code   INTEGER,
    label  VARCHAR(8) CHARACTER SET LATIN
)
PRIMARY INDEX ( code );

INSERT INTO ddl_db.codes VALUES (1, 'one');
INSERT INTO ddl_db.codes VALUES (2, 'two');

CT ddl_db.codes_copy AS ddl_db.codes WITH DATA;
INSERT INTO ddl_db.codes_copy SELECT code, label FROM ddl_db.codes;
INSERT INTO ddl_db.codes_copy SELECT 3, 'three';
INSERT INTO ddl_db.codes_copy SELECT 3, 'three';

CREATE MULTISET TABLE ddl_db.codes_shape AS (
    SELECT code * 10 AS code10, label AS lbl FROM ddl_db.codes WHERE code = 1
) WITH NO DATA;
INSERT INTO ddl_db.codes_shape SELECT code, label FROM ddl_db.codes_copy;
INSERT INTO ddl_db.codes_shape SELECT code, label FROM ddl_db.codes_copy WHERE code = 3;

CREATE MULTISET TABLE ddl_db.result_ctas_kind
(
    src    VARCHAR(8),
    code   INTEGER,
    label  VARCHAR(8),
    cnt    INTEGER
)
PRIMARY INDEX ( code );

INSERT INTO ddl_db.result_ctas_kind SELECT 'copy', code, label, COUNT(*) FROM ddl_db.codes_copy GROUP BY code, label;
INSERT INTO ddl_db.result_ctas_kind SELECT 'shape', code10, lbl, COUNT(*) FROM ddl_db.codes_shape GROUP BY code10, lbl;
