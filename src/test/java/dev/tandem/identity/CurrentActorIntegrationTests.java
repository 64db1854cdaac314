package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.shared.Actor;
import dev.tandem.shared.Actor.OrgRole;
import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link IdentityManagement#currentActor}: who a long-lived connection stands for now, if anyone. */
@TandemIntegrationTest
class CurrentActorIntegrationTests {

    @Autowired
    IdentityManagement identity;

    @Autowired
    Api api;

    @Test
    void anActivePersonIsTheirCurrentSelfWithTheirCurrentRole() {
        Person eve = api.newPerson();
        long id = identity.get(eve.username()).id();
        long tokenId = tokenId(eve);

        assertThat(identity.currentActor(id, null)).contains(new Actor(id, eve.username(), null));
        identity.update(admin(), eve.username(), new PersonDraft(null, null, null, null, null, null, OrgRole.PMO, null,
                null), identity.get(eve.username()).version());
        assertThat(identity.currentActor(id, null)).contains(new Actor(id, eve.username(), OrgRole.PMO));
        assertThat(identity.currentActor(id, tokenId)).contains(new Actor(id, eve.username(), OrgRole.PMO));
    }

    @Test
    void anInactiveOrUnknownPersonIsNobody() {
        Person eve = api.newPerson();
        long id = identity.get(eve.username()).id();

        identity.update(admin(), eve.username(), new PersonDraft(null, null, null, null, null, null, null, false, null),
                identity.get(eve.username()).version());

        assertThat(identity.currentActor(id, null)).isEmpty();
        assertThat(identity.currentActor(id, tokenId(eve))).isEmpty();
        assertThat(identity.currentActor(Long.MAX_VALUE, null)).isEmpty();
    }

    @Test
    void aRevokedExpiredForeignOrUnknownTokenIsNobody() {
        Person eve = api.newPerson();
        Person mallory = api.newPerson();
        long id = identity.get(eve.username()).id();
        Actor eveNow = identity.currentActor(id, null).orElseThrow();
        long revoked = identity.issueToken(eveNow, "revoked", 1).id();
        identity.revokeToken(eveNow, revoked);
        long expired = identity.issueToken(eveNow, "expired", 1).id();
        api.jdbc().update("update access_token set expires_at = created_at where id = ?", expired);

        assertThat(identity.currentActor(id, revoked)).isEmpty();
        assertThat(identity.currentActor(id, expired)).isEmpty();
        assertThat(identity.currentActor(id, tokenId(mallory))).isEmpty();
        assertThat(identity.currentActor(id, Long.MAX_VALUE)).isEmpty();
        assertThat(identity.currentActor(id, tokenId(eve))).contains(eveNow);
    }

    /** The id of the token the test client issued for the person. */
    private long tokenId(Person person) {
        return api.jdbc().queryForObject("select id from access_token where person_id = ? and name = 'tests'",
                Long.class, identity.get(person.username()).id());
    }

    private Actor admin() {
        PersonSummary admin = identity.get(Api.ADMIN);
        return new Actor(admin.id(), admin.username(), admin.orgRole());
    }
}
