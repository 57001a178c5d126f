/* TOP n with ORDER BY inside view definitions: the view returns exactly the top rows, NULLs sort
   first ascending, WITH TIES extends past n */
CREATE MULTISET TABLE qry_db.runners
(
    runner   VARCHAR(10) CHARACTER SET LATIN,
    secs     INTEGER
)
PRIMARY INDEX ( runner );

INSERT INTO qry_db.runners VALUES ('R1', 300);
INSERT INTO qry_db.runners VALUES ('R2', 280);
INSERT INTO qry_db.runners VALUES ('R3', NULL);
INSERT INTO qry_db.runners VALUES ('R4', 310);
INSERT INTO qry_db.runners VALUES ('R5', 310);
INSERT INTO qry_db.runners VALUES ('R6', 250);

REPLACE VIEW qry_db.v_fastest AS
SELECT TOP 3 runner, secs
FROM qry_db.runners
ORDER BY secs ASC;

REPLACE VIEW qry_db.v_slowest AS
SELECT TOP 1 WITH TIES runner, secs
FROM qry_db.runners
ORDER BY secs DESC;

CREATE MULTISET TABLE qry_db.result_view_top
(
    kind    VARCHAR(10),
    runner  VARCHAR(10),
    secs    INTEGER
)
PRIMARY INDEX ( runner );

INSERT INTO qry_db.result_view_top SELECT 'fastest', runner, secs FROM qry_db.v_fastest;
INSERT INTO qry_db.result_view_top SELECT 'slowest', runner, secs FROM qry_db.v_slowest;
