package dev.tandem.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Tandem as a separate operating-system process, started the way an operator starts it: the production configuration
 * (the main classes and their libraries, without the test classes and their in-memory database settings) and the
 * documented environment variables. Its console output goes to a file so that a failing test can show it.
 */
public final class TandemProcess {

    // generous: a start takes 30-60 s on an idle 2-core machine, several minutes when other builds share it
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(300);

    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private int port;

    /**
     * @param environment the TANDEM_* variables the process gets; any other TANDEM_* or SPRING_* variable of this JVM
     *                    is left out
     * @param log         where the console output goes (appended to by every start)
     */
    public TandemProcess(Map<String, String> environment, Path log) {
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** Starts the process on a free port of 127.0.0.1 and waits until it answers its health check. */
    public void start() {
        port = freePort();
        // C1 only: starts in about half the time on a busy machine, and the compiler does not matter to what is tested
        List<String> command = List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(), "dev.tandem.TandemApplication");
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("TANDEM_") || name.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "---- starting on port " + port + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy();
    }

    /** SIGKILL, as the OOM killer or {@code kill -9} would end it: no shutdown hook runs, nothing is flushed. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the Tandem process " + process.pid() + " survived SIGKILL");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The last lines of the console output, to explain a failure. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "---- last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no output in " + log + ": " + e + ")";
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Tandem exited with " + process.exitValue() + " while starting\n" + logTail());
            }
            try {
                if (http.send(health, BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        kill();
        throw new IllegalStateException("Tandem did not become healthy within " + STARTUP_LIMIT + "\n" + logTail());
    }

    /**
     * This JVM's class path without the test classes. Surefire replaces {@code java.class.path} with the real test
     * class path even when it starts the JVM from a manifest-only jar.
     */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
