-- Scheduled jobs run once across application nodes (platform.nodes.OnceAcrossNodes): the node that claims a job's
-- row (its last start older than the job's period) runs it; an advisory lock keeps two runs from overlapping.
create table platform_job_run (
    job          varchar(100) primary key,
    last_started timestamptz  not null,
    last_node    varchar(64)  not null
);
