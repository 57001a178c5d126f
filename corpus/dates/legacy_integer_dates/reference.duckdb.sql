CREATE TABLE postings (id INTEGER, post_dt DATE);
INSERT INTO postings VALUES (1, DATE '2024-01-31'), (2, DATE '2024-02-01'), (3, DATE '2024-02-29'), (4, DATE '1999-12-31'), (5, DATE '2000-01-01'), (6, NULL);
CREATE TABLE r (tag VARCHAR, id INTEGER, post_dt DATE, dt_int INTEGER, yr INTEGER);
INSERT INTO r SELECT 'ALL', id, post_dt, (year(post_dt) - 1900) * 10000 + month(post_dt) * 100 + day(post_dt), year(post_dt) FROM postings;
INSERT INTO r SELECT 'GT', id, post_dt, NULL, NULL FROM postings WHERE post_dt > DATE '2024-01-31';
INSERT INTO r SELECT 'BTW', id, post_dt, NULL, NULL FROM postings WHERE post_dt BETWEEN DATE '1999-12-31' AND DATE '2024-02-01';
INSERT INTO r (tag, id, post_dt) VALUES ('INTLIT', 99, DATE '2024-03-15');
SELECT * FROM r
