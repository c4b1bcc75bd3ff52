package dev.tradeguard.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradeguard.console.ConsoleTestServices;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What a person signed in by the OpenID Connect provider may do: only what their mapped groups give. */
@QuarkusTest
@QuarkusTestResource(ConsoleTestServices.class)
class GroupRolesTest {
    @Inject
    GroupRoles groupRoles;

    @Test
    void aProviderGroupMapsToItsConsoleRoleWithTheRolesItImplies() {
        SecurityIdentity mapped = augment("tradeguard-approvers");
        assertThat(mapped.getRoles()).containsExactlyInAnyOrder("approver", "viewer");
        assertThat(augment("tradeguard-admins").getRoles())
                .containsExactlyInAnyOrder("admin", "risk-officer", "approver", "viewer");
    }

    @Test
    void aGroupNobodyMappedGrantsNothing() {
        assertThat(augment("finance-team", "offline_access").getRoles()).isEmpty();
    }

    @Test
    void aProviderGroupNamedLikeARoleGrantsNothingUnlessMapped() {
        assertThat(augment("admin", "approver").getRoles()).isEmpty();
    }

    @Test
    void theRiskOfficerGroupDoesNotGrantApproving() {
        assertThat(augment("tradeguard-risk-officers").getRoles()).containsExactlyInAnyOrder("risk-officer", "viewer");
    }

    private SecurityIdentity augment(String... groups) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("pat@example.com"));
        for (String group : groups) {
            identity.addRole(group);
        }
        return groupRoles.augment(identity.build(), null).await().indefinitely();
    }
}
