-- Schema 11: indexes for the audit reports over years of rows. The journal is read by topic and
-- time; the rights archive by login or user, newest record first (a user's last record before an
-- instant is the first entry of a descending index: one probe per user for "rights on a day").
CREATE INDEX audit_journal_topic_time ON audit_journal (topic, recorded_at);

CREATE INDEX rights_archive_login ON rights_archive (login, changed_at DESC, id DESC);

CREATE INDEX rights_archive_user_last ON rights_archive (user_id, changed_at DESC, id DESC);
