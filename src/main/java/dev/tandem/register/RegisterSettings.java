package dev.tandem.register;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegisterSettings extends JpaRepository<RegisterSetting, Long> {

    default RegisterSetting of(long projectId) {
        return findById(projectId).orElseGet(() -> new RegisterSetting(projectId));
    }

    /** The stored row, made now if missing, so that the first edit already moves the version on. */
    default RegisterSetting forUpdate(long projectId) {
        return findById(projectId).orElseGet(() -> saveAndFlush(new RegisterSetting(projectId)));
    }
}
