/* QA extracts: SAMPLE n of the rows that pass WHERE, and SAMPLE larger than the table
   (only row counts and membership are checked: the sampled rows themselves are random) */
CREATE MULTISET TABLE qa_db.claims
(
    claim_id  INTEGER NOT NULL,
    status    VARCHAR(8),
    amt       DECIMAL(9,2)
)
PRIMARY INDEX ( claim_id );

INSERT INTO qa_db.claims VALUES (1,  'OPEN',   100.00);
INSERT INTO qa_db.claims VALUES (2,  'CLOSED', 200.00);
INSERT INTO qa_db.claims VALUES (3,  'CLOSED', 300.00);
INSERT INTO qa_db.claims VALUES (4,  'CLOSED', 400.00);
INSERT INTO qa_db.claims VALUES (5,  'CLOSED', 500.00);
INSERT INTO qa_db.claims VALUES (6,  'CLOSED', 600.00);
INSERT INTO qa_db.claims VALUES (7,  'OPEN',    70.00);
INSERT INTO qa_db.claims VALUES (8,  'OPEN',   NULL);

CREATE MULTISET TABLE qa_db.claim_sample
(
    sample_cd VARCHAR(10),
    claim_id  INTEGER,
    status    VARCHAR(8)
)
PRIMARY INDEX ( claim_id );

CREATE MULTISET TABLE qa_db.result_sample_check
(
    sample_cd  VARCHAR(10),
    n_rows     INTEGER,
    n_distinct INTEGER,
    n_status   INTEGER
)
PRIMARY INDEX ( sample_cd );

INSERT INTO qa_db.claim_sample
SELECT 'OPEN2', claim_id, status
FROM qa_db.claims
WHERE status = 'OPEN'
SAMPLE 2;

INSERT INTO qa_db.claim_sample
SELECT 'ALL', claim_id, status
FROM qa_db.claims
SAMPLE 50;

INSERT INTO qa_db.claim_sample
SELECT 'BIG3', claim_id, status
FROM qa_db.claims
WHERE amt >= 300
SAMPLE 3;

INSERT INTO qa_db.result_sample_check
SELECT sample_cd, COUNT(*), COUNT(DISTINCT claim_id), COUNT(DISTINCT status)
FROM qa_db.claim_sample
GROUP BY sample_cd;
