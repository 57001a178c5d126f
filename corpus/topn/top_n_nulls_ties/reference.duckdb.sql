CREATE TABLE scores (player VARCHAR, score INTEGER);
INSERT INTO scores VALUES ('ann', 90), ('bob', 85), ('cat', 85), ('dan', 70), ('eve', NULL), ('fay', 60);
CREATE TABLE r (tag VARCHAR, player VARCHAR, score INTEGER);
INSERT INTO r SELECT 'DESC3', player, score FROM scores ORDER BY score DESC NULLS LAST, player LIMIT 3;
INSERT INTO r SELECT 'ASC2', player, score FROM scores ORDER BY score ASC NULLS FIRST, player LIMIT 2;
INSERT INTO r SELECT 'TIES2', player, score FROM scores WHERE score >= (SELECT score FROM scores ORDER BY score DESC NULLS LAST LIMIT 1 OFFSET 1);
SELECT * FROM r
