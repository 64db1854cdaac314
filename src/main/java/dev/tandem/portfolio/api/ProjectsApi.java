package dev.tandem.portfolio.api;

import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Projects and their members with roles")
class ProjectsApi {

    private final PortfolioManagement portfolio;

    ProjectsApi(PortfolioManagement portfolio) {
        this.portfolio = portfolio;
    }

    record NewProject(@NotBlank @Size(max = 10) String key, @NotBlank @Size(max = 128) String name,
                      @Size(max = 4000) String description, @Size(max = 128) String portfolio, LocalDate startDate) {
    }

    record ProjectEdit(@Size(max = 128) String name, @Size(max = 4000) String description,
                       @Size(max = 128) String portfolio, LocalDate startDate, Long version) {
    }

    record NewMember(@NotBlank @Size(max = 64) String username, @NotNull ProjectRole role) {
    }

    record RoleChange(@NotNull ProjectRole role, Long version) {
    }

    @GetMapping
    List<ProjectSummary> projects(Actor actor) {
        return portfolio.visibleProjects(actor);
    }

    @PostMapping
    ResponseEntity<ProjectSummary> create(Actor actor, @Valid @RequestBody NewProject body) {
        ProjectSummary p = portfolio.createProject(actor, body.key(), body.name(), body.description(), body.portfolio(),
                body.startDate());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + p.key())).body(p);
    }

    @GetMapping("/{key}")
    ProjectSummary project(Actor actor, @PathVariable String key) {
        return portfolio.project(actor, key);
    }

    @PatchMapping("/{key}")
    ProjectSummary update(Actor actor, @PathVariable String key, @Valid @RequestBody ProjectEdit body) {
        return portfolio.updateProject(actor, key, body.name(), body.description(), body.portfolio(), body.startDate(),
                body.version());
    }

    @GetMapping("/{key}/members")
    List<MemberSummary> members(Actor actor, @PathVariable String key) {
        return portfolio.members(actor, key);
    }

    @PostMapping("/{key}/members")
    ResponseEntity<MemberSummary> addMember(Actor actor, @PathVariable String key, @Valid @RequestBody NewMember body) {
        return ResponseEntity.status(201).body(portfolio.addMember(actor, key, body.username(), body.role()));
    }

    @PatchMapping("/{key}/members/{username}")
    MemberSummary changeRole(Actor actor, @PathVariable String key, @PathVariable String username,
                             @Valid @RequestBody RoleChange body) {
        return portfolio.changeRole(actor, key, username, body.role(), body.version());
    }

    @DeleteMapping("/{key}/members/{username}")
    ResponseEntity<Void> removeMember(Actor actor, @PathVariable String key, @PathVariable String username) {
        portfolio.removeMember(actor, key, username);
        return ResponseEntity.noContent().build();
    }
}
