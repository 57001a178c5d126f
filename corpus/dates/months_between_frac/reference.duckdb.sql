CREATE TABLE periods (id INTEGER, d1 DATE, d2 DATE);
INSERT INTO periods VALUES (1, DATE '2024-03-31', DATE '2024-02-29'), (2, DATE '2024-02-29', DATE '2024-01-31'), (3, DATE '2024-03-15', DATE '2024-02-01'), (4, DATE '2024-01-01', DATE '2024-03-01'), (5, DATE '2024-02-29', DATE '2023-02-28'), (6, DATE '2024-03-30', DATE '2024-02-29'), (7, DATE '2024-02-01', DATE '2024-03-15'), (8, DATE '2024-04-30', DATE '2024-03-31'), (9, DATE '2024-03-31', DATE '2024-02-28'), (10, NULL, DATE '2024-02-28');
CREATE TABLE r (tag VARCHAR, id INTEGER, months DECIMAL(12,6));
CREATE VIEW mb AS SELECT id, CASE WHEN day(d1) = day(d2) OR (d1 = last_day(d1) AND d2 = last_day(d2)) THEN ((year(d1) - year(d2)) * 12 + month(d1) - month(d2))::DOUBLE ELSE ((year(d1) - year(d2)) * 12 + month(d1) - month(d2)) + (day(d1) - day(d2)) / 31.0 END AS m FROM periods;
INSERT INTO r SELECT 'ALL', id, CAST(m AS DECIMAL(12,6)) FROM mb;
INSERT INTO r SELECT 'WHOLE', id, NULL FROM mb WHERE m = 1;
SELECT * FROM r
