CREATE TABLE tags (id INTEGER, tag VARCHAR);
CREATE TABLE tag_names (tag_key VARCHAR, tag_name VARCHAR);
INSERT INTO tags VALUES (1, 'AB'), (2, 'AB  '), (3, 'CD'), (4, ' AB');
INSERT INTO tag_names VALUES ('AB   ', 'alpha'), ('CD', 'gamma');
SELECT 'eq_literal' AS check_name, NULL::VARCHAR AS tag, COUNT(*)::INTEGER AS cnt FROM tags WHERE rtrim(tag) = 'AB'
UNION ALL SELECT 'distinct', NULL, COUNT(DISTINCT rtrim(tag)) FROM tags
UNION ALL SELECT 'group', rtrim(tag), COUNT(*) FROM tags GROUP BY rtrim(tag)
UNION ALL SELECT 'join', n.tag_name, COUNT(*) FROM tags t JOIN tag_names n ON rtrim(t.tag) = rtrim(n.tag_key) GROUP BY n.tag_name
