package cn.ipfin.roadshow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps business plans as files under {@code ${ipfin.data-dir}/roadshow-plans}, named by a random id so that
 * the uploaded file name never reaches the file system. Every instance must share the directory.
 */
@Component
class BusinessPlanStore {

    private final Path directory;

    BusinessPlanStore(@Value("${ipfin.data-dir}") String dataDir) {
        this.directory = Path.of(dataDir, "roadshow-plans");
    }

    String save(byte[] content) {
        String storedName = UUID.randomUUID() + ".pdf";
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(storedName), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Storing a business plan in " + directory + " failed", e);
        }
        return storedName;
    }

    byte[] load(String storedName) {
        try {
            return Files.readAllBytes(directory.resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading business plan " + storedName + " failed", e);
        }
    }

    void delete(String storedName) {
        try {
            Files.deleteIfExists(directory.resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("Deleting business plan " + storedName + " failed", e);
        }
    }
}
