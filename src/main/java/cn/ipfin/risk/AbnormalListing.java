package cn.ipfin.risk;

import java.time.LocalDate;

/** An enterprise's entry on the abnormal-operation list as an alert shows it. The reason may be null. */
record AbnormalListing(String name, LocalDate listedOn, String reason) {

    static AbnormalListing of(AbnormalOperationEntry entry) {
        return new AbnormalListing(entry.getName(), entry.getListedOn(), entry.getReason());
    }
}
