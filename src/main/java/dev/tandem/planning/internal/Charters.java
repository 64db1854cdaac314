package dev.tandem.planning.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Charters extends JpaRepository<Charter, Long> {
}
