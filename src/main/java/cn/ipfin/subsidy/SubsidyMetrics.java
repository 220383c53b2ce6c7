package cn.ipfin.subsidy;

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
 * Interest subsidies (贴息) paid out in the period for the dashboard: the claims in state PAID whose payout date
 * lies in the period, their count, total amount and the distinct enterprises paid. The bank filter counts only
 * claims on loans of that lender.
 */
@Component
@Order(30)
class SubsidyMetrics implements MetricProvider {

    static final String SECTION = "subsidies";

    private final JdbcTemplate jdbc;

    SubsidyMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MetricSection section(DashboardQuery query, Locale locale) {
        Map<String, Object> paid = jdbc.queryForMap("""
                select count(*) as claims, coalesce(sum(amount), 0) as amount,
                       count(distinct enterprise_org_id) as enterprises
                from subsidy_claim
                where state = 'PAID' and paid_on between ? and ? and (cast(? as bigint) is null or lender_org_id = ?)
                """, query.period().from(), query.period().to(), query.bankId(), query.bankId());
        List<Figure> figures = List.of(
                Figure.ofNumber("dashboard.figure.subsidyPaidCount", FigureUnit.COUNT,
                        (Number) paid.get("claims")),
                Figure.ofNumber("dashboard.figure.subsidyPaidAmount", FigureUnit.YUAN,
                        (Number) paid.get("amount")),
                Figure.ofNumber("dashboard.figure.subsidyEnterprises", FigureUnit.COUNT,
                        (Number) paid.get("enterprises")));
        return new MetricSection(SECTION, figures, List.of());
    }
}
