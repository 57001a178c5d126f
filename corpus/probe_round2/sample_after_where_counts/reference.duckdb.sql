CREATE SCHEMA qa_db;
CREATE TABLE qa_db.result_sample_check (sample_cd VARCHAR, n_rows INTEGER, n_distinct INTEGER, n_status INTEGER);
INSERT INTO qa_db.result_sample_check VALUES ('OPEN2', 2, 2, 1);
INSERT INTO qa_db.result_sample_check VALUES ('ALL', 8, 8, 2);
INSERT INTO qa_db.result_sample_check VALUES ('BIG3', 3, 3, 1);
SELECT * FROM qa_db.result_sample_check ORDER BY sample_cd;
