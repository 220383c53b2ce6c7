package cn.ipfin.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A file type articles may carry as an attachment, with its file extension and media types. */
public enum AttachmentType {
    PDF("pdf", "application/pdf", Set.of("application/pdf", "application/x-pdf")),
    /** Word 97–2003, an OLE2 compound file. */
    DOC("doc", "application/msword", Set.of("application/msword")),
    /** Word 2007 and later, a ZIP package with {@code word/document.xml}. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private final String extension;
    private final String mediaType;
    private final Set<String> declaredTypes;

    AttachmentType(String extension, String mediaType, Set<String> declaredTypes) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.declaredTypes = declaredTypes;
    }

    /** Returns the type named by the extension of a file name, if it is one of the allowed ones. */
    public static Optional<AttachmentType> ofFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (AttachmentType type : values()) {
            if (type.extension.equals(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    boolean accepts(String declaredType) {
        return declaredTypes.contains(declaredType);
    }
}
