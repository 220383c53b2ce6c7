package cn.ipfin.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.ipfin.dashboard.StatTable.Column;
import cn.ipfin.dashboard.StatTable.Row;
import cn.ipfin.product.RiskParty;
import cn.ipfin.recovery.DefaultCase;
import cn.ipfin.recovery.LossClaim;
import cn.ipfin.recovery.RecoveryService;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Default and disposal statistics over the cases closed in the period: how many, the loss, the disposal proceeds,
 * the share of the loss they recovered, and per party the loss borne and the proceeds allocated back.
 */
@Component
@Order(45)
class RecoveryMetrics implements MetricProvider {

    static final String SECTION = "recovery";

    /** The bar chart draws the two amounts, the second and fourth columns, as every grouped table does. */
    private static final List<Column> PARTY_COLUMNS = List.of(
            new Column("dashboard.column.closedCases", FigureUnit.COUNT),
            new Column("dashboard.column.lossBorne", FigureUnit.YUAN),
            new Column("dashboard.column.recoveryRate", FigureUnit.PERCENT),
            new Column("dashboard.column.recovered", FigureUnit.YUAN));

    private final RecoveryService recovery;
    private final MessageSource messages;

    RecoveryMetrics(RecoveryService recovery, MessageSource messages) {
        this.recovery = recovery;
        this.messages = messages;
    }

    @Override
    public MetricSection section(DashboardQuery query, Locale locale) {
        List<DefaultCase> closed = recovery.closedBetween(query.period().from(), query.period().to(), query.bankId());
        BigDecimal loss = BigDecimal.ZERO;
        BigDecimal proceeds = BigDecimal.ZERO;
        BigDecimal recovered = BigDecimal.ZERO;
        Map<RiskParty, PartySums> byParty = new EnumMap<>(RiskParty.class);
        for (DefaultCase defaultCase : closed) {
            loss = loss.add(defaultCase.getLossAmount().amount());
            proceeds = proceeds.add(defaultCase.getProceeds().amount());
            for (LossClaim claim : defaultCase.getClaims()) {
                if (claim.getRecovered() == null) {
                    continue;
                }
                byParty.computeIfAbsent(claim.getParty(), party -> new PartySums()).add(claim);
                recovered = recovered.add(claim.getRecovered().amount());
            }
        }

        List<Figure> figures = List.of(
                new Figure("dashboard.figure.closedCases", FigureUnit.COUNT, BigDecimal.valueOf(closed.size())),
                new Figure("dashboard.figure.closedLoss", FigureUnit.YUAN, loss).basedOn(closed.size()),
                new Figure("dashboard.figure.disposalProceeds", FigureUnit.YUAN, proceeds).basedOn(closed.size()),
                new Figure("dashboard.figure.recoveryRate", FigureUnit.PERCENT, share(recovered, loss))
                        .basedOn(closed.size()));

        List<Row> rows = new ArrayList<>();
        byParty.forEach((party, sums) -> rows.add(new Row(party.name(),
                messages.getMessage(party.messageKey(), null, party.name(), locale),
                Arrays.asList(sums.cases, sums.loss, share(sums.recovered, sums.loss), sums.recovered))));
        return new MetricSection(SECTION, figures, List.of(new StatTable("recovery_by_party", ChartKind.BAR, false,
                PARTY_COLUMNS, rows)));
    }

    /** Totals of one party: the cases it bore a loss in, the loss borne and the proceeds allocated back. */
    private static final class PartySums {

        private BigDecimal cases = BigDecimal.ZERO;
        private BigDecimal loss = BigDecimal.ZERO;
        private BigDecimal recovered = BigDecimal.ZERO;

        void add(LossClaim claim) {
            cases = cases.add(BigDecimal.ONE);
            loss = loss.add(claim.getAmount().amount());
            recovered = recovered.add(claim.getRecovered().amount());
        }
    }

    /** Returns the part as a fraction of the whole, or null when the whole is zero. */
    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 6, RoundingMode.HALF_UP);
    }
}
