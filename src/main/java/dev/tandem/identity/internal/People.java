package dev.tandem.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface People extends JpaRepository<Person, Long> {

    Optional<Person> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmailIgnoreCase(String email);

    Optional<Person> findByEmailIgnoreCase(String email);

    java.util.List<Person> findAllByOrderByDisplayNameAsc();
}
