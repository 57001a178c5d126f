CREATE TABLE visits (id INTEGER, city VARCHAR, tag VARCHAR);
CREATE TABLE city_region (city VARCHAR, region VARCHAR);
INSERT INTO visits VALUES (1, 'Paris', 'x'), (2, 'PARIS', 'X'), (3, 'paris', 'x'), (4, 'Lyon', 'X');
INSERT INTO city_region VALUES ('PARIS', 'IDF'), ('lyon', 'ARA'), ('Nice', 'PACA');
SELECT 'group_city' AS check_name, upper(city) AS grp, COUNT(*)::INTEGER AS cnt FROM visits GROUP BY upper(city)
UNION ALL SELECT 'group_tag', tag, COUNT(*) FROM visits GROUP BY tag
UNION ALL SELECT 'distinct_city', NULL, COUNT(DISTINCT upper(city)) FROM visits
UNION ALL SELECT 'distinct_rows', NULL, COUNT(*) FROM (SELECT DISTINCT upper(city) FROM visits) d
UNION ALL SELECT 'union_cities', NULL, COUNT(*) FROM (SELECT upper(city) FROM visits UNION SELECT upper(city) FROM city_region) u
UNION ALL SELECT 'join_region', r.region, COUNT(*) FROM visits v JOIN city_region r ON upper(v.city) = upper(r.city) GROUP BY r.region
