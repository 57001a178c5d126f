CREATE TABLE members (member_id INTEGER, birth_dt DATE, join_dt DATE, as_of_dt DATE);
INSERT INTO members VALUES (1, DATE '1990-06-15', DATE '2024-01-31', DATE '2024-03-01'), (2, DATE '2000-02-29', DATE '2023-03-15', DATE '2024-02-28'), (3, DATE '1985-12-31', DATE '2022-12-31', DATE '2024-01-01'), (4, DATE '2010-01-01', DATE '2024-02-01', DATE '2024-02-29'), (5, NULL, DATE '2024-02-10', NULL);
CREATE VIEW m AS SELECT member_id,
  (year(as_of_dt) * 12 + month(as_of_dt)) - (year(join_dt) * 12 + month(join_dt)) AS mon,
  as_of_dt - join_dt AS dys,
  year(as_of_dt) - year(birth_dt) AS yrs
FROM members;
SELECT member_id, CAST(mon AS INTEGER) AS tenure_mon, CAST(dys AS INTEGER) AS tenure_days, CAST(yrs AS INTEGER) AS age_years,
       CAST(mon // 12 AS INTEGER) AS ym_years, CAST(mon % 12 AS INTEGER) AS ym_months
FROM m ORDER BY member_id
