package dev.tandem.planning.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Kickoffs extends JpaRepository<Kickoff, Long> {
}
