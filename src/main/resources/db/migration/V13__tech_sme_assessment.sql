-- Saved tech-SME assessments of enterprises: every input and the result, kept as history.
create table tech_sme_assessment (
    id                     bigserial     primary key,
    enterprise_id          bigint        not null,
    employees              integer       not null,
    tech_staff             integer       not null,
    sales_revenue          numeric(19,2) not null,
    total_cost_and_expense numeric(19,2) not null,
    rd_expense             numeric(19,2) not null,
    total_assets           numeric(19,2) not null,
    class_one_ip_count     integer       not null,
    class_two_ip_count     integer       not null,
    direct_qualifications  varchar(200)  not null,
    mainland_resident      boolean       not null,
    permitted_industry     boolean       not null,
    no_serious_violations  boolean       not null,
    eligible               boolean       not null,
    qualified              boolean       not null,
    route                  varchar(16)   not null,
    total_score            integer       not null,
    tech_staff_score       integer       not null,
    rd_score               integer       not null,
    ip_score               integer       not null,
    assessed_by            varchar(64)   not null,
    assessed_at            timestamp with time zone not null
);
create index tech_sme_assessment_enterprise_idx on tech_sme_assessment (enterprise_id, assessed_at desc);
