package dev.tandem.notification.api;

import dev.tandem.notification.ChatChannelFields;
import dev.tandem.notification.ChatChannelManagement;
import dev.tandem.notification.ChatChannelView;
import dev.tandem.notification.DeliveryView;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}/chat-channels")
@Tag(name = "Chat channels", description = "A project's Slack, Feishu/Lark, DingTalk and WeCom group bots and the "
        + "messages sent to them")
class ChatChannelsApi {

    private final ChatChannelManagement chat;

    ChatChannelsApi(ChatChannelManagement chat) {
        this.chat = chat;
    }

    record ChannelBody(@Size(max = 100) String name, @Size(max = 16) String provider, @Size(max = 2000) String url,
                       @Size(max = 200) String secret, @Size(max = 10) List<@Size(max = 40) String> kinds,
                       @Size(max = 10) String language, Boolean active, Long version) {

        ChatChannelFields fields() {
            return new ChatChannelFields(name, provider, url, secret, kinds, language, active);
        }
    }

    @Operation(summary = "List the project's chat channels", description = "URLs are shown up to their host only.")
    @GetMapping
    List<ChatChannelView> list(Actor actor, @PathVariable String key) {
        return chat.channels(actor, key);
    }

    @Operation(summary = "Add a chat channel",
            description = "provider SLACK, FEISHU, DINGTALK or WECOM; the bot's https URL (public addresses only, "
                    + "unless the server allows private targets); a signing secret for Feishu and DingTalk bots that "
                    + "have one; kinds (change-request-waiting, change-request-decided, delay-risk, "
                    + "action-item-assigned); language en or zh-CN. At most 20 per project.")
    @PostMapping
    ResponseEntity<ChatChannelView> add(Actor actor, @PathVariable String key, @Valid @RequestBody ChannelBody body) {
        ChatChannelView created = chat.add(actor, key, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/chat-channels/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    ChatChannelView get(Actor actor, @PathVariable String key, @PathVariable long id) {
        return chat.channel(actor, key, id);
    }

    @Operation(summary = "Change a chat channel",
            description = "Fields left out stay as they are; a secret of \"-\" removes it; the provider cannot change. "
                    + "The version the change is based on is required; a stale one gets 409.")
    @PatchMapping("/{id}")
    ChatChannelView update(Actor actor, @PathVariable String key, @PathVariable long id,
                           @Valid @RequestBody ChannelBody body) {
        return chat.update(actor, key, id, body.fields(), body.version());
    }

    @Operation(summary = "Remove a chat channel", description = "Its messages go with it, those not yet sent included.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String key, @PathVariable long id,
                                @RequestParam Long version) {
        chat.delete(actor, key, id, version);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A chat channel's latest messages",
            description = "Newest first: each one's kind, state (PENDING, SENDING, DELIVERED, FAILED), attempts and "
                    + "last error.")
    @GetMapping("/{id}/deliveries")
    List<DeliveryView> deliveries(Actor actor, @PathVariable String key, @PathVariable long id,
                                  @Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int limit) {
        return chat.deliveries(actor, key, id, limit);
    }
}
