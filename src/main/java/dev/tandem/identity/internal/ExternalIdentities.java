package dev.tandem.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalIdentities extends JpaRepository<ExternalIdentity, Long> {

    Optional<ExternalIdentity> findByIssuerAndSubject(String issuer, String subject);

    boolean existsByPersonIdAndIssuer(long personId, String issuer);
}
