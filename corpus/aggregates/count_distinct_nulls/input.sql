/* COUNT(*) vs COUNT(col) vs COUNT(DISTINCT col) with NULLs, an all-NULL group, and values that
   differ only by trailing blanks (equal in Teradata) */
CREATE MULTISET TABLE agg_db.visits ,NO FALLBACK
(
    id     INTEGER NOT NULL,
    grp    VARCHAR(4),
    page   VARCHAR(10) CHARACTER SET LATIN,
    usr    INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO agg_db.visits VALUES (1, 'A', 'HOME',   1);
INSERT INTO agg_db.visits VALUES (2, 'A', 'HOME  ', 1);
INSERT INTO agg_db.visits VALUES (3, 'A', NULL,     2);
INSERT INTO agg_db.visits VALUES (4, 'A', 'CART',   NULL);
INSERT INTO agg_db.visits VALUES (5, 'B', NULL,     NULL);
INSERT INTO agg_db.visits VALUES (6, 'B', NULL,     NULL);
INSERT INTO agg_db.visits VALUES (7, 'C', 'HOME',   3);

CREATE MULTISET TABLE agg_db.result_counts
(
    grp        VARCHAR(4),
    n_rows     INTEGER,
    n_page     INTEGER,
    n_dpage    INTEGER,
    n_dusr     INTEGER
)
PRIMARY INDEX ( grp );

INSERT INTO agg_db.result_counts
SELECT grp, COUNT(*), COUNT(page), COUNT(DISTINCT page), COUNT(DISTINCT usr)
FROM agg_db.visits
GROUP BY grp;

INSERT INTO agg_db.result_counts
SELECT 'ALL', COUNT(*), COUNT(page), COUNT(DISTINCT page), COUNT(DISTINCT usr)
FROM agg_db.visits;
