package dev.tandem.planning;

import org.springframework.data.jpa.repository.JpaRepository;

interface Charters extends JpaRepository<Charter, Long> {
}
