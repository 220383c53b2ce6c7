package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.ipfin.core.money.Money;

/** Row of the statistics projection in {@link LoanApplications}, before the pledged assets are attached. */
record LoanFigureRow(Long id, Long applicantOrganizationId, Long lenderOrganizationId, Long productId,
        ApplicationState state, BigDecimal amount, BigDecimal annualRate, LocalDate submittedOn,
        LocalDate disbursedOn) {

    LoanFigure toFigure(Set<Long> assetIds) {
        return new LoanFigure(id, applicantOrganizationId, lenderOrganizationId, productId, state, Money.of(amount),
                annualRate, submittedOn, disbursedOn, Set.copyOf(assetIds));
    }
}
