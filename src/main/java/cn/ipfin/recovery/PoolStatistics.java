package cn.ipfin.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Aggregate figures of the government risk-compensation pool for statistics pages. */
@Service
public class PoolStatistics {

    private final JdbcTemplate jdbc;

    PoolStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the pool's movement between the two entry dates inclusive and its balance on the last one. */
    @Transactional(readOnly = true)
    public PoolMovement movement(LocalDate from, LocalDate to) {
        Map<String, Object> pool = jdbc.queryForMap("""
                select
                  coalesce(sum(amount) filter (where kind = 'CONTRIBUTION' and entry_date >= ?), 0) as contributions,
                  coalesce(sum(amount) filter (where kind = 'PAYOUT' and entry_date >= ?), 0) as payouts,
                  count(*) filter (where kind = 'PAYOUT' and entry_date >= ?) as payout_count,
                  count(*) filter (where kind = 'PAYOUT') as payouts_to_date,
                  coalesce(sum(case when kind = 'CONTRIBUTION' then amount else -amount end), 0) as balance
                from risk_pool_entry where entry_date <= ?
                """, from, from, from, to);
        return new PoolMovement((BigDecimal) pool.get("contributions"), (BigDecimal) pool.get("payouts"),
                ((Number) pool.get("payout_count")).longValue(), (BigDecimal) pool.get("balance"),
                ((Number) pool.get("payouts_to_date")).longValue());
    }
}
