/* Reconciling two systems keyed by codes of different types: CHAR(6) vs VARCHAR with blanks and
   mixed case; INTERSECT / EXCEPT, outer joins with filters in ON, NOT IN with a NULL, a cross join */
CREATE MULTISET TABLE sj_db.sys_a
(
    acct_cd   CHAR(6),
    owner_nm  VARCHAR(20),
    bal       INTEGER
)
PRIMARY INDEX ( acct_cd );

CREATE MULTISET TABLE sj_db.sys_b
(
    acct_cd   VARCHAR(10),
    status    VARCHAR(8),
    bal       INTEGER
)
PRIMARY INDEX ( acct_cd );

CREATE MULTISET TABLE sj_db.run_param
(
    run_id    INTEGER,
    min_bal   INTEGER
)
PRIMARY INDEX ( run_id );

INSERT INTO sj_db.sys_a VALUES ('A1',    'Ann',  100);
INSERT INTO sj_db.sys_a VALUES ('b2',    'Bob',  200);
INSERT INTO sj_db.sys_a VALUES ('C3',    'Cy',   NULL);
INSERT INTO sj_db.sys_a VALUES ('D4',    NULL,   400);
INSERT INTO sj_db.sys_a VALUES (NULL,    'Nul',  0);

INSERT INTO sj_db.sys_b VALUES ('A1',    'open',   100);
INSERT INTO sj_db.sys_b VALUES ('B2  ',  'OPEN',   250);
INSERT INTO sj_db.sys_b VALUES ('c3',    'closed', NULL);
INSERT INTO sj_db.sys_b VALUES ('E5',    'open',   500);
INSERT INTO sj_db.sys_b VALUES (NULL,    'open',   0);

INSERT INTO sj_db.run_param VALUES (7, 150);

CREATE MULTISET TABLE sj_db.result_recon
(
    kind     VARCHAR(12),
    acct_cd  VARCHAR(10),
    detail   VARCHAR(30),
    run_id   INTEGER
)
PRIMARY INDEX ( acct_cd );

INSERT INTO sj_db.result_recon
SELECT 'BOTH', UPPER(TRIM(acct_cd)), NULL, NULL
FROM (SELECT acct_cd, bal FROM sj_db.sys_a
      INTERSECT
      SELECT acct_cd, bal FROM sj_db.sys_b) x;

INSERT INTO sj_db.result_recon
SELECT 'ONLY_A', UPPER(TRIM(acct_cd)), NULL, NULL
FROM (SELECT acct_cd FROM sj_db.sys_a
      EXCEPT
      SELECT acct_cd FROM sj_db.sys_b) x;

INSERT INTO sj_db.result_recon
SELECT 'LEFT_OPEN', UPPER(TRIM(a.acct_cd)), COALESCE(b.status, 'no open match'), p.run_id
FROM sj_db.sys_a a
LEFT JOIN sj_db.sys_b b
       ON a.acct_cd = b.acct_cd
      AND b.status = 'open'
CROSS JOIN sj_db.run_param p
WHERE COALESCE(a.bal, 0) < p.min_bal OR a.bal IS NULL;

INSERT INTO sj_db.result_recon
SELECT 'NOT_IN_B', UPPER(TRIM(acct_cd)), NULL, NULL
FROM sj_db.sys_a
WHERE acct_cd NOT IN (SELECT acct_cd FROM sj_db.sys_b);

INSERT INTO sj_db.result_recon
SELECT 'NOT_EXISTS_B', UPPER(TRIM(a.acct_cd)), a.owner_nm, NULL
FROM sj_db.sys_a a
WHERE NOT EXISTS (SELECT 1 FROM sj_db.sys_b b WHERE b.acct_cd = a.acct_cd);
