package cn.ipfin.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.ipfin.dashboard.LoanStatistics.GroupTotal;
import cn.ipfin.dashboard.LoanStatistics.Totals;
import cn.ipfin.dashboard.StatTable.Column;
import cn.ipfin.dashboard.StatTable.Row;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.organization.Organization;
import cn.ipfin.product.FinancingModel;
import cn.ipfin.product.FinancingModelService;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Pledge loan statistics: headline figures, a table per {@link LoanDimension} and the loans issued over time. */
@Component
@Order(10)
class LoanMetrics implements MetricProvider {

    static final String SECTION = "loans";

    private static final List<Column> GROUP_COLUMNS = List.of(
            new Column("dashboard.column.issuedCount", FigureUnit.COUNT),
            new Column("dashboard.column.issuedAmount", FigureUnit.YUAN),
            new Column("dashboard.column.outstandingCount", FigureUnit.COUNT),
            new Column("dashboard.column.outstandingAmount", FigureUnit.YUAN));

    private final LoanFactReader reader;
    private final FinancingModelService models;
    private final MessageSource messages;
    private final LoanStatisticsCalculator calculator = new LoanStatisticsCalculator();

    LoanMetrics(LoanFactReader reader, FinancingModelService models, MessageSource messages) {
        this.reader = reader;
        this.models = models;
        this.messages = messages;
    }

    @Override
    public MetricSection section(DashboardQuery query, Locale locale) {
        LoanFactReader.Facts facts = reader.read(query);
        LoanStatistics statistics = calculator.compute(facts.loans(), query.period());
        Function<String, String> bankName = key -> bankName(key, facts.organizations(), locale);
        Map<String, String> modelNames = models.all().stream()
                .collect(Collectors.toMap(FinancingModel::getCode, model -> model.name(locale)));

        List<StatTable> tables = new ArrayList<>();
        tables.add(table(LoanDimension.BANK, ChartKind.BAR, false, statistics, bankName));
        tables.add(table(LoanDimension.DISTRICT, ChartKind.BAR, true, statistics,
                key -> label("district." + key, key, locale)));
        tables.add(table(LoanDimension.INDUSTRY, ChartKind.BAR, true, statistics,
                key -> label("industry." + key, key, locale)));
        tables.add(table(LoanDimension.IP_TYPE, ChartKind.BAR, true, statistics, key -> ipTypeLabel(key, locale)));
        tables.add(table(LoanDimension.FINANCING_MODEL, ChartKind.PIE, true, statistics,
                key -> modelNames.getOrDefault(key, label("dashboard.unspecified", key, locale))));
        tables.add(series(statistics));
        return new MetricSection(SECTION, figures(statistics.totals()), tables);
    }

    private static List<Figure> figures(Totals totals) {
        return List.of(
                new Figure("dashboard.figure.issuedCount", FigureUnit.COUNT, count(totals.issuedCount())),
                new Figure("dashboard.figure.issuedAmount", FigureUnit.YUAN, totals.issuedAmount().amount())
                        .basedOn(totals.issuedCount()),
                new Figure("dashboard.figure.outstandingCount", FigureUnit.COUNT, count(totals.outstandingCount())),
                new Figure("dashboard.figure.outstandingAmount", FigureUnit.YUAN,
                        totals.outstandingAmount().amount()).basedOn(totals.outstandingCount()),
                new Figure("dashboard.figure.defaultedAmount", FigureUnit.YUAN, totals.defaultedAmount().amount())
                        .basedOn(totals.defaultedCount()),
                // The ratio times the outstanding balance gives the defaulted balance, so it is withheld with it.
                new Figure("dashboard.figure.nplRatio", FigureUnit.PERCENT, totals.nplRatio())
                        .basedOn(totals.defaultedCount()),
                new Figure("dashboard.figure.averageRate", FigureUnit.PERCENT, totals.averageRate())
                        .basedOn(totals.issuedCount()),
                new Figure("dashboard.figure.enterprisesServed", FigureUnit.COUNT, count(totals.enterprisesServed())),
                new Figure("dashboard.figure.approvalRate", FigureUnit.PERCENT, totals.approvalRate()),
                new Figure("dashboard.figure.averageDays", FigureUnit.DAYS, totals.averageDaysToDisbursement()));
    }

    private static StatTable table(LoanDimension dimension, ChartKind chart, boolean publicView,
            LoanStatistics statistics, Function<String, String> label) {
        List<Row> rows = statistics.groups().get(dimension).stream().map(group -> row(group, label)).toList();
        return new StatTable(dimension.name().toLowerCase(Locale.ROOT), chart, publicView, GROUP_COLUMNS, rows);
    }

    private static Row row(GroupTotal group, Function<String, String> label) {
        return new Row(group.key(), label.apply(group.key()), List.of(count(group.issuedCount()),
                group.issuedAmount().amount(), count(group.outstandingCount()), group.outstandingAmount().amount()));
    }

    private static StatTable series(LoanStatistics statistics) {
        List<Row> rows = statistics.series().stream().map(step -> new Row(step.label(), step.label(),
                List.of(count(step.issuedCount()), step.issuedAmount().amount()))).toList();
        return new StatTable("loans_over_time", ChartKind.LINE, true, List.of(GROUP_COLUMNS.get(0),
                GROUP_COLUMNS.get(1)), rows);
    }

    private String bankName(String key, Map<Long, Organization> organizations, Locale locale) {
        Organization bank = LoanFact.UNSPECIFIED.equals(key) ? null : organizations.get(Long.valueOf(key));
        return bank == null ? label("dashboard.unspecified", key, locale) : bank.getName();
    }

    private String ipTypeLabel(String key, Locale locale) {
        if (LoanFact.MIXED.equals(key) || LoanFact.UNSPECIFIED.equals(key)) {
            return label("dashboard.ipType." + key, key, locale);
        }
        return label(IpKind.valueOf(key).messageKey(), key, locale);
    }

    private String label(String messageKey, String fallback, Locale locale) {
        return messages.getMessage(messageKey, null, fallback, locale);
    }

    private static BigDecimal count(long value) {
        return BigDecimal.valueOf(value);
    }
}
