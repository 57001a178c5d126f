CREATE TABLE cities_a (id INTEGER, city VARCHAR);
CREATE TABLE cities_b (id INTEGER, city VARCHAR);
INSERT INTO cities_a VALUES (1, 'Paris'), (2, 'LYON'), (3, 'Nice '), (4, 'Rome'), (5, 'rome');
INSERT INTO cities_b VALUES (1, 'PARIS'), (2, 'lyon  '), (3, 'Oslo');
SELECT 'minus' AS check_name, COUNT(*)::INTEGER AS cnt FROM (SELECT upper(rtrim(city)) FROM cities_a EXCEPT SELECT upper(rtrim(city)) FROM cities_b) d
UNION ALL SELECT 'except_rev', COUNT(*) FROM (SELECT upper(rtrim(city)) FROM cities_b EXCEPT SELECT upper(rtrim(city)) FROM cities_a) d
UNION ALL SELECT 'intersect', COUNT(*) FROM (SELECT upper(rtrim(city)) FROM cities_a INTERSECT SELECT upper(rtrim(city)) FROM cities_b) d
UNION ALL SELECT 'union', COUNT(*) FROM (SELECT upper(rtrim(city)) FROM cities_a UNION SELECT upper(rtrim(city)) FROM cities_b) d
UNION ALL SELECT 'union_all', COUNT(*) FROM (SELECT city FROM cities_a UNION ALL SELECT city FROM cities_b) d
