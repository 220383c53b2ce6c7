package cn.ipfin.core.web;

import java.util.Locale;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives a page the upload size message when {@link UploadSizeLimitFilter} sent a rejected upload back to it, so
 * the shared layout shows the message as an alert above the form.
 */
@ControllerAdvice(annotations = Controller.class)
class UploadTooLargeAdvice {

    private final long maxFileSize;
    private final MessageSource messages;

    UploadTooLargeAdvice(MultipartConfigElement multipart, MessageSource messages) {
        this.maxFileSize = multipart.getMaxFileSize();
        this.messages = messages;
    }

    @ModelAttribute("uploadTooLargeMessage")
    String uploadTooLargeMessage(HttpServletRequest request, Locale locale) {
        if (request.getParameter(UploadSizeLimitFilter.MARKER_PARAMETER) == null) {
            return null;
        }
        return messages.getMessage("error.upload.overLimit", new Object[] {maxFileSize / (1024 * 1024)}, locale);
    }
}
