-- Annual financial statements of enterprises: one row per enterprise and year, amounts as lines by item.
create table financial_statement (
    id               bigserial    primary key,
    organization_id  bigint       not null,
    fiscal_year      integer      not null,
    employees        integer      not null,
    tech_staff       integer      not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(64)  not null,
    version          bigint       not null default 0,
    constraint financial_statement_year_uk unique (organization_id, fiscal_year)
);

create table financial_statement_line (
    statement_id  bigint        not null references financial_statement (id) on delete cascade,
    item          varchar(40)   not null,
    amount        numeric(19,2) not null,
    primary key (statement_id, item)
);
