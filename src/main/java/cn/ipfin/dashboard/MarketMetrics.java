package cn.ipfin.dashboard;

import java.util.List;
import java.util.Locale;

import cn.ipfin.market.DealVolume;
import cn.ipfin.market.MarketStatistics;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * IP trading volume for the dashboard, from the market's statistics. The bank filter does not apply, because a
 * deal has no lending bank.
 */
@Component
@Order(50)
class MarketMetrics implements MetricProvider {

    static final String SECTION = "market";

    private final MarketStatistics market;

    MarketMetrics(MarketStatistics market) {
        this.market = market;
    }

    @Override
    public MetricSection section(DashboardQuery query, Locale locale) {
        DealVolume volume = market.volume(query.period().from(), query.period().to());
        List<Figure> figures = List.of(
                Figure.ofNumber("dashboard.figure.dealCount", FigureUnit.COUNT, volume.deals()),
                Figure.ofNumber("dashboard.figure.dealAmount", FigureUnit.YUAN, volume.amount()));
        return new MetricSection(SECTION, figures, List.of());
    }
}
