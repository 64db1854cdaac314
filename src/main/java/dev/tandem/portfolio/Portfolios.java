package dev.tandem.portfolio;

import org.springframework.data.jpa.repository.JpaRepository;

interface Portfolios extends JpaRepository<Portfolio, Long> {

    java.util.Optional<Portfolio> findByNameIgnoreCase(String name);
}
