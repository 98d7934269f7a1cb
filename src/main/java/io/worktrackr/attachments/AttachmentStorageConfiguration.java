package io.worktrackr.attachments;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place that chooses the attachment store: {@code worktrackr.attachments.store=filesystem|s3}. */
@Configuration(proxyBeanMethods = false)
class AttachmentStorageConfiguration {

    @Bean
    AttachmentStore attachmentStore(AttachmentProperties properties) {
        return switch (properties.store()) {
            case FILESYSTEM -> new FileSystemAttachmentStore(properties.directory());
            case S3 -> S3AttachmentStore.from(properties.s3());
        };
    }
}
