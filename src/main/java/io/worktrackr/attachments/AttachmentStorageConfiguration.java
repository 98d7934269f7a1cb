package io.worktrackr.attachments;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place that chooses the attachment store ({@code worktrackr.attachments.store=filesystem|s3}) and that
 * makes the servlet container's per-file upload limit the attachments' {@code max-file-size}, so the limit has
 * one source: the {@link AttachmentProperties} default or its configured value.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentStorageConfiguration {

    @Bean
    AttachmentStore attachmentStore(AttachmentProperties properties) {
        return switch (properties.store()) {
            case FILESYSTEM -> new FileSystemAttachmentStore(properties.directory());
            case S3 -> S3AttachmentStore.from(properties.s3());
        };
    }

    /** Spring's {@code spring.servlet.multipart.*} settings, with the per-file limit taken from the attachments. */
    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, AttachmentProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setLocation(multipart.getLocation());
        factory.setMaxFileSize(properties.maxFileSize());
        factory.setMaxRequestSize(multipart.getMaxRequestSize());
        factory.setFileSizeThreshold(multipart.getFileSizeThreshold());
        return factory.createMultipartConfig();
    }
}
