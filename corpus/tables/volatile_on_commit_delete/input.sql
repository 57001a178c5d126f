/* A volatile table created without ON COMMIT PRESERVE ROWS keeps ON COMMIT DELETE ROWS:
   in a Teradata-mode session every request is its own transaction, so the rows vanish when the
   request that inserted them commits; inside BT ... ET they live until ET. */
CREATE VOLATILE TABLE vt_work (k INTEGER, v VARCHAR(10));

CREATE VOLATILE TABLE vt_kept (k INTEGER, v VARCHAR(10)) ON COMMIT PRESERVE ROWS;

INSERT INTO vt_work VALUES (1, 'one');
INSERT INTO vt_kept VALUES (1, 'one');

CREATE MULTISET TABLE tbl_db.result_counts
(
    step      VARCHAR(20),
    row_cnt   INTEGER
)
PRIMARY INDEX ( step );

INSERT INTO tbl_db.result_counts SELECT 'work_after_insert', COUNT(*) FROM vt_work;
INSERT INTO tbl_db.result_counts SELECT 'kept_after_insert', COUNT(*) FROM vt_kept;

BT;
INSERT INTO vt_work VALUES (2, 'two');
INSERT INTO vt_work VALUES (3, 'three');
INSERT INTO tbl_db.result_counts SELECT 'work_inside_bt', COUNT(*) FROM vt_work;
ET;

INSERT INTO tbl_db.result_counts SELECT 'work_after_et', COUNT(*) FROM vt_work;
