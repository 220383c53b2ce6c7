package cn.ipfin.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.ipfin.core.identifier.CreditCode;

/**
 * Builds unique, valid registration data, so tests that share one database never collide.
 */
public final class TestData {

    public static final String PASSWORD = "Secret2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90000));

    private TestData() {
    }

    /** Returns a fresh valid credit code of the form 91140105 + 9 characters + check character. */
    public static String uniqueCreditCode() {
        String organizationCode = String.format("MA%07d", SEQUENCE.incrementAndGet());
        return CreditCode.withCheckCharacter("91140105" + organizationCode).value();
    }

    public static String uniqueUsername(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    /** A complete, valid registration of an organisation of the given type. */
    public static Map<String, Object> registration(String type, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("name", name);
        body.put("creditCode", uniqueCreditCode());
        body.put("district", "140105");
        body.put("industry", "I");
        body.put("contactName", "测试联系人");
        body.put("contactPhone", "13912345678");
        body.put("adminUsername", uniqueUsername("user"));
        body.put("adminPassword", PASSWORD);
        return body;
    }
}
