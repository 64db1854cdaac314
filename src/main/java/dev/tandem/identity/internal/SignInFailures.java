package dev.tandem.identity.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailures extends JpaRepository<SignInFailure, Long> {

    long countByAddressAndFailedAtAfter(String address, Instant since);

    long countByUsernameAndFailedAtAfter(String username, Instant since);

    boolean existsByUsernameAndAddressAndFailedAtAfter(String username, String address, Instant since);

    @Modifying
    @Query("delete from SignInFailure f where f.failedAt <= :before")
    void deleteUpTo(Instant before);

    @Modifying
    @Query("delete from SignInFailure f where f.username = :username and f.address = :address")
    void deleteByUsernameAndAddress(String username, String address);
}
