package cn.ipfin.credit;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Declarations that qualify an eligible enterprise as a tech SME without scoring (直接认定).
 */
public enum DirectQualification {

    /** Holds a valid high-tech enterprise certificate (高新技术企业资格证书). */
    HIGH_TECH_ENTERPRISE,

    /** Won a national science and technology award (国家级科技奖励) within the last five years. */
    NATIONAL_SCIENCE_AWARD,

    /** Runs an R&amp;D institution recognised at provincial or ministerial level or above (省部级研发机构). */
    PROVINCIAL_RD_INSTITUTION,

    /** Led the drafting of a national or industry standard (主导制定国家标准或行业标准) within the last five years. */
    NATIONAL_OR_INDUSTRY_STANDARD_LEAD;

    /** Returns an unmodifiable copy that iterates in declaration order. */
    static Set<DirectQualification> sortedCopy(Collection<DirectQualification> qualifications) {
        EnumSet<DirectQualification> copy = EnumSet.noneOf(DirectQualification.class);
        copy.addAll(qualifications);
        return Collections.unmodifiableSet(copy);
    }
}
