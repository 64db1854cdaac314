package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.TandemProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Several Tandem processes starting at the same moment on one empty PostgreSQL database with the demo on, as behind
 * a load balancer: every one starts, and the administrator and the demo organisation exist once. This class runs in
 * the PostgreSQL pass of {@code ./tandem test} only (see pom.xml): the embedded H2 database is opened by one process
 * at a time, so there is no such race on it.
 */
class MultiNodeStartPostgresIntegrationTests {

    private static final int NODES = 2;

    @Test
    void processesStartingAtOnceOnAnEmptyDatabaseAllStartAndCreateTheAdministratorAndTheDemoOnce() throws Exception {
        String url = System.getProperty("spring.datasource.url");
        String user = System.getProperty("spring.datasource.username");
        String password = System.getProperty("spring.datasource.password");
        String database = "tandem_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, user, password, "create database " + database);
        String nodeUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
        Path dataDir = Files.createTempDirectory("tandem-nodes");
        Map<String, String> environment = Map.of("TANDEM_DB_URL", nodeUrl, "TANDEM_DB_USER", user,
                "TANDEM_DB_PASSWORD", password, "TANDEM_DEMO", "true", "TANDEM_DATA_DIR", dataDir.toString(),
                "TANDEM_ADMIN_PASSWORD", UUID.randomUUID().toString());
        List<TandemProcess> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            nodes.add(new TandemProcess(environment, Path.of("target", "multi-node", database + "-" + i + ".log")));
        }
        ExecutorService starters = Executors.newFixedThreadPool(NODES);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (TandemProcess node : nodes) {
                started.add(starters.submit(node::start));
            }
            for (Future<?> start : started) {
                start.get(5, TimeUnit.MINUTES);
            }

            try (Connection c = DriverManager.getConnection(nodeUrl, user, password)) {
                assertThat(count(c, "select count(*) from person where username = 'admin'")).isEqualTo(1);
                // the two current projects and the three finished ones the delay-risk model learns from
                assertThat(count(c, "select count(*) from project")).as("the demo's five projects, once").isEqualTo(5);
            }
        } finally {
            starters.shutdownNow();
            nodes.forEach(TandemProcess::kill);
            execute(url, user, password, "drop database if exists " + database + " with (force)");
        }
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute(sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
