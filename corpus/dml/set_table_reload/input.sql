/* INSERT ... SELECT into a SET table silently drops rows that duplicate each other or rows
   already stored; reloading the same source adds nothing; MULTISET keeps every row */
CREATE MULTISET TABLE dml_db.stage
(
    k   INTEGER,
    v   VARCHAR(5) CHARACTER SET LATIN
)
PRIMARY INDEX ( k );

CREATE SET TABLE dml_db.dim_set
(
    k   INTEGER,
    v   VARCHAR(5) CHARACTER SET LATIN
)
PRIMARY INDEX ( k );

CREATE MULTISET TABLE dml_db.dim_multi
(
    k   INTEGER,
    v   VARCHAR(5) CHARACTER SET LATIN
)
PRIMARY INDEX ( k );

INSERT INTO dml_db.stage VALUES (1, 'A');
INSERT INTO dml_db.stage VALUES (1, 'A');
INSERT INTO dml_db.stage VALUES (1, 'Z');
INSERT INTO dml_db.stage VALUES (2, 'B');
INSERT INTO dml_db.stage VALUES (3, 'C');
INSERT INTO dml_db.dim_set VALUES (3, 'C');

INSERT INTO dml_db.dim_set SELECT k, v FROM dml_db.stage;
INSERT INTO dml_db.dim_set SELECT k, v FROM dml_db.stage;
INSERT INTO dml_db.dim_multi SELECT k, v FROM dml_db.stage;

CREATE MULTISET TABLE dml_db.result_set_table
(
    tbl  VARCHAR(10),
    k    INTEGER,
    v    VARCHAR(5),
    cnt  INTEGER
)
PRIMARY INDEX ( k );

INSERT INTO dml_db.result_set_table SELECT 'set', k, v, COUNT(*) FROM dml_db.dim_set GROUP BY k, v;
INSERT INTO dml_db.result_set_table SELECT 'multi', k, v, COUNT(*) FROM dml_db.dim_multi GROUP BY k, v;
