package dev.tandem.delivery;

import jakarta.persistence.*;
import java.time.Instant;

/** One delivery as it arrived, kept so it can be processed again after a fix. */
@Entity
@Table(name = "delivery_webhook")
class WebhookDelivery {

    enum Status { PENDING, PROCESSED, IGNORED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long integrationId;
    private Long projectId;
    private String deliveryKey;
    private String eventType;
    private String payload;
    private int payloadSize;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String outcome;
    private int attempts;
    private Instant receivedAt;
    private Instant processedAt;
    @Version
    private long version;

    protected WebhookDelivery() {
    }

    WebhookDelivery(long integrationId, long projectId, String deliveryKey, String eventType, String payload,
                    int payloadSize, Instant now) {
        this.integrationId = integrationId;
        this.projectId = projectId;
        this.deliveryKey = deliveryKey;
        this.eventType = eventType;
        this.payload = payload;
        this.payloadSize = payloadSize;
        this.status = Status.PENDING;
        this.receivedAt = now;
    }

    Long id() { return id; }
    long integrationId() { return integrationId; }
    long projectId() { return projectId; }
    String deliveryKey() { return deliveryKey; }
    String eventType() { return eventType; }
    String payload() { return payload; }
    int payloadSize() { return payloadSize; }
    Status status() { return status; }
    String outcome() { return outcome; }
    int attempts() { return attempts; }
    Instant receivedAt() { return receivedAt; }
    Instant processedAt() { return processedAt; }
    long version() { return version; }

    void finish(Status status, String outcome, Instant now) {
        this.status = status;
        this.outcome = outcome == null || outcome.length() <= 500 ? outcome : outcome.substring(0, 499) + "…";
        this.attempts++;
        this.processedAt = now;
    }

    void requeue() {
        this.status = Status.PENDING;
        this.outcome = null;
    }
}
