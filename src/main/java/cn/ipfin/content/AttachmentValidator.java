package cn.ipfin.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.ipfin.core.error.InvalidInputException;

/**
 * Checks an uploaded attachment before it is stored: a PDF or Word file (.pdf, .doc, .docx) of at most
 * {@link #MAX_BYTES}, whose declared media type fits its extension and whose first bytes are those of that format.
 *
 * <p>The content check reads magic bytes: {@code %PDF-} for PDF, the OLE2 header {@code D0 CF 11 E0 A1 B1 1A E1}
 * for .doc, and for .docx a ZIP archive that contains {@code word/document.xml}. A browser that cannot tell the
 * type sends {@code application/octet-stream}, which passes the declared-type check and leaves the decision to
 * the content check.
 */
public final class AttachmentValidator {

    /** The largest attachment accepted: 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final String GENERIC_TYPE = "application/octet-stream";
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /**
     * Returns the type of a valid attachment.
     *
     * @throws InvalidInputException on field {@code file} when the file is empty, too large, of another type, or
     *         its content or declared type does not match its extension
     */
    public AttachmentType validate(String fileName, String declaredType, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "content.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "content.attachment.tooLarge", fileName, MAX_BYTES / 1024 / 1024);
        }
        AttachmentType type = AttachmentType.ofFileName(fileName)
                .orElseThrow(() -> InvalidInputException.of("file", "content.attachment.type", fileName));
        String declared = declaredType == null ? GENERIC_TYPE : declaredType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!declared.equals(GENERIC_TYPE) && !type.accepts(declared)) {
            throw InvalidInputException.of("file", "content.attachment.declaredType", fileName, declared);
        }
        if (!contentMatches(type, content)) {
            throw InvalidInputException.of("file", "content.attachment.content", fileName);
        }
        return type;
    }

    private static boolean contentMatches(AttachmentType type, byte[] content) {
        return switch (type) {
            case PDF -> startsWith(content, PDF_MAGIC);
            case DOC -> startsWith(content, OLE2_MAGIC);
            case DOCX -> startsWith(content, ZIP_MAGIC) && hasWordDocument(content);
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean hasWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
