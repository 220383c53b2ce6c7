package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.ipfin.core.money.Money;

/**
 * The facts of one loan that statistics need, read as scalar columns without loading the application, its
 * events or its schedule. The amount and rate are the approved ones once the bank has prepared the loan, the
 * requested ones before, as in {@link LoanSummary}.
 */
public record LoanFigure(Long id, Long applicantOrganizationId, Long lenderOrganizationId, Long productId,
        ApplicationState state, Money amount, BigDecimal annualRate, LocalDate submittedOn, LocalDate disbursedOn,
        Set<Long> assetIds) {
}
