/* ROW_NUMBER / RANK / DENSE_RANK with NULLs in ORDER BY (ASC and DESC) and PARTITION BY a
   default NOT CASESPECIFIC column whose values differ in case and trailing blanks */
CREATE MULTISET TABLE win_db.scores
(
    s_id   INTEGER NOT NULL,
    team   VARCHAR(10) CHARACTER SET LATIN,
    pts    INTEGER
)
PRIMARY INDEX ( s_id );

INSERT INTO win_db.scores VALUES (1, 'Red', 10);
INSERT INTO win_db.scores VALUES (2, 'RED ', NULL);
INSERT INTO win_db.scores VALUES (3, 'red', 10);
INSERT INTO win_db.scores VALUES (4, 'Red', 7);
INSERT INTO win_db.scores VALUES (5, 'Blue', NULL);
INSERT INTO win_db.scores VALUES (6, 'blue', 3);
INSERT INTO win_db.scores VALUES (7, 'BLUE', NULL);

CREATE MULTISET TABLE win_db.result_rank_ncs
(
    s_id      INTEGER,
    rn_asc    INTEGER,
    rn_desc   INTEGER,
    rk_desc   INTEGER,
    drk_asc   INTEGER,
    team_cnt  INTEGER,
    is_top    CHAR(1)
)
PRIMARY INDEX ( s_id );

INSERT INTO win_db.result_rank_ncs
SELECT s_id,
       ROW_NUMBER() OVER (PARTITION BY team ORDER BY pts, s_id),
       ROW_NUMBER() OVER (PARTITION BY team ORDER BY pts DESC, s_id),
       RANK() OVER (PARTITION BY team ORDER BY pts DESC),
       DENSE_RANK() OVER (PARTITION BY team ORDER BY pts ASC),
       COUNT(*) OVER (PARTITION BY team),
       'N'
FROM win_db.scores;

UPDATE win_db.result_rank_ncs
SET is_top = 'Y'
WHERE s_id IN (SELECT s_id FROM win_db.scores
               QUALIFY RANK() OVER (PARTITION BY team ORDER BY pts DESC) = 1);
