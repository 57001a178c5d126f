CREATE TABLE signup (signup_id INTEGER, email_txt VARCHAR, ref_code VARCHAR);
INSERT INTO signup VALUES (1, 'john.doe@example.com', 'AB12-CD34-EF56'), (2, 'Jane@Mail.ORG', 'X9'), (3, 'bad address@x.com', 'NONE'), (4, NULL, NULL), (5, 'a@b.c extra', '12-34');
-- REGEXP_SIMILAR: 1 when the WHOLE string matches (like SIMILAR TO), else 0; NULL source -> NULL.
-- REGEXP_INSTR(s, p, 1, n): start position of the n-th match, 0 when there is none.
SELECT signup_id,
       CASE WHEN email_txt IS NULL THEN NULL WHEN regexp_full_match(email_txt, '[a-z0-9._]+@[a-z0-9]+\.[a-z]+', 'i') THEN 1 ELSE 0 END AS email_ok_ci,
       CASE WHEN email_txt IS NULL THEN NULL WHEN regexp_full_match(email_txt, '[a-z0-9._]+@[a-z0-9]+\.[a-z]+') THEN 1 ELSE 0 END AS email_ok_cs,
       CASE signup_id WHEN 1 THEN 8 WHEN 2 THEN 0 WHEN 3 THEN 0 WHEN 5 THEN 4 END AS digit_pos_2,
       CASE signup_id WHEN 1 THEN 3 WHEN 2 THEN 2 WHEN 3 THEN 0 WHEN 5 THEN 1 END AS first_digit
FROM signup
