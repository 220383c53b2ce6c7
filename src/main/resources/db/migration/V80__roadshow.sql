-- Roadshow projects (项目路演) of enterprises, the investors' follows, questions, interest and meeting
-- requests, the investors' preferences for matchmaking, and roadshow events with their registrations.

create table roadshow_project (
    id                  bigserial     primary key,
    organization_id     bigint        not null,
    organization_name   varchar(200)  not null,
    title               varchar(200)  not null,
    summary             varchar(4000) not null,
    industry            varchar(2)    not null,
    stage               varchar(20)   not null,
    amount_sought       numeric(18, 2) not null check (amount_sought > 0),
    financing_method    varchar(20)   not null,
    use_of_funds        varchar(2000) not null,
    status              varchar(20)   not null,
    review_note         varchar(1000),
    reviewed_by         varchar(64),
    business_plan_name  varchar(255),
    business_plan_file  varchar(100),
    business_plan_size  bigint,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    submitted_at        timestamp with time zone,
    published_at        timestamp with time zone,
    version             bigint        not null default 0
);
create index roadshow_project_status on roadshow_project (status, published_at desc);
create index roadshow_project_organization on roadshow_project (organization_id);

-- IP assets of the project's enterprise shown with the project; the ids refer to the IP registry.
create table roadshow_project_ip (
    project_id   bigint not null references roadshow_project (id) on delete cascade,
    ip_asset_id  bigint not null,
    primary key (project_id, ip_asset_id)
);

create table roadshow_team_member (
    project_id  bigint        not null references roadshow_project (id) on delete cascade,
    position    integer       not null,
    name        varchar(100)  not null,
    title       varchar(100)  not null,
    background  varchar(1000),
    primary key (project_id, position)
);

create table roadshow_follow (
    id               bigserial    primary key,
    project_id       bigint       not null references roadshow_project (id) on delete cascade,
    organization_id  bigint       not null,
    username         varchar(64)  not null,
    followed_at      timestamp with time zone not null,
    unique (project_id, organization_id)
);

create table roadshow_question (
    id                  bigserial     primary key,
    project_id          bigint        not null references roadshow_project (id) on delete cascade,
    asker_username      varchar(64)   not null,
    asker_organization  varchar(200)  not null,
    question            varchar(2000) not null,
    answer              varchar(4000),
    answered_by         varchar(64),
    asked_at            timestamp with time zone not null,
    answered_at         timestamp with time zone,
    version             bigint        not null default 0
);
create index roadshow_question_project on roadshow_question (project_id, asked_at);

-- Interest an investor expresses privately: only the project's enterprise and the investor itself read it.
create table roadshow_interest (
    id                     bigserial     primary key,
    project_id             bigint        not null references roadshow_project (id) on delete cascade,
    investor_org_id        bigint        not null,
    investor_org_name      varchar(200)  not null,
    username               varchar(64)   not null,
    intended_amount        numeric(18, 2),
    message                varchar(2000) not null,
    created_at             timestamp with time zone not null
);
create index roadshow_interest_project on roadshow_interest (project_id);

create table roadshow_meeting (
    id                  bigserial     primary key,
    project_id          bigint        not null references roadshow_project (id) on delete cascade,
    investor_org_id     bigint        not null,
    investor_org_name   varchar(200)  not null,
    requested_by        varchar(64)   not null,
    proposal            varchar(1000) not null,
    status              varchar(20)   not null,
    meeting_at          timestamp with time zone,
    reply               varchar(1000),
    decided_by          varchar(64),
    created_at          timestamp with time zone not null,
    decided_at          timestamp with time zone,
    version             bigint        not null default 0
);
create index roadshow_meeting_project on roadshow_meeting (project_id);

create table investor_preference (
    organization_id  bigint        primary key,
    organization_name varchar(200) not null,
    industries       varchar(100)  not null,
    stages           varchar(200)  not null,
    min_ticket       numeric(18, 2),
    max_ticket       numeric(18, 2),
    updated_at       timestamp with time zone not null,
    version          bigint        not null default 0
);

create table roadshow_event (
    id           bigserial     primary key,
    title        varchar(200)  not null,
    description  varchar(4000),
    format       varchar(10)   not null,
    location     varchar(300)  not null,
    starts_at    timestamp with time zone not null,
    capacity     integer       not null check (capacity > 0),
    created_by   varchar(64)   not null,
    created_at   timestamp with time zone not null,
    version      bigint        not null default 0
);

-- One row per user and event; a cancelled registration keeps its row so the user may register again.
create table roadshow_registration (
    id              bigserial    primary key,
    event_id        bigint       not null references roadshow_event (id) on delete cascade,
    username        varchar(64)  not null,
    organization_id bigint       not null,
    status          varchar(20)  not null,
    registered_at   timestamp with time zone not null,
    unique (event_id, username)
);
create index roadshow_registration_event on roadshow_registration (event_id, status, registered_at);
