package cn.ipfin.ipasset.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.ipasset.ImportService.Upload;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps an upload on disk between the upload and the column mapping step, under a random token that only its
 * uploader can redeem. Files live in {@code ${ipfin.data-dir}/uploads}, which every instance must share.
 */
@Component
class StagedUploads {

    private final Path directory;

    StagedUploads(@Value("${ipfin.data-dir}") String dataDir) {
        this.directory = Path.of(dataDir, "uploads");
    }

    String save(Upload upload, String username) {
        String token = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(token + ".bin"), upload.content());
            Files.writeString(directory.resolve(token + ".meta"), username + "\n" + upload.fileName(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Staging upload in " + directory + " failed", e);
        }
        return token;
    }

    Upload load(String token, String username) {
        try {
            UUID.fromString(token);
            String[] meta = Files.readString(directory.resolve(token + ".meta"), StandardCharsets.UTF_8).split("\n", 2);
            if (!meta[0].equals(username)) {
                throw notFound(token);
            }
            return new Upload(meta[1], Files.readAllBytes(directory.resolve(token + ".bin")));
        } catch (IllegalArgumentException | IOException e) {
            throw notFound(token);
        }
    }

    void delete(String token) {
        try {
            Files.deleteIfExists(directory.resolve(token + ".bin"));
            Files.deleteIfExists(directory.resolve(token + ".meta"));
        } catch (IOException e) {
            throw new UncheckedIOException("Deleting staged upload " + token + " failed", e);
        }
    }

    private static NotFoundException notFound(String token) {
        return new NotFoundException("import.upload.not-found", "import.upload.notFound", token);
    }
}
