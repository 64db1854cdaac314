package dev.tandem.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full-text search latency at 10,000 wiki pages, for a Tandem already running on the loopback interface: writes the
 * pages through the wiki API (half English, half Chinese, each a title and a body of about 120 words drawn from a
 * seeded vocabulary, so the index holds realistic term frequencies), then runs {@code GET /api/v1/search/text} with
 * one- and two-word queries in both languages, first with one client, then with several, and prints the latency
 * percentiles. The pages go through the same transactions as a person's (revision, links, audit entry, index).
 * <p>
 * It starts nothing and talks only to 127.0.0.1 or localhost; every request has a timeout and the run a deadline.
 * Usage: {@code SearchBenchmark <base-url>}, with the admin password in {@code TANDEM_ADMIN_PASSWORD}; optional
 * system properties {@code pages} (10000), {@code queries} (500 per phase), {@code threads} (4),
 * {@code deadlineMinutes} (20).
 */
public final class SearchBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final int SPACES = 4;
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final String[] ENGLISH = ("payment gateway refund settlement ledger invoice currency reconcile "
            + "merchant checkout latency throughput migration schema database index replica failover backup restore "
            + "release rollout canary feature flag review architecture decision record service boundary queue "
            + "consumer producer retry timeout circuit breaker cache eviction token session login audit compliance "
            + "report dashboard metric alert incident postmortem runbook deploy pipeline build artifact container "
            + "cluster node scaling budget estimate milestone baseline sprint backlog capacity risk mitigation owner "
            + "customer onboarding mobile offline sync conflict merge version api contract endpoint pagination search "
            + "encryption certificate rotation secret vault network firewall partner integration webhook callback")
            .split(" ");
    private static final String[] CHINESE = ("支付 网关 退款 结算 账本 发票 币种 对账 商户 收银 延迟 吞吐 迁移 模式 数据库 索引 "
            + "副本 故障 切换 备份 恢复 发布 灰度 功能 开关 评审 架构 决策 记录 服务 边界 队列 消费者 生产者 重试 超时 熔断 缓存 "
            + "淘汰 令牌 会话 登录 审计 合规 报表 看板 指标 告警 事故 复盘 手册 部署 流水线 构建 制品 容器 集群 节点 扩容 预算 "
            + "估算 里程碑 基线 冲刺 待办 容量 风险 缓解 负责人 客户 入职 移动端 离线 同步 冲突 合并 版本 接口 契约 分页 搜索 "
            + "加密 证书 轮换 密钥 网络 防火墙 合作方 集成 回调").split(" ");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final long deadline;
    private String authorization;

    private SearchBenchmark(String base, long deadline) {
        this.base = base;
        this.deadline = deadline;
    }

    public static void main(String[] args) throws Exception {
        LoopbackTarget target = LoopbackTarget.fromArguments("SearchBenchmark", args);
        int pages = Integer.getInteger("pages", 10_000);
        int queries = Integer.getInteger("queries", 500);
        int threads = Integer.getInteger("threads", 4);
        long deadline = System.nanoTime() + Duration.ofMinutes(Integer.getInteger("deadlineMinutes", 20)).toNanos();
        SearchBenchmark benchmark = new SearchBenchmark(target.baseUrl(), deadline);
        benchmark.authorization = target.bearerToken(benchmark.client);
        // a space holds at most 5,000 pages: the pages go to the wiki spaces of four projects
        long[] spaces = new long[SPACES];
        for (int i = 0; i < SPACES; i++) {
            String key = "BENCHWIKI" + (i + 1);
            benchmark.send("POST", "/api/v1/projects", "{\"key\":\"" + key
                    + "\",\"name\":\"Benchmark: search\",\"startDate\":\"2027-01-04\"}", 201);
            Matcher space = ID.matcher(benchmark.send("GET", "/api/v1/projects/" + key + "/wiki", null, 200));
            if (!space.find()) {
                throw new IllegalStateException("No wiki space for " + key);
            }
            spaces[i] = Long.parseLong(space.group(1));
        }
        long started = System.nanoTime();
        benchmark.writePages(spaces, pages, threads);
        System.out.printf(Locale.ROOT, "wrote %d pages in %.1f s%n", pages, (System.nanoTime() - started) / 1e9);

        List<String> words = benchmark.queries(queries * 3);
        benchmark.search(words.subList(0, queries), 1); // warm-up
        List<String> lines = new ArrayList<>();
        lines.add(benchmark.measure(words.subList(queries, 2 * queries), 1));
        lines.add(benchmark.measure(words.subList(2 * queries, 3 * queries), threads));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-40s %7s %9s %8s %8s %8s %8s%n", "GET /api/v1/search/text (" + pages
                + " pages)", "n", "hits avg", "p50 ms", "p95 ms", "p99 ms", "max ms");
        lines.forEach(System.out::println);
    }

    private void writePages(long[] spaces, int pages, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        run(threads, () -> {
            for (int i = next.getAndIncrement(); i < pages; i = next.getAndIncrement()) {
                Random random = new Random(i);
                String[] vocabulary = i % 2 == 0 ? ENGLISH : CHINESE;
                String separator = i % 2 == 0 ? " " : "";
                String title = "Page " + i + " " + text(random, vocabulary, 4, " ");
                StringBuilder body = new StringBuilder();
                for (int paragraph = 0; paragraph < 4; paragraph++) {
                    body.append(text(random, vocabulary, 30, separator)).append(i % 2 == 0 ? ".\n\n" : "。\n\n");
                }
                send("POST", "/api/v1/wiki/spaces/" + spaces[i % spaces.length] + "/pages", "{\"title\":" + json(title) + ",\"body\":"
                        + json(body.toString()) + "}", 201);
            }
        });
    }

    private List<String> queries(int count) {
        Random random = new Random(42);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] vocabulary = i % 2 == 0 ? ENGLISH : CHINESE;
            queries.add(text(random, vocabulary, 1 + random.nextInt(2), " "));
        }
        return queries;
    }

    private String measure(List<String> queries, int threads) throws Exception {
        long[][] result = search(queries, threads);
        long[] nanos = result[0];
        double hits = Arrays.stream(result[1]).average().orElse(0);
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%-40s %7d %9.0f %8.1f %8.1f %8.1f %8.1f",
                threads + (threads == 1 ? " client thread" : " client threads"), nanos.length, hits,
                LoopbackTarget.percentile(nanos, 50), LoopbackTarget.percentile(nanos, 95), LoopbackTarget.percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
    }

    /** Latency (ns) and hit count of each query. */
    private long[][] search(List<String> queries, int threads) throws Exception {
        long[] nanos = new long[queries.size()];
        long[] totals = new long[queries.size()];
        AtomicInteger next = new AtomicInteger();
        run(threads, () -> {
            for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                long t0 = System.nanoTime();
                String body = send("GET", "/api/v1/search/text?q="
                        + URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8), null, 200);
                nanos[i] = System.nanoTime() - t0;
                Matcher total = TOTAL.matcher(body);
                totals[i] = total.find() ? Long.parseLong(total.group(1)) : 0;
            }
        });
        return new long[][] {nanos, totals};
    }

    private interface Work {
        void run() throws Exception;
    }

    private void run(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    work.run();
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String text(Random random, String[] vocabulary, int words, String separator) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(separator);
            }
            // a skewed draw, so some words are common and some rare, as in real text
            double u = random.nextDouble();
            text.append(vocabulary[(int) (u * u * vocabulary.length)]);
        }
        return text.toString();
    }

    private static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }



    /** Anything but the expected status stops the run, as does the deadline. */
    private String send(String method, String path, String json, int expected) throws IOException, InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Deadline reached; stopping");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json");
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
