-- ShedLock: a scheduled job runs on one node at a time across the cluster (lock times are the database's own
-- clock: JdbcTemplateLockProvider.usingDbTime()). Table as documented by ShedLock 7 for JdbcTemplate.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
