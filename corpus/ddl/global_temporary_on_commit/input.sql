/* Global temporary and volatile tables and ON COMMIT: PRESERVE ROWS keeps rows across
   transactions; the default, DELETE ROWS, empties the table when each transaction ends, which
   in a Teradata-mode session is the end of every request outside BT/ET */
CREATE GLOBAL TEMPORARY MULTISET TABLE ddl_db.gt_keep
(
    k   INTEGER,
    v   INTEGER
)
PRIMARY INDEX ( k )
ON COMMIT PRESERVE ROWS;

CREATE GLOBAL TEMPORARY MULTISET TABLE ddl_db.gt_tx
(
    k   INTEGER,
    v   INTEGER
)
PRIMARY INDEX ( k );

CREATE VOLATILE MULTISET TABLE vt_tx
(
    k   INTEGER
)
PRIMARY INDEX ( k );

CREATE MULTISET TABLE ddl_db.result_gtt
(
    step  INTEGER,
    tbl   VARCHAR(8),
    n     INTEGER,
    s     INTEGER
)
PRIMARY INDEX ( step );

INSERT INTO ddl_db.gt_keep VALUES (1, 10);
INSERT INTO ddl_db.gt_keep VALUES (2, 20);
INSERT INTO ddl_db.gt_tx VALUES (1, 100);
INSERT INTO vt_tx VALUES (1);

INSERT INTO ddl_db.result_gtt SELECT 1, 'keep', COUNT(*), SUM(v) FROM ddl_db.gt_keep;
INSERT INTO ddl_db.result_gtt SELECT 2, 'tx', COUNT(*), SUM(v) FROM ddl_db.gt_tx;
INSERT INTO ddl_db.result_gtt SELECT 3, 'vt', COUNT(*), SUM(k) FROM vt_tx;

BT;
INSERT INTO ddl_db.gt_tx VALUES (5, 500);
INSERT INTO ddl_db.gt_tx VALUES (6, 600);
INSERT INTO vt_tx VALUES (7);
INSERT INTO ddl_db.result_gtt SELECT 4, 'tx in bt', COUNT(*), SUM(v) FROM ddl_db.gt_tx;
INSERT INTO ddl_db.result_gtt SELECT 5, 'vt in bt', COUNT(*), SUM(k) FROM vt_tx;
ET;

INSERT INTO ddl_db.result_gtt SELECT 6, 'tx after', COUNT(*), SUM(v) FROM ddl_db.gt_tx;
INSERT INTO ddl_db.result_gtt SELECT 7, 'keep end', COUNT(*), SUM(v) FROM ddl_db.gt_keep;
