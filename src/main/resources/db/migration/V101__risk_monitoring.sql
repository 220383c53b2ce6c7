-- Monitoring rules with the thresholds operators edit, alerts with their recipients and comments, recorded
-- annual fee payments and the abnormal-operation list (经营异常名录).
create table risk_rule (
    code        varchar(40)  primary key,
    enabled     boolean      not null,
    severity    varchar(16)  not null,
    threshold   numeric(12, 4),
    updated_by  varchar(64)  not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null default 0
);

insert into risk_rule (code, enabled, severity, threshold, updated_by, updated_at) values
    ('PLEDGED_LEGAL_STATUS_CHANGE', true, 'CRITICAL', null, 'system', now()),
    ('LOAN_TO_VALUE', true, 'WARNING', 0.7000, 'system', now()),
    ('REPAYMENT_OVERDUE_1', true, 'INFO', 1, 'system', now()),
    ('REPAYMENT_OVERDUE_30', true, 'WARNING', 30, 'system', now()),
    ('REPAYMENT_OVERDUE_90', true, 'CRITICAL', 90, 'system', now()),
    ('RATING_DOWNGRADE', true, 'WARNING', 2, 'system', now()),
    ('ABNORMAL_OPERATION', true, 'WARNING', null, 'system', now()),
    ('ANNUAL_FEE_DUE', true, 'INFO', null, 'system', now()),
    ('ANNUAL_FEE_UNPAID', true, 'CRITICAL', null, 'system', now());

create table risk_alert (
    id                bigserial    primary key,
    rule_code         varchar(40)  not null references risk_rule (code),
    subject_key       varchar(120) not null,
    severity          varchar(16)  not null,
    state             varchar(16)  not null,
    message_key       varchar(100) not null,
    message_arguments varchar(1000),
    asset_id          bigint,
    loan_id           bigint,
    enterprise_id     bigint,
    raised_at         timestamp with time zone not null,
    acknowledged_at   timestamp with time zone,
    acknowledged_by   varchar(64),
    resolved_at       timestamp with time zone,
    resolved_by       varchar(64),
    version           bigint       not null default 0
);
-- One open alert per rule and subject: a second raise while one is open or acknowledged is refused here.
create unique index risk_alert_one_open on risk_alert (rule_code, subject_key) where state <> 'RESOLVED';
create index risk_alert_raised_idx on risk_alert (raised_at desc);

create table risk_alert_recipient (
    alert_id         bigint not null references risk_alert (id) on delete cascade,
    organization_id  bigint not null,
    primary key (alert_id, organization_id)
);
create index risk_alert_recipient_org_idx on risk_alert_recipient (organization_id);

create table risk_alert_comment (
    alert_id         bigint       not null references risk_alert (id) on delete cascade,
    position         integer      not null,
    author           varchar(64)  not null,
    organization_id  bigint       not null,
    action           varchar(16)  not null,
    body             varchar(2000),
    created_at       timestamp with time zone not null,
    primary key (alert_id, position)
);

create table annual_fee_payment (
    id           bigserial     primary key,
    asset_id     bigint        not null,
    fee_year     integer       not null,
    due_date     date          not null,
    paid_on      date          not null,
    fee          numeric(14, 2) not null,
    surcharge    numeric(14, 2) not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp with time zone not null,
    unique (asset_id, fee_year)
);

create table abnormal_operation_entry (
    id            bigserial    primary key,
    credit_code   varchar(18)  not null,
    name          varchar(200) not null,
    listed_on     date         not null,
    reason        varchar(500),
    imported_by   varchar(64)  not null,
    imported_at   timestamp with time zone not null,
    unique (credit_code, listed_on)
);
