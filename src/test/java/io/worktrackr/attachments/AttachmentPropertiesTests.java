package io.worktrackr.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

class AttachmentPropertiesTests {

    private static AttachmentProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("worktrackr.attachments", AttachmentProperties.class);
    }

    @Test
    void theDefaultsAreTheFileSystemUnderTheDataDirectory25MbAnd20FilesAComment() {
        AttachmentProperties defaults = bind(Map.of());

        assertThat(defaults.store()).isEqualTo(AttachmentProperties.Store.FILESYSTEM);
        assertThat(defaults.directory().normalize()).isEqualTo(Path.of("data/attachments"));
        assertThat(defaults.maxFileSize()).isEqualTo(DataSize.ofMegabytes(25));
        assertThat(defaults.maxFilesPerComment()).isEqualTo(20);
        assertThat(defaults.s3().region()).isEqualTo("us-east-1");
        assertThat(defaults.s3().pathStyle()).isFalse();
    }

    @Test
    void everyLimitAndTheStoreAreConfigurable() {
        AttachmentProperties configured = bind(Map.of(
                "worktrackr.attachments.store",
                "s3",
                "worktrackr.attachments.max-file-size",
                "5MB",
                "worktrackr.attachments.max-files-per-comment",
                "3",
                "worktrackr.attachments.s3.bucket",
                "files",
                "worktrackr.attachments.s3.path-style",
                "true"));

        assertThat(configured.store()).isEqualTo(AttachmentProperties.Store.S3);
        assertThat(configured.maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(configured.maxFilesPerComment()).isEqualTo(3);
        assertThat(configured.s3().bucket()).isEqualTo("files");
        assertThat(configured.s3().pathStyle()).isTrue();
    }

    @Test
    void theEnvironmentVariableSetsTheFileSizeLimitThoughApplicationYmlNoLongerNamesIt() {
        var environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("WORKTRACKR_ATTACHMENTS_MAX_FILE_SIZE", "5MB"));

        AttachmentProperties configured = new Binder(ConfigurationPropertySources.from(environment))
                .bindOrCreate("worktrackr.attachments", AttachmentProperties.class);

        assertThat(configured.maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
    }

    @Test
    void theServletContainersPerFileLimitIsTheAttachmentsLimit() {
        var multipart =
                new AttachmentStorageConfiguration().multipartConfigElement(new MultipartProperties(), bind(Map.of()));
        var configured = new AttachmentStorageConfiguration()
                .multipartConfigElement(
                        new MultipartProperties(), bind(Map.of("worktrackr.attachments.max-file-size", "5MB")));

        assertThat(multipart.getMaxFileSize())
                .isEqualTo(DataSize.ofMegabytes(25).toBytes());
        assertThat(configured.getMaxFileSize())
                .isEqualTo(DataSize.ofMegabytes(5).toBytes());
        assertThat(configured.getMaxRequestSize())
                .isEqualTo(new MultipartProperties().getMaxRequestSize().toBytes());
    }
}
