-- Converted by leapc 0.1.0 from input.sql (Teradata) for Amazon Redshift.
-- Generated code: change the Teradata source or leapc's options and convert again.

-- Subscription sync: one MERGE deletes the cancelled subscriptions (WHEN MATCHED THEN DELETE),
--    a second one only inserts the new ones (WHEN NOT MATCHED THEN INSERT)
-- source: input.sql:3  [S010]
CREATE TABLE mg_db.subscription (
  sub_id INTEGER NOT NULL,
  plan_cd VARCHAR(20),
  expires DATE
)
DISTKEY(sub_id);

-- source: input.sql:11  [S020]
CREATE TABLE mg_db.cancellation (
  sub_id INTEGER,
  reason VARCHAR(40)
)
DISTKEY(sub_id);

-- source: input.sql:18  [S030]
CREATE TABLE mg_db.signup_feed (
  sub_id INTEGER,
  plan_cd VARCHAR(20),
  start_dt DATE
)
DISTKEY(sub_id);

-- source: input.sql:26  [S040]
INSERT INTO mg_db.subscription
VALUES
  (1, 'basic', CAST('2024-12-31' AS DATE));

-- source: input.sql:27  [S050]
INSERT INTO mg_db.subscription
VALUES
  (2, 'pro', CAST('2025-06-30' AS DATE));

-- source: input.sql:28  [S060]
INSERT INTO mg_db.subscription
VALUES
  (3, 'basic', NULL);

-- source: input.sql:29  [S070]
INSERT INTO mg_db.subscription
VALUES
  (4, 'team', CAST('2025-01-31' AS DATE));

-- source: input.sql:31  [S080]
INSERT INTO mg_db.cancellation
VALUES
  (2, 'price');

-- source: input.sql:32  [S090]
INSERT INTO mg_db.cancellation
VALUES
  (4, 'moved');

-- source: input.sql:33  [S100]
INSERT INTO mg_db.cancellation
VALUES
  (9, 'unknown id');

-- source: input.sql:34  [S110]
INSERT INTO mg_db.cancellation
VALUES
  (NULL, 'no id');

-- source: input.sql:36  [S120]
INSERT INTO mg_db.signup_feed
VALUES
  (1, 'pro', CAST('2024-03-01' AS DATE));

-- source: input.sql:37  [S130]
INSERT INTO mg_db.signup_feed
VALUES
  (4, 'team', CAST('2024-03-05' AS DATE));

-- source: input.sql:38  [S140]
INSERT INTO mg_db.signup_feed
VALUES
  (5, 'basic', CAST('2024-02-29' AS DATE));

-- source: input.sql:40  [S150]
MERGE INTO mg_db.subscription
USING mg_db.cancellation AS c
ON subscription.sub_id = c.sub_id
WHEN MATCHED THEN DELETE;

-- source: input.sql:45  [S160]
MERGE INTO mg_db.subscription
USING (
  SELECT
    sub_id,
    plan_cd,
    CAST(DATEADD(MONTH, 12, start_dt) AS DATE) AS expires
  FROM mg_db.signup_feed
) AS s
ON subscription.sub_id = s.sub_id
WHEN NOT MATCHED THEN INSERT (sub_id, plan_cd, expires) VALUES (s.sub_id, s.plan_cd, s.expires);
