-- The winner's auction deposit is applied to the price: the deal records the amount applied and the balance
-- still due, and the hold leaves the deposit account instead of staying frozen.
alter table market_deal add column deposit_applied numeric(19,2) not null default 0;
alter table market_deal add column balance_due numeric(19,2);
alter table market_deposit_hold add column applied_at timestamp with time zone;

-- Deals awarded before this version kept the winner's deposit frozen, so those deposits are applied now.
update market_deal d
   set deposit_applied = least(h.amount, d.price)
  from market_deposit_hold h
 where h.auction_id = d.auction_id and h.org_id = d.buyer_org_id and h.status = 'KEPT_FOR_DEAL';

update market_deposit_account a
   set balance = a.balance - kept.total, frozen = a.frozen - kept.total
  from (select h.org_id, sum(least(h.amount, d.price)) as total
          from market_deposit_hold h
          join market_deal d on d.auction_id = h.auction_id and d.buyer_org_id = h.org_id
         where h.status = 'KEPT_FOR_DEAL'
         group by h.org_id) kept
 where kept.org_id = a.org_id;

update market_deposit_hold set status = 'APPLIED', applied_at = now() where status = 'KEPT_FOR_DEAL';

update market_deal set balance_due = price - deposit_applied;
alter table market_deal alter column balance_due set not null;
alter table market_deal add constraint market_deal_deposit_applied_check
    check (deposit_applied >= 0 and deposit_applied <= price and balance_due = price - deposit_applied);
