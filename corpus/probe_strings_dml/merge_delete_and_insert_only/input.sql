/* Subscription sync: one MERGE deletes the cancelled subscriptions (WHEN MATCHED THEN DELETE),
   a second one only inserts the new ones (WHEN NOT MATCHED THEN INSERT) */
CREATE MULTISET TABLE mg_db.subscription
(
    sub_id    INTEGER NOT NULL,
    plan_cd   VARCHAR(10),
    expires   DATE
)
PRIMARY INDEX ( sub_id );

CREATE MULTISET TABLE mg_db.cancellation
(
    sub_id    INTEGER,
    reason    VARCHAR(20)
)
PRIMARY INDEX ( sub_id );

CREATE MULTISET TABLE mg_db.signup_feed
(
    sub_id    INTEGER,
    plan_cd   VARCHAR(10),
    start_dt  DATE
)
PRIMARY INDEX ( sub_id );

INSERT INTO mg_db.subscription VALUES (1, 'basic', DATE '2024-12-31');
INSERT INTO mg_db.subscription VALUES (2, 'pro',   DATE '2025-06-30');
INSERT INTO mg_db.subscription VALUES (3, 'basic', NULL);
INSERT INTO mg_db.subscription VALUES (4, 'team',  DATE '2025-01-31');

INSERT INTO mg_db.cancellation VALUES (2,    'price');
INSERT INTO mg_db.cancellation VALUES (4,    'moved');
INSERT INTO mg_db.cancellation VALUES (9,    'unknown id');
INSERT INTO mg_db.cancellation VALUES (NULL, 'no id');

INSERT INTO mg_db.signup_feed VALUES (1, 'pro',   DATE '2024-03-01');
INSERT INTO mg_db.signup_feed VALUES (4, 'team',  DATE '2024-03-05');
INSERT INTO mg_db.signup_feed VALUES (5, 'basic', DATE '2024-02-29');

MERGE INTO mg_db.subscription AS t
USING mg_db.cancellation AS c
   ON t.sub_id = c.sub_id
WHEN MATCHED THEN DELETE;

MERGE INTO mg_db.subscription AS t
USING (SELECT sub_id, plan_cd, ADD_MONTHS(start_dt, 12) AS expires FROM mg_db.signup_feed) AS s
   ON t.sub_id = s.sub_id
WHEN NOT MATCHED THEN INSERT (sub_id, plan_cd, expires)
     VALUES (s.sub_id, s.plan_cd, s.expires);
