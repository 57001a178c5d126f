CREATE TABLE items (id INTEGER, cat VARCHAR, sub VARCHAR, name VARCHAR);
INSERT INTO items VALUES (1, 'Fruit', 'Red', 'apple'), (2, 'FRUIT', 'red ', 'Banana'), (3, 'fruit ', 'Yellow', 'cherry'), (4, 'Fruit', 'RED', 'Zebra fruit'), (5, 'Veg', 'Green', 'kale'), (6, 'veg', 'green', 'Leek'), (7, 'Nut', NULL, 'almond'), (8, 'VEG', 'Green', 'KALE');
SELECT 'distinct_pairs' AS check_name, NULL AS grp, COUNT(*)::INTEGER AS cnt, NULL AS min_name, NULL AS max_name FROM (SELECT DISTINCT upper(rtrim(cat)), upper(rtrim(sub)) FROM items) d
UNION ALL SELECT 'distinct_names', NULL, COUNT(DISTINCT upper(rtrim(name))), NULL, NULL FROM items
UNION ALL SELECT 'by_cat', upper(rtrim(cat)), COUNT(*), MIN(upper(rtrim(name))), MAX(upper(rtrim(name))) FROM items GROUP BY upper(rtrim(cat))
UNION ALL SELECT 'having_min', upper(rtrim(cat)), COUNT(*), NULL, NULL FROM items GROUP BY upper(rtrim(cat)) HAVING MIN(upper(rtrim(name))) < 'B'
UNION ALL SELECT 'having_max', upper(rtrim(cat)), COUNT(DISTINCT upper(rtrim(sub))), NULL, NULL FROM items GROUP BY upper(rtrim(cat)) HAVING MAX(upper(rtrim(name))) = 'LEEK'
