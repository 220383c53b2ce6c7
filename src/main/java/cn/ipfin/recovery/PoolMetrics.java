package cn.ipfin.recovery;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.dashboard.DashboardQuery;
import cn.ipfin.dashboard.Figure;
import cn.ipfin.dashboard.FigureUnit;
import cn.ipfin.dashboard.MetricProvider;
import cn.ipfin.dashboard.MetricSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Use of the government risk-compensation pool (风险补偿资金池) for the dashboard: contributions and payouts with
 * entry dates in the period, and the balance at the end of the period (all contributions less all payouts up to
 * that day). The bank filter does not apply, because the pool is shared by every lender.
 */
@Component
@Order(40)
class PoolMetrics implements MetricProvider {

    static final String SECTION = "riskPool";

    private final JdbcTemplate jdbc;

    PoolMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MetricSection section(DashboardQuery query, Locale locale) {
        Map<String, Object> pool = jdbc.queryForMap("""
                select
                  coalesce(sum(amount) filter (where kind = 'CONTRIBUTION' and entry_date >= ?), 0) as contributions,
                  coalesce(sum(amount) filter (where kind = 'PAYOUT' and entry_date >= ?), 0) as payouts,
                  count(*) filter (where kind = 'PAYOUT' and entry_date >= ?) as payout_count,
                  coalesce(sum(case when kind = 'CONTRIBUTION' then amount else -amount end), 0) as balance
                from risk_pool_entry where entry_date <= ?
                """, query.period().from(), query.period().from(), query.period().from(), query.period().to());
        List<Figure> figures = List.of(
                Figure.ofNumber("dashboard.figure.poolContributions", FigureUnit.YUAN,
                        (Number) pool.get("contributions")),
                Figure.ofNumber("dashboard.figure.poolPayouts", FigureUnit.YUAN, (Number) pool.get("payouts")),
                Figure.ofNumber("dashboard.figure.poolPayoutCount", FigureUnit.COUNT,
                        (Number) pool.get("payout_count")),
                Figure.ofNumber("dashboard.figure.poolBalance", FigureUnit.YUAN, (Number) pool.get("balance")));
        return new MetricSection(SECTION, figures, List.of());
    }
}
