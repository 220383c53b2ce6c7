package cn.ipfin.bench.jmh;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import cn.ipfin.credit.CreditRatingCalculator;
import cn.ipfin.credit.CreditRatingResult;
import cn.ipfin.credit.RatingFactor;
import cn.ipfin.credit.RatingInput;
import cn.ipfin.credit.RatingModel;
import cn.ipfin.credit.RatingModel.Bin;
import cn.ipfin.credit.RatingModel.Choice;
import cn.ipfin.credit.RatingModel.GradeThreshold;

/** One credit rating on the default scorecard (version 1 of V12__credit_rating_model.sql). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CreditRatingBenchmark {

    private final CreditRatingCalculator calculator = new CreditRatingCalculator();
    private final RatingModel model = new RatingModel(1, Map.of(
            RatingFactor.DEBT_RATIO, List.of(bin(null, "0.40", 12), bin("0.40", "0.55", 9), bin("0.55", "0.70", 6),
                    bin("0.70", "0.85", 3), bin("0.85", null, 0)),
            RatingFactor.CURRENT_RATIO, List.of(bin("2.00", null, 10), bin("1.50", "2.00", 8),
                    bin("1.20", "1.50", 6), bin("1.00", "1.20", 3), bin(null, "1.00", 0)),
            RatingFactor.REVENUE_GROWTH, List.of(bin("0.30", null, 10), bin("0.15", "0.30", 8),
                    bin("0.05", "0.15", 6), bin("0", "0.05", 3), bin(null, "0", 0)),
            RatingFactor.NET_MARGIN, List.of(bin("0.15", null, 10), bin("0.08", "0.15", 8), bin("0.03", "0.08", 5),
                    bin("0", "0.03", 2), bin(null, "0", 0)),
            RatingFactor.RD_INTENSITY, List.of(bin("0.06", null, 10), bin("0.04", "0.06", 8),
                    bin("0.03", "0.04", 6), bin("0.02", "0.03", 4), bin(null, "0.02", 0)),
            RatingFactor.OPERATING_CASH_TO_LIABILITIES, List.of(bin("0.40", null, 8), bin("0.20", "0.40", 6),
                    bin("0.10", "0.20", 4), bin("0", "0.10", 2), bin(null, "0", 0))),
            Map.of(RatingFactor.MANAGEMENT, List.of(choice("STRONG", 10), choice("ADEQUATE", 6), choice("WEAK", 2)),
                    RatingFactor.IP_QUALITY, List.of(choice("HIGH", 10), choice("MEDIUM", 6), choice("LOW", 2),
                            choice("NONE", 0)),
                    RatingFactor.POLICY_FIT, List.of(choice("ENCOURAGED", 10), choice("NEUTRAL", 5),
                            choice("RESTRICTED", 0)),
                    RatingFactor.CREDIT_HISTORY, List.of(choice("CLEAN", 10), choice("MINOR_LATE", 5),
                            choice("DEFAULTED", 0))),
            List.of(new GradeThreshold("AAA", 90), new GradeThreshold("AA", 80), new GradeThreshold("A", 70),
                    new GradeThreshold("BBB", 60), new GradeThreshold("BB", 50), new GradeThreshold("B", 40),
                    new GradeThreshold("CCC", 30), new GradeThreshold("CC", 20), new GradeThreshold("C", 0)));
    private final RatingInput input = new RatingInput(Map.of(
            RatingFactor.DEBT_RATIO, new BigDecimal("0.48"), RatingFactor.CURRENT_RATIO, new BigDecimal("1.65"),
            RatingFactor.REVENUE_GROWTH, new BigDecimal("0.12"), RatingFactor.NET_MARGIN, new BigDecimal("0.07"),
            RatingFactor.RD_INTENSITY, new BigDecimal("0.05"),
            RatingFactor.OPERATING_CASH_TO_LIABILITIES, new BigDecimal("0.25")),
            Map.of(RatingFactor.MANAGEMENT, "ADEQUATE", RatingFactor.IP_QUALITY, "MEDIUM",
                    RatingFactor.POLICY_FIT, "ENCOURAGED", RatingFactor.CREDIT_HISTORY, "CLEAN"));

    @Benchmark
    public CreditRatingResult rate() {
        return calculator.rate(model, input);
    }

    private static Bin bin(String lower, String upper, int points) {
        return new Bin(lower == null ? null : new BigDecimal(lower), upper == null ? null : new BigDecimal(upper),
                points);
    }

    private static Choice choice(String code, int points) {
        return new Choice(code, points, code, code);
    }
}
