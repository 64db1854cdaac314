package dev.tandem.demo.internal;

import dev.tandem.identity.PersonSummary;
import dev.tandem.knowledge.KnowledgeManagement;
import dev.tandem.knowledge.PageView;
import dev.tandem.knowledge.SpaceView;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemView;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The payment system's wiki: an architecture page that links a runbook and the ledger work, and the runbook. */
@Component
class DemoWiki {

    private final KnowledgeManagement wiki;

    DemoWiki(KnowledgeManagement wiki) {
        this.wiki = wiki;
    }

    void load(Map<String, PersonSummary> people, List<ItemView> items) {
        PersonSummary person = people.get("dokafor");
        Actor em = new Actor(person.id(), person.username(), person.orgRole());
        String ledger = items.stream().filter(i -> i.title().toLowerCase(Locale.ROOT).contains("ledger"))
                .min(Comparator.comparing(ItemView::key)).orElse(items.getFirst()).key();
        SpaceView space = wiki.projectSpace(em, PaymentSystemGovernance.PROJECT);
        PageView architecture = wiki.create(em, space.id(), "Payment architecture", """
                # Payment architecture

                Card, wallet and instant payments enter through one API gateway and are posted to a double-entry
                ledger on PostgreSQL; payment events travel on Kafka (see the ADRs of this space).

                | component | owner | notes |
                |---|---|---|
                | Gateway | Platform team | authorisation in under 300 ms at p99 |
                | Ledger | Ledger team | balanced journals enforced in the posting service (%s) |
                | Tokenisation vault | Security | the only PCI-DSS scope |

                - [x] Spikes for gateway, ledger and event backbone
                - [ ] Load test at 2,000 TPS on the production cluster

                When postings do not balance, follow the [[Ledger runbook]].
                """.formatted(ledger), null, "First outline");
        wiki.create(em, space.id(), "Ledger runbook", """
                # Ledger runbook

                ## When to use it
                The nightly reconciliation reports journals that do not balance.

                ## Steps
                1. Stop the posting consumer for the affected acquirer.
                2. Compare the journal with the acquirer's settlement file.
                3. Post the correcting entry; never edit a posted journal.
                """, architecture.id(), null);
    }
}
