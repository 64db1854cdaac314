package dev.tandem.bench.http;

import java.net.URI;

/** The Tandem a harness measures: given on the command line, on loopback only, with its admin password. */
record LoopbackTarget(String baseUrl, String adminPassword) {

    /** Reads the address from {@code args} and the password from TANDEM_ADMIN_PASSWORD; exits 2 on a wrong call. */
    static LoopbackTarget fromArguments(String harness, String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: " + harness + " http://127.0.0.1:<port>   (admin password in TANDEM_ADMIN_PASSWORD)");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        if (!"http".equals(uri.getScheme())
                || !("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()))) {
            throw new IllegalArgumentException("This harness only talks to a Tandem on http://127.0.0.1, not " + uri);
        }
        String password = System.getenv("TANDEM_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("Set TANDEM_ADMIN_PASSWORD to the admin password of that Tandem");
        }
        return new LoopbackTarget(args[0].replaceAll("/+$", ""), password);
    }
}
