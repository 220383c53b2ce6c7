package cn.ipfin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps attachment bytes in {@code ${ipfin.data-dir}/content/attachments}, one file per random key, a directory
 * that every application instance must share.
 */
@Component
class AttachmentStorage {

    private final Path directory;

    AttachmentStorage(@Value("${ipfin.data-dir}") String dataDir) {
        this.directory = Path.of(dataDir, "content", "attachments");
    }

    /** Writes the bytes and returns the key to read them back. */
    String store(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(key), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Storing attachment in " + directory + " failed", e);
        }
        return key;
    }

    byte[] read(String key) {
        try {
            return Files.readAllBytes(directory.resolve(UUID.fromString(key).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading attachment " + key + " failed", e);
        }
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(directory.resolve(UUID.fromString(key).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Deleting attachment " + key + " failed", e);
        }
    }
}
