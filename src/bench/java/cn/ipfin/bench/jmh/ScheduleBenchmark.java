package cn.ipfin.bench.jmh;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import cn.ipfin.loan.LoanTerms;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.loan.RepaymentSchedule;
import cn.ipfin.loan.RepaymentScheduleCalculator;

/** A 360-month schedule of 3,000,000 yuan at 4.35 % for each repayment method; target below 1 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScheduleBenchmark {

    @Param({"EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL", "INTEREST_ONLY"})
    public RepaymentMethod method;

    private final RepaymentScheduleCalculator calculator = new RepaymentScheduleCalculator();
    private LoanTerms terms;

    @Setup
    public void setUp() {
        terms = new LoanTerms(Money.of("3000000.00"), new BigDecimal("0.0435"), 360, method,
                LocalDate.of(2026, 1, 15));
    }

    @Benchmark
    public RepaymentSchedule schedule360Months() {
        return calculator.calculate(terms);
    }
}
