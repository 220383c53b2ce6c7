-- Services (服务): training courses and events with registration, consultations assigned to advisors, and the
-- call centre's service tickets with comments.

create table training_course (
    id           bigserial     primary key,
    title        varchar(200)  not null,
    description  varchar(4000),
    kind         varchar(10)   not null,
    location     varchar(300)  not null,
    starts_at    timestamp with time zone not null,
    capacity     integer       not null check (capacity > 0),
    created_by   varchar(64)   not null,
    created_at   timestamp with time zone not null,
    version      bigint        not null default 0
);

create table training_registration (
    id               bigserial    primary key,
    course_id        bigint       not null references training_course (id) on delete cascade,
    username         varchar(64)  not null,
    organization_id  bigint       not null,
    status           varchar(20)  not null,
    registered_at    timestamp with time zone not null,
    unique (course_id, username)
);
create index training_registration_course on training_registration (course_id, status);

create table consultation (
    id                 bigserial     primary key,
    type               varchar(30)   not null,
    organization_id    bigint        not null,
    organization_name  varchar(200)  not null,
    requested_by       varchar(64)   not null,
    description        varchar(4000) not null,
    status             varchar(20)   not null,
    advisor            varchar(64),
    notes              varchar(4000),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint        not null default 0
);
create index consultation_organization on consultation (organization_id);
create index consultation_advisor on consultation (advisor);

create table service_ticket (
    id                   bigserial     primary key,
    channel              varchar(10)   not null,
    category             varchar(20)   not null,
    subject              varchar(200)  not null,
    description          varchar(4000) not null,
    requester            varchar(64)   not null,
    requester_org_id     bigint        not null,
    contact              varchar(100),
    assignee             varchar(64),
    status               varchar(20)   not null,
    created_on           date          not null,
    due_on               date          not null,
    resolved_on          date,
    rating               integer       check (rating between 1 and 5),
    created_by           varchar(64)   not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint        not null default 0
);
create index service_ticket_status on service_ticket (status, due_on);
create index service_ticket_requester on service_ticket (requester_org_id);

create table service_ticket_comment (
    id          bigserial     primary key,
    ticket_id   bigint        not null references service_ticket (id) on delete cascade,
    author      varchar(64)   not null,
    body        varchar(4000) not null,
    created_at  timestamp with time zone not null
);
create index service_ticket_comment_ticket on service_ticket_comment (ticket_id, created_at);
