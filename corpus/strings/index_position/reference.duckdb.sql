CREATE TABLE contacts (id INTEGER, email VARCHAR);
INSERT INTO contacts VALUES (1, 'ann@example.com'), (2, 'no-at-sign'), (3, NULL), (4, 'banana@an.org');
SELECT id,
       strpos(email, '@')::INTEGER AS at_idx,
       strpos(email, '@')::INTEGER AS at_pos,
       strpos(email, 'an')::INTEGER AS an_idx,
       substr(email, strpos(email, '@') + 1) AS domain,
       CASE WHEN strpos(email, '@') > 0 THEN substr(email, 1, strpos(email, '@') - 1) ELSE email END AS user_part
FROM contacts
