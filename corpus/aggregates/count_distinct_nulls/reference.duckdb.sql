CREATE TABLE visits (id INTEGER, grp VARCHAR, page VARCHAR, usr INTEGER);
INSERT INTO visits VALUES (1, 'A', 'HOME', 1), (2, 'A', 'HOME  ', 1), (3, 'A', NULL, 2), (4, 'A', 'CART', NULL), (5, 'B', NULL, NULL), (6, 'B', NULL, NULL), (7, 'C', 'HOME', 3);
SELECT grp, COUNT(*)::INTEGER AS n_rows, COUNT(page)::INTEGER AS n_page, COUNT(DISTINCT rtrim(page))::INTEGER AS n_dpage, COUNT(DISTINCT usr)::INTEGER AS n_dusr FROM visits GROUP BY grp
UNION ALL SELECT 'ALL', COUNT(*), COUNT(page), COUNT(DISTINCT rtrim(page)), COUNT(DISTINCT usr) FROM visits
