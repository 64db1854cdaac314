package dev.tandem.portfolio.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Portfolios extends JpaRepository<Portfolio, Long> {

    java.util.Optional<Portfolio> findByNameIgnoreCase(String name);
}
