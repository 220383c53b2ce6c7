package cn.ipfin.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * Everything a loan document prints, gathered from the application, the organisations and the IP registry.
 * Fields of steps not yet taken are null: the registration before the pledge is registered, the final due date
 * before disbursement and the settlement date before the loan is settled.
 */
public record LoanDocumentContent(Long applicationId, String contractNumber, LocalDate issuedOn, Party pledgor,
        Party pledgee, Party guarantor, Money amount, BigDecimal annualRate, int termMonths, RepaymentMethod method,
        String purpose, LocalDate approvedOn, LocalDate disbursedOn, LocalDate finalDueDate,
        List<PledgedPatent> patents, Money conservativeValue, String valuationReference, BigDecimal pledgeRateCap,
        String registrationNumber, LocalDate registeredOn, LocalDate settledOn) {

    public LoanDocumentContent {
        patents = List.copyOf(patents);
    }

    /** A party to the contract with its unified social credit code (统一社会信用代码). */
    public record Party(String name, String creditCode, String contactName, String contactPhone) {
    }

    /**
     * A pledged patent. {@code kindKey} is the message key of its IP type, and {@code expiryDate} the end of its
     * statutory term.
     */
    public record PledgedPatent(String number, String title, String kindKey, String owners, LocalDate filingDate,
            LocalDate expiryDate) {
    }
}
