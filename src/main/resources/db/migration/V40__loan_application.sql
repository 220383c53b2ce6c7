-- IP pledge loan applications (知识产权质押融资申请), their pledged assets, every state change and, once
-- disbursed, the fixed repayment schedule.
create table loan_application (
    id                   bigserial     primary key,
    applicant_org_id     bigint        not null,
    lender_org_id        bigint        not null,
    product_id           bigint,
    guarantor_org_id     bigint,
    amount               numeric(19,2) not null,
    term_months          integer       not null,
    annual_rate          numeric(10,6) not null,
    method               varchar(24)   not null,
    purpose              varchar(500)  not null,
    state                varchar(24)   not null,
    conservative_value   numeric(19,2),
    valuation_reference  varchar(100),
    pledge_rate_cap      numeric(6,4),
    approved_amount      numeric(19,2),
    approved_rate        numeric(10,6),
    prepared_by          varchar(64),
    approved_by          varchar(64),
    registration_number  varchar(64),
    registered_on        date,
    disbursed_on         date,
    submitted_on         date,
    review_due_on        date,
    created_by           varchar(64)   not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint        not null default 0
);
create index loan_application_lender_idx on loan_application (lender_org_id, state);
create index loan_application_applicant_idx on loan_application (applicant_org_id, state);

create table loan_application_asset (
    application_id  bigint not null references loan_application (id) on delete cascade,
    asset_id        bigint not null,
    primary key (application_id, asset_id)
);

create table loan_application_event (
    id              bigserial    primary key,
    application_id  bigint       not null references loan_application (id) on delete cascade,
    action          varchar(32)  not null,
    from_state      varchar(24),
    to_state        varchar(24)  not null,
    actor           varchar(64)  not null,
    actor_org_id    bigint       not null,
    note            varchar(1000),
    occurred_at     timestamp with time zone not null
);
create index loan_application_event_idx on loan_application_event (application_id, occurred_at);

create table loan_installment (
    application_id  bigint        not null references loan_application (id) on delete cascade,
    period          integer       not null,
    due_date        date          not null,
    payment         numeric(19,2) not null,
    principal       numeric(19,2) not null,
    interest        numeric(19,2) not null,
    balance         numeric(19,2) not null,
    primary key (application_id, period)
);
