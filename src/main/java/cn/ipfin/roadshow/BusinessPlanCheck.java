package cn.ipfin.roadshow;

import java.util.Optional;

/**
 * Checks an uploaded business plan (商业计划书) by content: it must be a PDF, recognised by its {@code %PDF-}
 * header whatever the file is called, and at most {@link #MAX_BYTES}.
 */
public final class BusinessPlanCheck {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private BusinessPlanCheck() {
    }

    /** Returns the message key of the problem, or empty when the file may be stored. */
    public static Optional<String> problem(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of("roadshow.plan.empty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("roadshow.plan.tooLarge");
        }
        if (content.length < PDF_MAGIC.length) {
            return Optional.of("roadshow.plan.notPdf");
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (content[i] != PDF_MAGIC[i]) {
                return Optional.of("roadshow.plan.notPdf");
            }
        }
        return Optional.empty();
    }
}
