package cn.ipfin.product.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.identifier.PatentApplicationNumber;

/** Request bodies for product and IP tests, each with unique names and numbers. */
final class ProductFixtures {

    private static int serial = (int) (System.nanoTime() % 1_000_000);

    private ProductFixtures() {
    }

    /** A valid IP pledge loan of 1 to 10 million yuan for 12 to 36 months, on inventions and utility models. */
    static Map<String, Object> pledgeLoan(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "IP_PLEDGE_LOAN");
        body.put("name", name);
        body.put("description", "以有效发明专利或实用新型质押");
        body.put("minAmount", "1000000");
        body.put("maxAmount", "10000000");
        body.put("minTermMonths", 12);
        body.put("maxTermMonths", 36);
        body.put("minSpreadBp", 50);
        body.put("maxSpreadBp", 150);
        body.put("guaranteeFeeRate", "0.01");
        body.put("valuationFee", "5000");
        body.put("eligibleIpKinds", List.of("INVENTION", "UTILITY_MODEL"));
        body.put("pledgeRateCaps", Map.of("INVENTION", "0.5", "UTILITY_MODEL", "0.3"));
        body.put("minCreditGrade", "BBB");
        body.put("minYearsInBusiness", 2);
        body.put("industries", List.of());
        body.put("districts", List.of("140100"));
        body.put("financingModel", "DIRECT_PLEDGE");
        body.put("repaymentMethods", List.of("EQUAL_INSTALLMENT", "INTEREST_ONLY"));
        return body;
    }

    /** A manually entered patent owned by the named organisation, filed on the given date. */
    static Map<String, Object> patent(String owner, String kind, String filingDate) {
        Map<String, Object> form = new HashMap<>();
        form.put("kind", kind);
        form.put("number", nextNumber("INVENTION".equals(kind) ? 1 : 2));
        form.put("title", "一种产品推荐测试装置");
        form.put("owners", owner);
        form.put("filingDate", filingDate);
        form.put("claimsCount", "8");
        form.put("legalStatus", "VALID");
        return form;
    }

    private static synchronized String nextNumber(int typeDigit) {
        String digits = String.format("2022%d%07d", typeDigit, serial++ % 10_000_000);
        return digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
    }
}
