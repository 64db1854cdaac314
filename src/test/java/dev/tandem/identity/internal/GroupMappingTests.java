package dev.tandem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.Actor.OrgRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class GroupMappingTests {

    static final Predicate<String> PROJECT_ROLES = Set.of("PM", "EM", "ENGINEER")::contains;

    @Test
    void groupsGiveTheStrongestOrganisationRoleAndTheFirstRoleNamedPerProject() {
        var mapping = GroupMapping.parse(" pmo = PMO ; tandem-admins=ADMIN;pay-pm=project:PAY:PM;devs=project:PAY:ENGINEER;"
                + "devs=project:WEB:EM;", PROJECT_ROLES);

        assertThat(mapping.grants(List.of("pmo", "tandem-admins", "devs", "pay-pm")))
                .isEqualTo(new GroupMapping.Grants(OrgRole.ADMIN, Map.of("PAY", "PM", "WEB", "EM")));
        assertThat(mapping.grants(List.of("devs", "pmo")))
                .isEqualTo(new GroupMapping.Grants(OrgRole.PMO, Map.of("PAY", "ENGINEER", "WEB", "EM")));
        assertThat(mapping.grants(List.of("strangers"))).isEqualTo(new GroupMapping.Grants(null, Map.of()));
    }

    @Test
    void groupNamesMayContainEqualsSignsAndColons() {
        var mapping = GroupMapping.parse("cn=admins,ou=groups,dc=example=ADMIN", PROJECT_ROLES);

        assertThat(mapping.grants(List.of("cn=admins,ou=groups,dc=example")).orgRole()).isEqualTo(OrgRole.ADMIN);
    }

    @Test
    void anEmptyMappingIsEmpty() {
        assertThat(GroupMapping.parse("", PROJECT_ROLES).isEmpty()).isTrue();
        assertThat(GroupMapping.parse(" ; ", PROJECT_ROLES).isEmpty()).isTrue();
        assertThat(GroupMapping.parse(null, PROJECT_ROLES).isEmpty()).isTrue();
    }

    @Test
    void unknownRolesAndMalformedEntriesAreNamed() {
        assertThatThrownBy(() -> GroupMapping.parse("a=ADMIN;b=OWNER", PROJECT_ROLES))
                .hasMessageContaining("'b=OWNER'").hasMessageContaining("unknown organisation role 'OWNER'");
        assertThatThrownBy(() -> GroupMapping.parse("b=project:PAY:CEO", PROJECT_ROLES))
                .hasMessageContaining("unknown project role 'CEO'");
        assertThatThrownBy(() -> GroupMapping.parse("b=project:pay:PM", PROJECT_ROLES))
                .hasMessageContaining("'b=project:pay:PM'").hasMessageContaining("project:KEY:ROLE");
        assertThatThrownBy(() -> GroupMapping.parse("b=project:PAY", PROJECT_ROLES))
                .hasMessageContaining("project:KEY:ROLE");
        assertThatThrownBy(() -> GroupMapping.parse("ADMIN", PROJECT_ROLES)).hasMessageContaining("is not group=ROLE");
        assertThatThrownBy(() -> GroupMapping.parse("=ADMIN", PROJECT_ROLES)).hasMessageContaining("is not group=ROLE");
    }
}
