/* NULL placement inside window ORDER BY: first for ASC, last for DESC (Teradata) */
CREATE MULTISET TABLE qry_db.measures
(
    m_id  INTEGER NOT NULL,
    grp   CHAR(1) CHARACTER SET LATIN,
    val   INTEGER
)
PRIMARY INDEX ( m_id );

INSERT INTO qry_db.measures VALUES (1, 'A', 5);
INSERT INTO qry_db.measures VALUES (2, 'A', NULL);
INSERT INTO qry_db.measures VALUES (3, 'A', 9);
INSERT INTO qry_db.measures VALUES (4, 'B', 1);
INSERT INTO qry_db.measures VALUES (5, 'B', NULL);
INSERT INTO qry_db.measures VALUES (6, 'B', 3);

CREATE MULTISET TABLE qry_db.result_window_nulls
(
    m_id      INTEGER,
    rn_asc    INTEGER,
    rn_desc   INTEGER,
    rk_grp    INTEGER,
    prev_val  INTEGER
)
PRIMARY INDEX ( m_id );

INSERT INTO qry_db.result_window_nulls
SELECT m_id,
       ROW_NUMBER() OVER (ORDER BY val, m_id),
       ROW_NUMBER() OVER (ORDER BY val DESC, m_id),
       RANK() OVER (PARTITION BY grp ORDER BY val DESC),
       MAX(val) OVER (PARTITION BY grp ORDER BY val ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING)
FROM qry_db.measures;
