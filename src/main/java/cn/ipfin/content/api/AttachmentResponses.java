package cn.ipfin.content.api;

import java.nio.charset.StandardCharsets;

import cn.ipfin.content.ArticleService.AttachmentFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Builds the download response of an attachment, with its media type and UTF-8 file name. */
public final class AttachmentResponses {

    private AttachmentResponses() {
    }

    public static ResponseEntity<byte[]> download(AttachmentFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
