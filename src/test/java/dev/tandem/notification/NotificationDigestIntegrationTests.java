package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.meeting.ActionItemAssigned;
import dev.tandem.notification.internal.NotificationDeliveries;
import dev.tandem.notification.internal.NotificationDigests;
import dev.tandem.notification.internal.NotificationSender;
import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Api.ProjectWithItem;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest, with e-mails to GreenMail and the digest maker and sender run with clocks of their own: the
 * digest time is chosen three hours ahead on the person's clock (Shanghai), so the background run with the real clock
 * never reaches it during the test.
 */
@TandemIntegrationTest
class NotificationDigestIntegrationTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Api api;
    @Autowired
    NotificationSender sender;
    @Autowired
    NotificationDigests digests;
    @Autowired
    NotificationDeliveries deliveries;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @LocalServerPort
    int port;

    @RegisterExtension
    final Mailbox mail = new Mailbox();

    @Test
    void twoNotificationsMakeOneDigestAtTheChosenHourOfThePersonsClockInTheirLanguage() throws Exception {
        ProjectWithItem first = api.projectWithItem();
        ProjectWithItem second = api.projectWithItem();
        Person owner = digestReader("zh-CN");
        long ownerId = personId(owner);
        Instant digestTime = chooseDigestInThreeHours(owner);

        assign(ownerId, first.project(), "Draft the rollout plan");
        assign(ownerId, second.project(), "Book the venue");

        // held for the digest: nothing goes before its time
        run(digestTime.minus(Duration.ofMinutes(1)));
        assertThat(mailsTo(owner)).isEmpty();

        Instant after = digestTime.plusSeconds(30);
        digests.at(fixed(after)).makeDue();
        // another node, or this one after a restart, running the same digest: it is made once
        digests.at(fixed(after)).makeDue();
        senderAt(after).sendDue();
        senderAt(after.plus(NotificationSender.LEASE).plusSeconds(1)).sendDue();

        assertThat(mailsTo(owner)).hasSize(1);
        MimeMessage digest = mailsTo(owner)[0];
        assertThat(digest.getSubject()).contains("每日摘要", "2");
        String text = Mailbox.part(digest, "text/plain");
        String html = Mailbox.part(digest, "text/html");
        assertThat(text).contains("Draft the rollout plan", "Book the venue", first.project(), second.project(),
                "分配给你的行动项", "http://tandem.example.test/projects/" + first.project() + "/meetings",
                "http://tandem.example.test/notifications/unsubscribe?token=");
        assertThat(text.indexOf(first.project()) < text.indexOf(second.project()))
                .isEqualTo(first.project().compareTo(second.project()) < 0);
        assertThat(html).contains("Draft the rollout plan", "Book the venue", "不再接收", "/account/notifications");
        assertThat(digest.getHeader("Message-ID")[0]).endsWith("@tandem>");
    }

    @Test
    void theNextDigestHoldsOnlyWhatCameAfterTheLastAndADayWithoutNotificationsSendsNone() throws Exception {
        ProjectWithItem p = api.projectWithItem();
        Person owner = digestReader("en");
        long ownerId = personId(owner);
        Instant digestTime = chooseDigestInThreeHours(owner);
        assign(ownerId, p.project(), "Order the badges");
        run(digestTime.plusSeconds(5));
        assertThat(mailsTo(owner)).hasSize(1);
        assertThat(Mailbox.part(mailsTo(owner)[0], "text/plain")).contains("Order the badges", "One notification");

        assign(ownerId, p.project(), "Print the agenda");
        Instant nextDay = digestTime.plus(Duration.ofDays(1)).plusSeconds(5);
        run(nextDay);

        assertThat(mailsTo(owner)).hasSize(2);
        MimeMessage second = mailsTo(owner)[1];
        assertThat(second.getSubject()).contains("Daily digest", "1 notification");
        assertThat(Mailbox.part(second, "text/plain")).contains("Print the agenda").doesNotContain("Order the badges");

        // the day after: nothing new, no mail
        run(nextDay.plus(Duration.ofDays(1)));
        assertThat(mailsTo(owner)).hasSize(2);
    }

    @Test
    void withoutNotificationsThereIsNoDigestAndTurningItOffSendsWhatWaitsOneByOne() throws Exception {
        ProjectWithItem p = api.projectWithItem();
        Person idle = digestReader("en");
        Instant idleTime = chooseDigestInThreeHours(idle);
        run(idleTime.plusSeconds(5));
        assertThat(mailsTo(idle)).isEmpty();
        assertThat(deliveries.ofPerson(personId(idle), NotificationDeliveries.DIGEST)).isEmpty();

        Person changed = digestReader("en");
        chooseDigestInThreeHours(changed);
        assign(personId(changed), p.project(), "Collect the slides");
        Response off = api.send("PUT", "/api/v1/me/notification-preferences", "Bearer " + changed.token(),
                Map.of("digestAt", "", "version", 1));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().get("digestAt").isNull()).isTrue();
        run(Instant.now());

        assertThat(mailsTo(changed)).hasSize(1);
        assertThat(mailsTo(changed)[0].getSubject()).contains("Action item assigned to you");
    }

    @Test
    void theDigestTimeIsChosenOnTheAccountPageAndRefusedWhenItIsNoTime() {
        Person person = api.newPerson();
        PageSession page = PageSession.signedIn(port, person.username(), person.password());
        assertThat(page.get("/account/notifications").body()).contains("id=\"digest-at\"");
        Map<String, String> form = new HashMap<>(Map.of("digestAt", "07:30", "version", "0",
                "email", "action-item-assigned", "inbox", "action-item-assigned"));
        PageSession.Page saved = page.post("/account/notifications", form);
        assertThat(saved.status()).isLessThan(400);
        assertThat(api.get(person.token(), "/api/v1/me/notification-preferences").json().get("digestAt").asString())
                .startsWith("07:30");

        Response bad = api.send("PUT", "/api/v1/me/notification-preferences", "Bearer " + person.token(),
                Map.of("digestAt", "7 in the morning", "version", 1));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(api.get(person.token(), "/api/v1/me/notification-preferences").json().get("digestAt").asString())
                .startsWith("07:30");
    }

    private Person digestReader(String locale) {
        Person person = api.newPerson();
        api.jdbc().update("update person set locale = ?, time_zone = ? where username = ?", locale, SHANGHAI.getId(),
                person.username());
        return person;
    }

    /** Sets the person's digest three hours ahead on their clock (whole minutes) and answers that moment. */
    private Instant chooseDigestInThreeHours(Person person) {
        ZonedDateTime at = ZonedDateTime.now(SHANGHAI).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        Response saved = api.send("PUT", "/api/v1/me/notification-preferences", "Bearer " + person.token(),
                Map.of("digestAt", at.toLocalTime().toString(), "version", 0));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("digestAt").asString()).startsWith(at.toLocalTime().toString());
        assertThat(saved.json().get("timeZone").asString()).isEqualTo(SHANGHAI.getId());
        return at.toInstant();
    }

    private void run(Instant at) {
        digests.at(fixed(at)).makeDue();
        senderAt(at).sendDue();
    }

    private NotificationSender senderAt(Instant now) {
        return sender.at(fixed(now));
    }

    private static Clock fixed(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private long personId(Person person) {
        return api.jdbc().queryForObject("select id from person where username = ?", Long.class, person.username());
    }

    private void assign(long ownerId, String projectKey, String title) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new ActionItemAssigned(
                ownerId, projectKey, "Weekly sync", title, LocalDate.of(2027, 3, 1), "/projects/" + projectKey + "/meetings")));
    }

    private MimeMessage[] mailsTo(Person person) {
        return mail.to(person.username() + "@example.com");
    }
}
