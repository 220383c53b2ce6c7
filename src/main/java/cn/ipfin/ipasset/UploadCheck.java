package cn.ipfin.ipasset;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an uploaded patent list by name and content before it is parsed: only CSV, text and Excel files of at
 * most {@link #MAX_BYTES}, and never a file whose first bytes show another type (PDF, images, executables) or
 * binary content posing as text.
 */
public final class UploadCheck {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Set<String> EXTENSIONS = Set.of("csv", "txt", "xlsx", "xls");
    private static final int SNIFF_LENGTH = 4096;

    private UploadCheck() {
    }

    /** Returns the message key of the problem, or empty when the upload may be parsed. */
    public static Optional<String> problem(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("error.upload.tooLarge");
        }
        String extension = extension(fileName);
        if (!EXTENSIONS.contains(extension)) {
            return Optional.of("import.file.unsupported");
        }
        if (startsWith(content, 'P', 'K', 3, 4) || startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return extension.equals("xlsx") || extension.equals("xls") ? Optional.empty()
                    : Optional.of("import.file.unsupported");
        }
        return looksBinary(content) ? Optional.of("import.file.unsupported") : Optional.empty();
    }

    private static boolean looksBinary(byte[] content) {
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            return false;
        }
        int length = Math.min(content.length, SNIFF_LENGTH);
        for (int i = 0; i < length; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
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

    private static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
