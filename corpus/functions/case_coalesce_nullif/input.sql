/* Simple CASE (WHEN NULL never matches), searched CASE without ELSE, COALESCE with many arguments,
   NULLIF, and CASE nested inside aggregates */
CREATE MULTISET TABLE fn_db.tickets ,NO FALLBACK
(
    id     INTEGER NOT NULL,
    st     CHAR(1) CHARACTER SET LATIN,
    pri    INTEGER,
    a      INTEGER,
    b      INTEGER,
    c      INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.tickets VALUES (1, 'O', 1, NULL, NULL, 3);
INSERT INTO fn_db.tickets VALUES (2, 'C', 3, 2, NULL, NULL);
INSERT INTO fn_db.tickets VALUES (3, NULL, 2, NULL, NULL, NULL);
INSERT INTO fn_db.tickets VALUES (4, 'X', NULL, 0, 5, 6);
INSERT INTO fn_db.tickets VALUES (5, 'O', 3, NULL, 4, NULL);

CREATE MULTISET TABLE fn_db.result_case
(
    id      INTEGER,
    st_txt  VARCHAR(10),
    pri_txt VARCHAR(10),
    first_v INTEGER,
    nz      INTEGER,
    tag     VARCHAR(10)
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.result_case
SELECT id,
       CASE st WHEN 'O' THEN 'OPEN' WHEN 'C' THEN 'CLOSED' ELSE 'OTHER' END,
       CASE WHEN pri = 1 THEN 'HIGH' WHEN pri >= 2 THEN 'LOW' END,
       COALESCE(a, b, c, pri, -1),
       NULLIF(COALESCE(a, 0), 0),
       'ROW'
FROM fn_db.tickets;

INSERT INTO fn_db.result_case
SELECT 0,
       CAST(SUM(CASE WHEN st = 'O' THEN 1 ELSE 0 END) AS VARCHAR(10)),
       CAST(COUNT(CASE WHEN pri > 1 THEN pri END) AS VARCHAR(10)),
       SUM(CASE WHEN st IS NULL THEN NULL ELSE CASE WHEN pri IS NULL THEN 100 ELSE pri END END),
       MAX(CASE st WHEN 'O' THEN pri END),
       'AGG'
FROM fn_db.tickets;
