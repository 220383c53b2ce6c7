package cn.ipfin.product;

import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.reference.Industry;
import cn.ipfin.ipasset.IpKind;

/**
 * What the platform knows about an enterprise when it recommends products. {@code yearsInBusiness} and
 * {@code creditGrade} are null when unknown, and the matcher then lists them as conditions the institution checks.
 */
public record EnterpriseFacts(String districtCode, Industry industry, Integer yearsInBusiness,
        CreditGrade creditGrade, List<OwnedIp> ipRights) {

    public EnterpriseFacts {
        ipRights = List.copyOf(ipRights);
    }

    /**
     * An IP right the enterprise owns: its type, whether it is in force and free to pledge, and its statutory
     * expiry, if known.
     */
    public record OwnedIp(IpKind kind, boolean inForce, LocalDate expiryDate) {
    }
}
