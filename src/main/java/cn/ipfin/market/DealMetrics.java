package cn.ipfin.market;

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
 * IP trading volume (交易量) for the dashboard: deals agreed in the period, by the agreement day in China Standard
 * Time, and their amount, which is the contract price once a contract is signed and the agreed price before. The
 * bank filter does not apply, because a deal has no lending bank.
 */
@Component
@Order(50)
class DealMetrics implements MetricProvider {

    static final String SECTION = "market";

    private final JdbcTemplate jdbc;

    DealMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MetricSection section(DashboardQuery query, Locale locale) {
        Map<String, Object> deals = jdbc.queryForMap("""
                select count(*) as deals, coalesce(sum(coalesce(contract_price, price)), 0) as amount
                from market_deal
                where cast(created_at at time zone 'Asia/Shanghai' as date) between ? and ?
                """, query.period().from(), query.period().to());
        List<Figure> figures = List.of(
                Figure.ofNumber("dashboard.figure.dealCount", FigureUnit.COUNT, (Number) deals.get("deals")),
                Figure.ofNumber("dashboard.figure.dealAmount", FigureUnit.YUAN, (Number) deals.get("amount")));
        return new MetricSection(SECTION, figures, List.of());
    }
}
