CREATE UNIQUE INDEX queues_one_default_per_organisation ON queues (organisation_id) WHERE is_default;
