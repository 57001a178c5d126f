CREATE TABLE log (step INTEGER, code INTEGER);
INSERT INTO log VALUES (1, 2802), (2, 2802), (3, 0), (11, 1), (12, 1);
SELECT step, code FROM log
