-- Loan servicing after disbursement: the account of each disbursed loan, what has been paid on each instalment,
-- the repayments and the instalments an early repayment replaced.
create table loan_account (
    application_id   bigint        primary key references loan_application (id) on delete cascade,
    penalty_rate     numeric(10,6) not null,
    accrual_start    date          not null,
    schedule_version integer       not null default 1,
    last_value_date  date,
    version          bigint        not null default 0
);

alter table loan_installment
    add column principal_paid     numeric(19,2) not null default 0,
    add column interest_paid      numeric(19,2) not null default 0,
    add column penalty_accrued    numeric(19,2) not null default 0,
    add column penalty_paid       numeric(19,2) not null default 0,
    add column penalty_accrued_to date;

create table loan_installment_history (
    application_id   bigint        not null references loan_application (id) on delete cascade,
    schedule_version integer       not null,
    period           integer       not null,
    due_date         date          not null,
    payment          numeric(19,2) not null,
    principal        numeric(19,2) not null,
    interest         numeric(19,2) not null,
    balance          numeric(19,2) not null,
    principal_paid   numeric(19,2) not null,
    interest_paid    numeric(19,2) not null,
    penalty_paid     numeric(19,2) not null,
    primary key (application_id, schedule_version, period)
);

create table loan_repayment (
    id               bigserial     primary key,
    application_id   bigint        not null references loan_application (id) on delete cascade,
    kind             varchar(16)   not null,
    value_date       date          not null,
    amount           numeric(19,2) not null,
    principal        numeric(19,2) not null,
    interest         numeric(19,2) not null,
    penalty          numeric(19,2) not null,
    early_option     varchar(24),
    schedule_version integer       not null,
    recorded_by      varchar(64)   not null,
    recorded_org_id  bigint        not null,
    recorded_at      timestamp with time zone not null
);
create index loan_repayment_value_date_idx on loan_repayment (application_id, value_date);

-- Loans disbursed before this migration get the default penalty multiplier of 1.5.
insert into loan_account (application_id, penalty_rate, accrual_start)
select id, approved_rate * 1.5, disbursed_on from loan_application
where disbursed_on is not null and approved_rate is not null;
