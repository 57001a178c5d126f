/* INSERT ... VALUES with expressions (integer division stored in a DECIMAL column, CASE, ||
   with NULL, DATE + n, decimal literal rounded to the column scale, over-long string truncated
   in a Teradata-mode session) and INSERT ... SELECT ... UNION ALL into a column list */
CREATE MULTISET TABLE dml2_db.facts
(
    id     INTEGER NOT NULL,
    q      DECIMAL(9,2),
    txt    VARCHAR(5) CHARACTER SET LATIN,
    dt     DATE,
    src    CHAR(3) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

CREATE MULTISET TABLE dml2_db.feed_a
(
    k   INTEGER,
    v   INTEGER
)
PRIMARY INDEX ( k );

INSERT INTO dml2_db.feed_a VALUES (1, 10);
INSERT INTO dml2_db.feed_a VALUES (2, 15);
INSERT INTO dml2_db.feed_a VALUES (2, 15);

INSERT INTO dml2_db.facts VALUES (1, 7 / 2, 'ab' || 'cd', DATE '2024-02-28' + 2, 'val');
INSERT INTO dml2_db.facts VALUES (2, 2.675, CASE WHEN 1 > 2 THEN 'no' ELSE 'yes' END, NULL, 'val');
INSERT INTO dml2_db.facts VALUES (3, -7 / 2 * 1.00, 'x' || NULL, DATE '2024-12-31' - 366, 'val');
INSERT INTO dml2_db.facts VALUES (4, 1.005, 'abcdefgh', DATE '2023-03-01' - 1, 'val');

INSERT INTO dml2_db.facts (id, q, src)
SELECT k + 100, v / 4, 'uA' FROM dml2_db.feed_a
UNION ALL
SELECT k + 200, v * 1.5, 'uBB' FROM dml2_db.feed_a WHERE k = 2;

CREATE MULTISET TABLE dml2_db.result_ins_expr
(
    id     INTEGER,
    q      DECIMAL(9,2),
    txt    VARCHAR(5),
    dt     DATE,
    src    CHAR(3)
)
PRIMARY INDEX ( id );

INSERT INTO dml2_db.result_ins_expr SELECT id, q, txt, dt, src FROM dml2_db.facts;
