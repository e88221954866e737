-- Schema 21: indexes for the reads that must stay quick whatever the installation's size. The
-- guest is found by is_guest (guest login, guest access, an administrative change that may give
-- him a way to a right) without scanning every user; data rights are found by their holders
-- (ModelRepository.referrers: a user's or a group's data rights) without scanning every holder.
CREATE INDEX users_guest ON users (is_guest);

CREATE INDEX data_right_holders_target ON data_right_holders (target_id);
