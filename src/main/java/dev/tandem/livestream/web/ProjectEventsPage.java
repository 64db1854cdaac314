package dev.tandem.livestream.web;

import dev.tandem.identity.Credential;
import dev.tandem.livestream.ProjectEventStream;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The same live event stream as the API, for pages signed in with a browser session (EventSource sends no token). */
@Controller
class ProjectEventsPage {

    private final ProjectEventStream stream;

    ProjectEventsPage(ProjectEventStream stream) {
        this.stream = stream;
    }

    @GetMapping(path = "/projects/{key}/events", produces = "text/event-stream")
    SseEmitter events(Credential credential, @PathVariable String key) {
        return stream.subscribe(credential, key);
    }
}
