-- Schema 10: indexes for the audit reports, which read the journal by topic and time and the
-- rights archive by login and time (a rights card, the rights on a day) over years of rows.
CREATE INDEX audit_journal_topic_time ON audit_journal (topic, recorded_at);

CREATE INDEX rights_archive_login ON rights_archive (login, changed_at, id);

CREATE INDEX rights_archive_time ON rights_archive (changed_at, user_id, id);
