package cn.ipfin.dashboard;

import java.util.List;
import java.util.Locale;

import cn.ipfin.recovery.PoolMovement;
import cn.ipfin.recovery.PoolStatistics;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Use of the government risk-compensation pool for the dashboard, from the recovery module's statistics. The bank
 * filter does not apply, because the pool is shared by every lender.
 */
@Component
@Order(40)
class PoolMetrics implements MetricProvider {

    static final String SECTION = "riskPool";

    private final PoolStatistics pool;

    PoolMetrics(PoolStatistics pool) {
        this.pool = pool;
    }

    @Override
    public MetricSection section(DashboardQuery query, Locale locale) {
        PoolMovement movement = pool.movement(query.period().from(), query.period().to());
        List<Figure> figures = List.of(
                Figure.ofNumber("dashboard.figure.poolContributions", FigureUnit.YUAN, movement.contributions()),
                Figure.ofNumber("dashboard.figure.poolPayouts", FigureUnit.YUAN, movement.payouts())
                        .basedOn(movement.payoutCount()),
                Figure.ofNumber("dashboard.figure.poolPayoutCount", FigureUnit.COUNT, movement.payoutCount()),
                // The balance is contributions less every payout so far, so it is withheld with too few payouts.
                Figure.ofNumber("dashboard.figure.poolBalance", FigureUnit.YUAN, movement.balance())
                        .basedOn(movement.payoutCountToDate()));
        return new MetricSection(SECTION, figures, List.of());
    }
}
