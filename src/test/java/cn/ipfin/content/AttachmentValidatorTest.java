package cn.ipfin.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.ipfin.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class AttachmentValidatorTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] DOC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0, 0, 0};

    private final AttachmentValidator validator = new AttachmentValidator();

    static byte[] zip(String entryName) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void acceptsPdfDocAndDocx() throws IOException {
        assertThat(validator.validate("办法.pdf", "application/pdf", PDF)).isEqualTo(AttachmentType.PDF);
        assertThat(validator.validate("通知.DOC", "application/msword", DOC)).isEqualTo(AttachmentType.DOC);
        assertThat(validator.validate("解读.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip("word/document.xml")))
                .isEqualTo(AttachmentType.DOCX);
    }

    @Test
    void acceptsGenericDeclaredTypeWhenContentMatches() {
        assertThat(validator.validate("办法.pdf", "application/octet-stream", PDF)).isEqualTo(AttachmentType.PDF);
        assertThat(validator.validate("办法.pdf", null, PDF)).isEqualTo(AttachmentType.PDF);
    }

    @Test
    void rejectsOtherExtensions() {
        assertRejected("page.html", "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8),
                "content.attachment.type");
        assertRejected("tool.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}, "content.attachment.type");
        assertRejected("no-extension", "application/pdf", PDF, "content.attachment.type");
    }

    @Test
    void rejectsDeclaredTypeThatDoesNotFitExtension() {
        assertRejected("办法.pdf", "text/html", PDF, "content.attachment.declaredType");
        assertRejected("通知.doc", "application/pdf", DOC, "content.attachment.declaredType");
    }

    @Test
    void rejectsContentThatIsNotTheClaimedFormat() throws IOException {
        assertRejected("fake.pdf", "application/pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "content.attachment.content");
        assertRejected("fake.doc", "application/msword", PDF, "content.attachment.content");
        assertRejected("fake.docx", "application/octet-stream", zip("xl/workbook.xml"), "content.attachment.content");
        assertRejected("fake.docx", "application/octet-stream", new byte[] {'P', 'K', 3, 4, 1, 2, 3},
                "content.attachment.content");
    }

    @Test
    void rejectsEmptyFile() {
        assertRejected("empty.pdf", "application/pdf", new byte[0], "content.attachment.empty");
    }

    @Test
    void rejectsFileOverTenMegabytes() {
        byte[] tooLarge = Arrays.copyOf(PDF, (int) AttachmentValidator.MAX_BYTES + 1);
        byte[] largest = Arrays.copyOf(PDF, (int) AttachmentValidator.MAX_BYTES);

        assertRejected("big.pdf", "application/pdf", tooLarge, "content.attachment.tooLarge");
        assertThat(validator.validate("big.pdf", "application/pdf", largest)).isEqualTo(AttachmentType.PDF);
    }

    private void assertRejected(String fileName, String declaredType, byte[] content, String messageKey) {
        assertThatThrownBy(() -> validator.validate(fileName, declaredType, content))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).field()).isEqualTo("file");
                    assertThat(e.violations().get(0).messageKey()).isEqualTo(messageKey);
                });
    }
}
