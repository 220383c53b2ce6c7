package cn.ipfin.ipasset;

import java.util.HashMap;

/** Lets tests in other packages give a fixture fresh application numbers, as the import tests do. */
public final class ImportApiTestAccess {

    private ImportApiTestAccess() {
    }

    public static byte[] withFreshNumbers(byte[] fixture) {
        return ImportApiTest.withFreshNumbers(fixture, new HashMap<>());
    }
}
