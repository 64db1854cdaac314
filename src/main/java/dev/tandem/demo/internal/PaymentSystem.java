package dev.tandem.demo.internal;

import static dev.tandem.portfolio.ProjectRole.*;

import dev.tandem.demo.internal.DemoProject.Member;
import java.util.List;
import java.util.Map;

/** The "new payment system" (新支付系统) of the brief: a card and wallet gateway, a ledger, and a PCI-DSS audit. */
final class PaymentSystem {

    private PaymentSystem() {
    }

    static DemoProject project() {
        return new DemoProject("PAY", "New payment system",
                "新支付系统 — replaces the legacy card switch with a gateway, a double-entry ledger, real-time risk "
                        + "checks and daily reconciliation, certified against PCI-DSS before the pilot.",
                "Digital banking", 6, 20_240_611L,
                List.of(new Member("zhangmin", PM), new Member("dokafor", EM), new Member("liwei", ARCHITECT),
                        new Member("schen", PRODUCT_MANAGER), new Member("wangfang", ENGINEER),
                        new Member("tbecker", ENGINEER), new Member("chenjie", ENGINEER),
                        new Member("pnair", ENGINEER), new Member("liuyang", ENGINEER),
                        new Member("enovak", ENGINEER), new Member("mbrandt", STAKEHOLDER)),
                OUTLINE, DESCRIPTIONS, BLOCKED, COMMENTS);
    }

