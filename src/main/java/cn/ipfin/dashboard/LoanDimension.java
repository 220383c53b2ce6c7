package cn.ipfin.dashboard;

import java.util.function.Function;

/** A way to group loans: by lending bank, the applicant's industry or district, IP type or financing model. */
public enum LoanDimension {
    BANK(LoanFact::bank),
    INDUSTRY(LoanFact::industry),
    DISTRICT(LoanFact::district),
    IP_TYPE(LoanFact::ipType),
    FINANCING_MODEL(LoanFact::financingModel);

    private final Function<LoanFact, String> key;

    LoanDimension(Function<LoanFact, String> key) {
        this.key = key;
    }

    public String keyOf(LoanFact fact) {
        String value = key.apply(fact);
        return value == null ? LoanFact.UNSPECIFIED : value;
    }
}
