CREATE TABLE counters (ckey VARCHAR, hits INTEGER, last_v INTEGER);
INSERT INTO counters VALUES ('home', 5, 0);
UPDATE counters SET hits = hits + 1, last_v = 1 WHERE ckey = 'home';
INSERT INTO counters SELECT 'home', 1, 1 WHERE NOT EXISTS (SELECT 1 FROM counters WHERE ckey = 'home');
UPDATE counters SET hits = hits + 1, last_v = 2 WHERE ckey = 'about';
INSERT INTO counters SELECT 'about', 1, 2 WHERE NOT EXISTS (SELECT 1 FROM counters WHERE ckey = 'about');
UPDATE counters SET hits = hits + 1, last_v = 3 WHERE ckey = 'about';
INSERT INTO counters SELECT 'about', 1, 3 WHERE NOT EXISTS (SELECT 1 FROM counters WHERE ckey = 'about');
UPDATE counters SET hits = hits + 1, last_v = 4 WHERE ckey = 'cart';
INSERT INTO counters SELECT 'cart', 1, 4 WHERE NOT EXISTS (SELECT 1 FROM counters WHERE ckey = 'cart');
SELECT ckey, hits, last_v FROM counters
