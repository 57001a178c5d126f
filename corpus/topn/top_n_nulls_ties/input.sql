/* TOP n with ORDER BY: NULLs sort lowest (first ascending, last descending); WITH TIES */
CREATE MULTISET TABLE top_db.scores ,NO FALLBACK
(
    player  VARCHAR(10) NOT NULL,
    score   INTEGER
)
PRIMARY INDEX ( player );

INSERT INTO top_db.scores VALUES ('ann', 90);
INSERT INTO top_db.scores VALUES ('bob', 85);
INSERT INTO top_db.scores VALUES ('cat', 85);
INSERT INTO top_db.scores VALUES ('dan', 70);
INSERT INTO top_db.scores VALUES ('eve', NULL);
INSERT INTO top_db.scores VALUES ('fay', 60);

CREATE MULTISET TABLE top_db.result_top
(
    tag     VARCHAR(10),
    player  VARCHAR(10),
    score   INTEGER
)
PRIMARY INDEX ( player );

INSERT INTO top_db.result_top
SELECT TOP 3 'DESC3', player, score
FROM top_db.scores
ORDER BY score DESC, player;

INSERT INTO top_db.result_top
SELECT TOP 2 'ASC2', player, score
FROM top_db.scores
ORDER BY score ASC, player;

INSERT INTO top_db.result_top
SELECT TOP 2 WITH TIES 'TIES2', player, score
FROM top_db.scores
ORDER BY score DESC;
