-- Days a loan must be past due before the lender may declare it in default (违约认定逾期天数).
alter table financial_product add column default_after_days integer not null default 90;
