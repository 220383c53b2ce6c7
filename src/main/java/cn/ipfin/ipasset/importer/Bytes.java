package cn.ipfin.ipasset.importer;

/** Byte signature checks for format and encoding detection. */
final class Bytes {

    private Bytes() {
    }

    /** Returns whether {@code content} starts with the given unsigned byte values. */
    static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
