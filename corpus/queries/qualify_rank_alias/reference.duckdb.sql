CREATE TABLE scores (player VARCHAR, team VARCHAR, points INTEGER);
INSERT INTO scores VALUES ('P1', 'RD', 50), ('P2', 'RD', 50), ('P3', 'RD', 40), ('P4', 'RD', 30), ('P5', 'BL', 10), ('P6', 'BL', 20), ('P7', 'BL', 20);
SELECT 'rank2' AS kind, player, team, (rank() OVER (PARTITION BY team ORDER BY points DESC))::INTEGER AS rnk FROM scores QUALIFY rnk <= 2
UNION ALL
SELECT 'dense2', player, team, points FROM scores QUALIFY dense_rank() OVER (PARTITION BY team ORDER BY points DESC) = 2
