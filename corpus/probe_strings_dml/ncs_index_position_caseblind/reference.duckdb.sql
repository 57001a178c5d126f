CREATE TABLE web_user (user_id INTEGER, email VARCHAR, email_cs VARCHAR);
INSERT INTO web_user VALUES (1, 'ann@Example.com', 'ann@Example.com'), (2, 'BOB@EXAMPLE.COM', 'BOB@EXAMPLE.COM'), (3, 'qa.Test@corp.example', 'qa.Test@corp.example'), (4, 'cy@other.org', 'cy@other.org'), (5, NULL, NULL);
-- email and the literals are NOT CASESPECIFIC: INDEX/POSITION compare upper-cased; email_cs is
-- CASESPECIFIC, so INDEX(email_cs, 'example') is case-sensitive.
SELECT user_id,
       CAST(strpos(upper(email), 'EXAMPLE') AS INTEGER) AS example_pos,
       CAST(strpos(upper(email), 'TEST') AS INTEGER) AS test_pos,
       CAST(strpos(email_cs, 'example') AS INTEGER) AS cs_pos,
       substring(email, strpos(email, '@') + 1) AS domain_txt
FROM web_user
WHERE strpos(upper(email), 'OTHER') = 0 OR email IS NULL
