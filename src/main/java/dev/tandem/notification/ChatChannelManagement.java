package dev.tandem.notification;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.notification.internal.ChatChannel;
import dev.tandem.notification.internal.ChatChannels;
import dev.tandem.notification.internal.ChatTargets;
import dev.tandem.notification.internal.NotificationDeliveries;

/**
 * A project's chat channels (Slack, Feishu/Lark, DingTalk, WeCom group bots) and the messages sent to them. Everything
 * here needs {@code MANAGE_INTEGRATIONS}, reading included: a bot's URL is its password. A project has at most
 * {@value #MAX_CHANNELS} channels; a URL must pass {@link ChatTargets}.
 */
@Service
@Transactional
public class ChatChannelManagement {

    static final int MAX_CHANNELS = 20;
    static final int MAX_NAME = 100;
    static final int MAX_URL = 2000;
    static final int MAX_SECRET = 200;
    static final int MAX_DELIVERIES = 200;

    private final ChatChannels channels;
    private final NotificationDeliveries deliveries;
    private final PortfolioManagement portfolio;
    private final ChatTargets targets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatChannelManagement(ChatChannels channels, NotificationDeliveries deliveries, PortfolioManagement portfolio,
                          ChatTargets targets, ApplicationEventPublisher events, Clock clock) {
        this.channels = channels;
        this.deliveries = deliveries;
        this.portfolio = portfolio;
        this.targets = targets;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean mayManage(Actor actor, String projectKey) {
        return portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).may(Permission.MANAGE_INTEGRATIONS);
    }