    private static final String OUTLINE = """
            E Architecture and foundations | @liwei +architecture #arch
              F Target architecture | ~Architecture #arch-target
                S Context and container diagrams for the payment platform | 3d ~Architecture #arch-c4
                S ADR: double-entry ledger on PostgreSQL | 2d ~Architecture
                S ADR: Kafka as the payment event backbone | 2d ~Kafka
                S Spike: ISO 20022 message mapping for SEPA and CIPS | 4d ~Payments
              F Delivery foundations | par ~DevOps #arch-delivery
                S Build pipeline with tests and image scanning
                  T Maven build and container image in CI | 3d ~DevOps
                  T Dependency and image vulnerability scan gate | 2d ~PCI-DSS +security
                S Kubernetes namespaces and Helm charts for staging | 4d ~DevOps
                S Service template: Spring Boot, Modulith, Flyway | 3d ~Spring
                B Staging Helm chart prints the database password in the logs | w1 1d ~DevOps !highest +security
              F Non-functional requirements | w1 ~Architecture #arch-nfr
                S Throughput and latency targets: 2,000 TPS, p99 under 300 ms | 2d ~Architecture
                S Availability, RPO and RTO targets | 2d ~Architecture
            M Architecture sign-off | fs:arch-target fs:arch-delivery fs:arch-nfr due:w2 @zhangmin !high #m-arch
            E Payment gateway | @dokafor +gateway #gw
              F Card authorisation API | fs:m-arch ~Java #gw-api
                S Authorise a card payment through the gateway | #gw-authorise
                  T OpenAPI contract for payments and authorisations | 2d ~Java
                  T Authorisation service with idempotency keys | 5d ~Java #gw-auth
                  T Contract tests for the authorisation API | par ss:gw-auth+2 3d ~QA +testing
                S Capture and void an authorised payment
                  T Capture and void endpoints | 3d ~Java
                  T Partial capture rules | 2d ~Payments
                S 3-D Secure 2 challenge flow | #gw-3ds
                  T Directory server integration | 3d ~Payments
                  T Challenge page in the hosted checkout | 2d ~React +frontend
                  T Frictionless-flow rules for low-risk payments | 2d ~Payments
                B Idempotency key ignored when a capture is retried | w6 2d ~Java !high #gw-bug-idem
                B Acquirer time-out leaves the payment pending forever | w4 2d ~Java !high
              F Acquirer connectivity | ~Java #gw-acquirer
                S Connect to the primary acquirer over ISO 8583
                  T ISO 8583 message codec | 4d ~Java #gw-iso
                  T Mutual TLS with the acquirer | 2d ~PCI-DSS +security
                  T Acquirer certification test run | 3d ~QA blocked #gw-cert
                S Fail over to the secondary acquirer
                  T Health checks and circuit breaker per acquirer | 3d ~Java
                  T Routing rules for failover | 2d ~Java
              F Alternative payment methods | ~Payments #gw-apm
                S Alipay and WeChat Pay through the wallet aggregator | 5d ~Payments +china
                S SEPA Instant credit transfers | 5d ~Payments
                S Apple Pay and Google Pay tokens | 4d ~Payments
            E Ledger and accounting | @liwei +ledger #ledger
              F Double-entry ledger core | fs:m-arch ~Java #ledger-core
                S Ledger schema: accounts, journals and postings
                  T Flyway migrations for accounts and postings | 2d ~PostgreSQL
                  T Posting service that only accepts balanced journals | 5d ~Java #ledger-post
                  T Property tests: every journal balances | par ss:ledger-post+3 2d ~QA +testing
                S Post payment events to the ledger
                  T Consume payment events from Kafka | 3d ~Kafka fs:gw-auth
                  T Exactly-once posting with the transactional outbox | 4d ~Kafka #ledger-outbox
                B Duplicate postings after a Kafka consumer rebalance | w5 2d ~Kafka !high
                S Balances and account statement API
                  T Balance projection per account | 2d ~Java
                  T Statement API with pagination | 2d ~Java
              F Multi-currency | ~Payments #ledger-fx
                S FX rate feed and rate locking at authorisation | 4d ~Payments
                S Rounding rules per ISO 4217 currency | 2d ~Java
                B Posting fails for JPY amounts because of minor units | w5 2d ~Java late #ledger-bug-jpy
              F Month-end close | ~PostgreSQL
                S Trial balance report | 3d ~PostgreSQL
                S General-ledger export to SAP | 4d ~Java
                B Trial balance off by one cent for HUF | w9 1d ~PostgreSQL !low
            E Risk and fraud checks | @dokafor +risk #risk
              F Real-time risk scoring | w5 ~Java #risk-scoring
                S Rules engine for velocity and amount limits
                  T Velocity counters per card and merchant | 3d ~Java
                  T Rule configuration screen for the risk team | 4d ~React +frontend
                S Device fingerprint and IP reputation checks
                  T Device fingerprint SDK in the hosted checkout | 2d ~React +frontend
                  T IP reputation lookup with a local cache | 2d ~Java
                S Risk decision inside the authorisation path under 50 ms | 3d ~Java fs:gw-auth
                B Velocity counters reset at midnight UTC instead of Beijing time | w6 1d ~Java +china
              F Sanctions and AML screening | ~PCI-DSS #risk-aml
                S Screen payees against sanctions lists | #risk-sanctions
                  T Integrate the screening vendor's API | 3d ~Java blocked #risk-vendor
                  T Match review screen for compliance officers | 3d ~React +frontend
                S Suspicious-activity case queue | 5d ~React +frontend
            M MVP in staging | fs:gw-api fs:gw-acquirer fs:ledger-core fs:risk-scoring due:w9 @zhangmin !highest #m-mvp
            E Refunds and disputes | @schen +refunds #refunds
              F Refunds | fs:ledger-core ~Java #refunds-api
                S Full and partial refunds through the API
                  T Refund endpoint with ledger reversal | 4d ~Java #refunds-endpoint
                  T Approval step for refunds above the merchant limit | 2d ~Payments
                S Refunds in the back-office | 4d ~React +frontend
                B Refund of a partially captured payment returns the full amount | par ss:refunds-endpoint+2 2d ~Java !highest
              F Disputes and chargebacks | ~Payments #refunds-disputes
                S Import chargeback notifications from the acquirer | 3d ~Java fs:gw-iso
                S Dispute evidence workflow for merchants
                  T Evidence upload and deadline tracking | 3d ~Java
                  T Dispute screens in the back-office | 3d ~React +frontend
            E Reconciliation and settlement | @tbecker +reconciliation #recon
              F Daily reconciliation | fs:ledger-outbox ~Java #recon-daily
                S Parse acquirer settlement files
                  T Settlement file parser for CSV and TC33 | 3d ~Java #recon-parser
                  T SFTP pickup with checksum verification | 2d ~DevOps
                S Match settlements to ledger postings
                  T Matching engine with tolerance rules | 5d ~Java #recon-match
                  T Exception queue for unmatched items | 3d ~React +frontend
                S Reconciliation dashboard for finance | 3d ~React +frontend
                B Settlement file with a byte-order mark fails to parse | fs:recon-parser 1d ~Java late #recon-bug-bom
              F Merchant settlement | ~Payments #recon-settlement
                S Settlement batches and payout instructions | 4d ~Payments
                S Fees and interchange calculation | 4d ~Payments
            E PCI-DSS compliance and security | @chenjie +pci-dss #pci
              F Secure development lifecycle | w1 ~PCI-DSS #pci-sdlc
                S Threat model for the payment flows | 3d ~PCI-DSS
                S Secure code review checklist | 1d ~PCI-DSS
                S Static analysis and dependency-check gate | 2d ~DevOps
              F Cardholder data environment | w5 ~PCI-DSS #pci-cde
                S Network segmentation of the cardholder data environment | 3d ~DevOps
                S Tokenise card numbers with the HSM | #pci-tokenise
                  T HSM integration over PKCS#11 | 5d ~PCI-DSS blocked #pci-hsm
                  T Token vault with key rotation | 4d ~PCI-DSS
                S Encrypt data at rest with per-tenant keys | 3d ~PostgreSQL
              F Audit readiness | ~PCI-DSS #pci-audit
                S Quarterly ASV scan and remediation | 3d ~PCI-DSS
                S External penetration test | #pci-pentest
                  T Scope and rules of engagement with the test firm | 1d ~PCI-DSS
                  T Penetration test window | 5d ~PCI-DSS
                  T Fix the findings of the penetration test | 4d ~Java
                S Policies and evidence pack for the QSA | 4d ~PCI-DSS ff:pci-pentest+2
            M PCI-DSS audit passed | fs:pci-audit+5 fs:pci-cde due:w13 @chenjie !highest #m-pci
            E Observability and operations | @liuyang +observability #ops
              F Monitoring and alerting | w4 ~DevOps #ops-monitoring
                S Payment success-rate metrics and dashboards | 3d ~DevOps
                S Distributed tracing across gateway and ledger | 3d ~DevOps
                S Alerting and on-call runbooks | 3d ~DevOps late #ops-alerting
                B Success-rate panel shows more than 100% after a restart | w6 1d ~DevOps !low
              F Resilience | fs:m-mvp ~QA #ops-resilience
                S Load test at 2,000 TPS
                  T Gatling scenarios for authorise, capture and refund | 2d ~QA +testing
                  T Run and tune the load test | 3d ~Java +performance
                S Chaos test: acquirer time-outs and Kafka broker loss | 3d ~DevOps #ops-chaos
                S Disaster-recovery drill | par ss:ops-chaos+1 2d ~DevOps
            M Pilot launch with three merchants | fs:m-mvp fs:m-pci+5 fs:recon-daily fs:refunds-api fs:ops-resilience due:w14 @zhangmin !highest #m-pilot
            E Migration from the legacy switch | @dokafor +migration #mig
              F Data migration | fs:m-mvp ~PostgreSQL #mig-data
                S Map legacy merchant and card data | 4d ~PostgreSQL
                S Migration scripts with dry-run reports
                  T Merchant and terminal migration | 3d ~PostgreSQL
                  T Card token migration into the new vault | 3d ~PCI-DSS fs:pci-hsm
                S Reconcile migrated balances | 3d ~QA
              F Cut-over | fs:m-pilot ~Payments #mig-cutover
                S Dual run next to the legacy switch
                  T Mirror live traffic to the new gateway | 3d ~DevOps
                  T Compare outcomes daily and explain every difference | 5d ~Payments
                S Cut-over runbook and rollback plan | 2d ~DevOps
                S Decommission the legacy switch | 3d ~DevOps
            M General availability | fs:mig-cutover fs:recon-settlement fs:refunds-disputes fs:gw-apm due:w18 @zhangmin !highest #m-ga
            """;

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("arch", """
                    Decide how the new payment system is built before the feature teams start: service boundaries, \
                    the ledger model, the event backbone and the non-functional targets.

                    **Done when**
                    - the context and container diagrams are reviewed by the architecture board
                    - ADRs exist for the ledger and the event backbone
                    - operations has agreed the targets: 2,000 TPS, p99 under 300 ms, 99.95 % availability
                    """),
            Map.entry("gw", """
                    One API for merchants in front of every way to pay: cards through two acquirers, Alipay and \
                    WeChat Pay, SEPA Instant, Apple Pay and Google Pay.

                    | Capability | MVP | Pilot | GA |
                    |---|---|---|---|
                    | Card authorise / capture / void | ✓ | ✓ | ✓ |
                    | 3-D Secure 2 | ✓ | ✓ | ✓ |
                    | Second acquirer failover | | ✓ | ✓ |
                    | Wallets and SEPA Instant | | | ✓ |
                    """),
            Map.entry("gw-3ds", """
                    Strong customer authentication under PSD2. Low-risk payments go through the frictionless flow; \
                    the rest get a challenge in the hosted checkout.

                    See ADR-007 for why the challenge page is hosted rather than embedded by merchants.
                    """),
            Map.entry("ledger", """
                    Every money movement is a balanced journal of postings (double entry). The ledger is the source \
                    of truth for balances, statements, reconciliation and the month-end close.

                    > Invariant: the sum of all postings in a journal is zero, in every currency.
                    """),
            Map.entry("ledger-bug-jpy", """
                    **Steps to reproduce**
                    1. Authorise ¥1,000 on a test card in staging
                    2. Capture it

                    **Expected** a posting of 1000 JPY. **Actual** the posting is rejected: `amount has 2 decimals, JPY allows 0`.

                    The minor-unit exponent must come from ISO 4217 instead of assuming two decimals.
                    """),
            Map.entry("risk-sanctions", """
                    Every payee is screened against the EU, UN, OFAC and PBoC lists before a payout is released. \
                    Possible matches go to a compliance officer; nothing is paid out while a match is open.
                    """),
            Map.entry("recon-daily", """
                    Each morning the acquirers' settlement files are matched against yesterday's ledger postings. \
                    Finance sees the unmatched items by 09:00 and works through them in the exception queue.
                    """),
            Map.entry("pci", """
                    The new system stores no card number outside the tokenisation service, so the cardholder data \
                    environment stays small. The QSA assessment is a gate for the pilot.

                    - [ ] network segmentation
                    - [ ] HSM-backed tokenisation
                    - [ ] ASV scan and penetration test
                    - [ ] evidence pack
                    """),
            Map.entry("m-mvp", """
                    Card payments end to end in staging: authorise, capture, void and refund through one acquirer, \
                    posted to the ledger, checked by the basic risk rules.
                    """),
            Map.entry("m-pilot", """
                    Three friendly merchants take live card payments, with the legacy switch still running next to \
                    the new one. Go/no-go by the PM, EM and the head of digital banking.
                    """));

    private static final Map<String, String> BLOCKED = Map.of(
            "gw-cert", "The acquirer's certification environment is down until they renew our test certificate.",
            "pci-hsm", "The HSM appliances are held at customs; the vendor now promises delivery in two weeks.",
            "risk-vendor", "Legal has not signed the data-processing agreement with the screening vendor yet.");

    private static final Map<String, List<String>> COMMENTS = Map.of(
            "arch-c4", List.of("Reviewed by the architecture board; the diagrams are linked from the ADR index."),
            "gw-cert", List.of("From the weekly sync: the acquirer expects the new certificate by Thursday. If it "
                    + "slips again we certify with the secondary acquirer first — fallback agreed with the EM."),
            "pci-hsm", List.of(
                    "From the weekly sync: the token vault is being built against SoftHSM meanwhile; moving to the "
                            + "appliance is a configuration change.",
                    "Risk raised: if the HSM is not installed by the end of next month, the PCI-DSS audit moves."),
            "ledger-bug-jpy", List.of("Reproduced in staging. Same problem for KRW and HUF (zero and two decimals "
                    + "in ISO 4217 respectively) — the fix should cover every currency."),
            "ops-alerting", List.of("The runbooks for acquirer time-outs and Kafka consumer lag are still missing; "
                    + "on-call starts only when they exist."),
            "m-mvp", List.of("Scope confirmed at the kick-off: cards through one acquirer, ledger postings, basic "
                    + "risk rules. Wallets and SEPA Instant come after the MVP."));
}
