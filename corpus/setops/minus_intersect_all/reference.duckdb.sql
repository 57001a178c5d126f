CREATE TABLE bag_a (v INTEGER);
CREATE TABLE bag_b (v INTEGER);
INSERT INTO bag_a VALUES (1), (1), (1), (2), (3), (NULL), (NULL);
INSERT INTO bag_b VALUES (1), (3), (3), (NULL);
SELECT 'minus' AS op, v FROM (SELECT v FROM bag_a EXCEPT SELECT v FROM bag_b) d
UNION ALL SELECT 'except_all', v FROM (SELECT v FROM bag_a EXCEPT ALL SELECT v FROM bag_b) d
UNION ALL SELECT 'intersect', v FROM (SELECT v FROM bag_a INTERSECT SELECT v FROM bag_b) d
UNION ALL SELECT 'intersect_all', v FROM (SELECT v FROM bag_a INTERSECT ALL SELECT v FROM bag_b) d