    @Transactional(readOnly = true)
    public List<ChatChannelView> channels(Actor actor, String projectKey) {
        return channels.findByProjectIdOrderById(access(actor, projectKey).id()).stream().map(ChatChannel::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public ChatChannelView channel(Actor actor, String projectKey, long id) {
        return find(access(actor, projectKey), id).view();
    }

    public ChatChannelView add(Actor actor, String projectKey, ChatChannelFields fields) {
        ProjectRef project = access(actor, projectKey);
        String name = name(fields.name());
        ChatProvider provider = provider(fields.provider());
        String url = url(fields.url());
        String secret = secret(provider, fields.secret());
        List<String> kinds = kinds(fields.kinds());
        String language = language(fields.language());
        if (channels.countByProjectId(project.id()) >= MAX_CHANNELS) {
            throw new InvalidInputException("url", Text.of("problem.notification.tooManyChannels", MAX_CHANNELS));
        }
        ChatChannel channel = channels.saveAndFlush(new ChatChannel(project.id(), name, provider, url, secret, kinds,
                language, fields.active() == null || fields.active(), actor.username(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        publish(actor, project, "chat-channel.created", channel, "name: " + name + "\nprovider: " + provider
                + "\nkinds: " + String.join(", ", kinds));
        return channel.view();
    }

    /** Fields left null stay; a blank secret leaves the old one, unless {@code secret} is the single character "-". */
    public ChatChannelView update(Actor actor, String projectKey, long id, ChatChannelFields fields, Long version) {
        ProjectRef project = access(actor, projectKey);
        ChatChannel channel = find(project, id);
        StaleVersionException.check(Text.of("problem.notification.chatChannel", id), version, channel.version());
        if (fields.provider() != null && provider(fields.provider()) != channel.provider()) {
            throw new InvalidInputException("provider", Text.of("problem.notification.providerFixed"));
        }
        String name = fields.name() == null ? channel.name() : name(fields.name());
        String url = fields.url() == null || fields.url().isBlank() ? channel.url() : url(fields.url());
        String secret = fields.secret() == null || fields.secret().isBlank() ? channel.secret()
                : fields.secret().strip().equals("-") ? null : secret(channel.provider(), fields.secret());
        List<String> kinds = fields.kinds() == null ? channel.kinds() : kinds(fields.kinds());
        String language = fields.language() == null ? channel.language() : language(fields.language());
        boolean active = fields.active() == null ? channel.active() : fields.active();
        List<String> changes = new ArrayList<>();
        change(changes, "name", channel.name(), name);
        change(changes, "url", ChatChannel.masked(channel.url()), ChatChannel.masked(url));
        if (!url.equals(channel.url()) && ChatChannel.masked(url).equals(ChatChannel.masked(channel.url()))) {
            changes.add("url: changed");
        }
        if (!Objects.equals(secret, channel.secret())) {
            changes.add("secret: " + (secret == null ? "removed" : "changed"));
        }
        change(changes, "kinds", String.join(", ", channel.kinds()), String.join(", ", kinds));
        change(changes, "language", channel.language(), language);
        change(changes, "active", Boolean.toString(channel.active()), Boolean.toString(active));
        if (!changes.isEmpty()) {
            channel.setName(name);
            channel.setUrl(url);
            channel.setSecret(secret);
            channel.setKinds(kinds);
            channel.setLanguage(language);
            channel.setActive(active);
            channels.flush();
            publish(actor, project, "chat-channel.changed", channel, String.join("\n", changes));
        }
        return channel.view();
    }

    /** Removes the channel with its messages, those not yet sent included. */
    public void delete(Actor actor, String projectKey, long id, Long version) {
        ProjectRef project = access(actor, projectKey);
        ChatChannel channel = find(project, id);
        StaleVersionException.check(Text.of("problem.notification.chatChannel", id), version, channel.version());
        publish(actor, project, "chat-channel.deleted", channel, "name: " + channel.name());
        channels.delete(channel);
        channels.flush();
    }

    /** The channel's latest messages first, with their state and last error. */
    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(Actor actor, String projectKey, long id, int limit) {
        ChatChannel channel = find(access(actor, projectKey), id);
        if (limit < 1 || limit > MAX_DELIVERIES) {
            throw new InvalidInputException("limit", Text.of("problem.input.between", "1", String.valueOf(MAX_DELIVERIES)));
        }
        return deliveries.ofChannel(channel.id(), limit).stream().map(NotificationDeliveries.Delivery::view).toList();
    }

    private ProjectRef access(Actor actor, String projectKey) {
        return portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS);
    }

    private ChatChannel find(ProjectRef project, long id) {
        return channels.findByIdAndProjectId(id, project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.notification.noChatChannel", id, project.key())));
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", Text.of("problem.input.required"));
        }
        if (name.strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", Text.of("problem.input.tooLong", MAX_NAME));
        }
        return name.strip();
    }

    private static ChatProvider provider(String provider) {
        return ChatProvider.byName(provider).orElseThrow(() -> new InvalidInputException("provider",
                Text.of("problem.input.oneOf", List.of(ChatProvider.values()).toString())));
    }

    private String url(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("url", Text.of("problem.input.required"));
        }
        if (url.strip().length() > MAX_URL) {
            throw new InvalidInputException("url", Text.of("problem.input.tooLong", MAX_URL));
        }
        return targets.check(url).toString();
    }

    private static String secret(ChatProvider provider, String secret) {
        if (secret == null || secret.isBlank()) {
            return null;
        }
        if (!provider.signs()) {
            throw new InvalidInputException("secret", Text.of("problem.notification.secretNotSigned"));
        }
        if (secret.strip().length() > MAX_SECRET) {
            throw new InvalidInputException("secret", Text.of("problem.input.tooLong", MAX_SECRET));
        }
        return secret.strip();
    }

    private static List<String> kinds(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException("kinds", Text.of("problem.notification.noKind"));
        }
        Set<NotificationKind> chosen = new LinkedHashSet<>();
        for (String code : requested) {
            chosen.add(NotificationKind.byCode(code).orElseThrow(() -> new InvalidInputException("kinds",
                    Text.of("problem.notification.unknownKind", NotificationKind.codes().toString()))));
        }
        return NotificationKind.codes().stream().filter(c -> chosen.contains(NotificationKind.byCode(c).orElseThrow()))
                .toList();
    }

    private static String language(String language) {
        if (language == null || language.isBlank()) {
            return "en";
        }
        if (!IdentityManagement.LOCALES.contains(language.strip())) {
            throw new InvalidInputException("language", Text.of("problem.input.oneOf", IdentityManagement.LOCALES.toString()));
        }
        return language.strip();
    }

    private static void change(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "∅" : before) + " → " + (after == null ? "∅" : after));
        }
    }

    private void publish(Actor actor, ProjectRef project, String action, ChatChannel channel, String summary) {
        events.publishEvent(new NotificationEvent(project.id(), actor.username(), action, "ChatChannel",
                project.key() + "/chat-channel-" + channel.id(), summary));
    }
}
