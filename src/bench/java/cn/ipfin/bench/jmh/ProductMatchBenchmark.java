package cn.ipfin.bench.jmh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.reference.District;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.product.CreditGrade;
import cn.ipfin.product.EnterpriseFacts;
import cn.ipfin.product.EnterpriseFacts.OwnedIp;
import cn.ipfin.product.FinancingRequest;
import cn.ipfin.product.ProductCriteria;
import cn.ipfin.product.ProductMatch;
import cn.ipfin.product.ProductMatchCalculator;

/** A recommendation: one enterprise ranked against every published product. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProductMatchBenchmark {

    @Param({"500"})
    public int products;

    private final ProductMatchCalculator calculator = new ProductMatchCalculator();
    private final LocalDate today = LocalDate.of(2026, 12, 5);
    private EnterpriseFacts facts;
    private FinancingRequest request;
    private List<ProductCriteria> criteria;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        facts = new EnterpriseFacts("140105", Industry.C, 6, CreditGrade.A, List.of(
                new OwnedIp(IpKind.INVENTION, true, today.plusYears(12)),
                new OwnedIp(IpKind.INVENTION, true, today.plusYears(8)),
                new OwnedIp(IpKind.UTILITY_MODEL, true, today.plusYears(4)),
                new OwnedIp(IpKind.TRADEMARK, true, null)));
        request = new FinancingRequest(Money.of("3000000.00"), 24, today);
        criteria = new ArrayList<>();
        List<IpKind> kinds = List.of(IpKind.values());
        for (int i = 0; i < products; i++) {
            Set<IpKind> eligible = EnumSet.of(kinds.get(random.nextInt(kinds.size())),
                    kinds.get(random.nextInt(kinds.size())));
            Set<Industry> industries = random.nextInt(3) == 0 ? Set.of()
                    : EnumSet.of(Industry.C, Industry.values()[random.nextInt(Industry.values().length)]);
            Set<String> districts = random.nextInt(2) == 0 ? Set.of()
                    : Set.of(District.ALL.get(random.nextInt(District.ALL.size())).code());
            criteria.add(new ProductCriteria(i + 1, Money.of("500000.00"),
                    Money.of(String.valueOf(1_000_000 * (1 + random.nextInt(20))) + ".00"), 6,
                    12 * (1 + random.nextInt(5)), random.nextInt(150), eligible, industries, districts,
                    CreditGrade.values()[random.nextInt(CreditGrade.values().length)],
                    random.nextInt(2) == 0 ? null : 1 + random.nextInt(5)));
        }
    }

    @Benchmark
    public List<ProductMatch> recommendOverAllProducts() {
        return calculator.rank(facts, request, criteria);
    }
}
