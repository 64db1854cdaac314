package dev.tandem.livestream.api;

import dev.tandem.identity.Credential;
import dev.tandem.livestream.ProjectEventStream;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Board", description = "The engineering track: columns, WIP limits and ranked cards")
class ProjectEventsApi {

    private final ProjectEventStream stream;

    ProjectEventsApi(ProjectEventStream stream) {
        this.stream = stream;
    }

    @GetMapping(path = "/projects/{key}/events", produces = "text/event-stream")
    SseEmitter events(Credential credential, @PathVariable String key) {
        return stream.subscribe(credential, key);
    }
}
