/* QUALIFY on a select-list alias (RANK with ties) and on a window that appears only in QUALIFY
   (DENSE_RANK); the rank alias is also stored */
CREATE MULTISET TABLE qry_db.scores
(
    player  VARCHAR(10) CHARACTER SET LATIN,
    team    CHAR(2) CHARACTER SET LATIN,
    points  INTEGER
)
PRIMARY INDEX ( player );

INSERT INTO qry_db.scores VALUES ('P1', 'RD', 50);
INSERT INTO qry_db.scores VALUES ('P2', 'RD', 50);
INSERT INTO qry_db.scores VALUES ('P3', 'RD', 40);
INSERT INTO qry_db.scores VALUES ('P4', 'RD', 30);
INSERT INTO qry_db.scores VALUES ('P5', 'BL', 10);
INSERT INTO qry_db.scores VALUES ('P6', 'BL', 20);
INSERT INTO qry_db.scores VALUES ('P7', 'BL', 20);

CREATE MULTISET TABLE qry_db.result_ranked
(
    kind    VARCHAR(10),
    player  VARCHAR(10),
    team    CHAR(2),
    rnk     INTEGER
)
PRIMARY INDEX ( player );

INSERT INTO qry_db.result_ranked
SELECT 'rank2', player, team, RANK() OVER (PARTITION BY team ORDER BY points DESC) AS rnk
FROM qry_db.scores
QUALIFY rnk <= 2;

INSERT INTO qry_db.result_ranked
SELECT 'dense2', player, team, points
FROM qry_db.scores
QUALIFY DENSE_RANK() OVER (PARTITION BY team ORDER BY points DESC) = 2;
