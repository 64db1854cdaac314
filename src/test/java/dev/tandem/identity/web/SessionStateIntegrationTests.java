package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.shared.Actor;
import dev.tandem.shared.Actor.OrgRole;
import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser session follows the person as they are now, not as they were when they signed in. */
@TandemIntegrationTest
class SessionStateIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    IdentityManagement identity;

    @Test
    void aDeactivatedPersonsSessionEnds() {
        Person eve = api.newPerson();
        var browser = new PageSession(port);
        browser.signIn(eve.username(), eve.password());
        assertThat(browser.get("/account").status()).isEqualTo(200);

        setActive(eve.username(), false);
        var afterDeactivation = browser.get("/account");
        setActive(eve.username(), true);
        var afterReactivation = browser.get("/account");

        assertThat(afterDeactivation.status()).isEqualTo(302);
        assertThat(afterDeactivation.location()).endsWith("/signin");
        assertThat(afterReactivation.location()).as("the session stays ended").endsWith("/signin");
    }

    @Test
    void aChangedOrganisationRoleAppliesOnTheNextRequest() {
        Person boss = api.newPerson("ADMIN");
        var browser = new PageSession(port);
        browser.signIn(boss.username(), boss.password());
        assertThat(browser.get("/audit").status()).isEqualTo(200);

        identity.clearOrgRole(admin(), boss.username());
        var demoted = browser.get("/audit");
        identity.update(admin(), boss.username(), new PersonDraft(null, null, null, null, null, null, OrgRole.PMO, null,
                null), identity.get(boss.username()).version());
        var promoted = browser.get("/audit");

        assertThat(demoted.status()).isEqualTo(403);
        assertThat(promoted.status()).isEqualTo(200);
    }

    private void setActive(String username, boolean active) {
        identity.update(admin(), username, new PersonDraft(null, null, null, null, null, null, null, active, null),
                identity.get(username).version());
    }

    private Actor admin() {
        var admin = identity.get(Api.ADMIN);
        return new Actor(admin.id(), admin.username(), admin.orgRole());
    }
}
