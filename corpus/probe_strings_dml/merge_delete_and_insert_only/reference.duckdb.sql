CREATE TABLE subscription (sub_id INTEGER, plan_cd VARCHAR, expires DATE);
INSERT INTO subscription VALUES (1, 'basic', DATE '2024-12-31'), (2, 'pro', DATE '2025-06-30'), (3, 'basic', NULL), (4, 'team', DATE '2025-01-31');
-- MERGE ... WHEN MATCHED THEN DELETE removes 2 and 4 (9 and NULL match nothing).
DELETE FROM subscription WHERE sub_id IN (2, 4);
-- Insert-only MERGE: 1 is matched (left alone), 4 (deleted above) and 5 are inserted;
-- ADD_MONTHS(2024-02-29, 12) = 2025-02-28.
INSERT INTO subscription VALUES (4, 'team', DATE '2025-03-05'), (5, 'basic', DATE '2025-02-28');
SELECT * FROM subscription
