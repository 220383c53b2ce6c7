package cn.ipfin.loan;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the loan page shows after disbursement: the position on {@code position().asOf()}, the current schedule
 * with what has been paid, the repayments, the instalments early repayments replaced, the penalty rate and the
 * account version a repayment must name.
 */
public record LoanServicing(LoanPosition position, List<InstallmentBalance> installments, List<Repayment> repayments,
        List<ReplacedInstallment> replaced, BigDecimal penaltyRate, long version) {

    public LoanServicing {
        installments = List.copyOf(installments);
        repayments = List.copyOf(repayments);
        replaced = List.copyOf(replaced);
    }
}
