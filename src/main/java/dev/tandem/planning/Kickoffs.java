package dev.tandem.planning;

import org.springframework.data.jpa.repository.JpaRepository;

interface Kickoffs extends JpaRepository<Kickoff, Long> {
}
