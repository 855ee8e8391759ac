package org.camelsonar.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sonar's behaviour, independent of HTTP: customers, conversations, subscription, assignment, texts and the
 * events they raise. Every operation holds this object's lock, so concurrent calls see whole operations only;
 * publishing an event under the lock is cheap (delivery is asynchronous). Inputs are already validated.
 */
final class SonarBackend {

    record Upserted(boolean created, SimulatedCustomer customer) {
    }

    /** {@code customer} null: no such customer; {@code value} null: no such property. */
    record PropertyDeletion(SimulatedCustomer customer, String value) {
    }

    record Conversation(SimulatedCustomer customer, List<SimulatedMessage> messages) {
    }

    /** An API send: a message, or a campaign when {@code campaignId} is set ({@code text} is then its copy). */
    record Outbound(String phone, String text, String mediaUrl, List<String> tags, String campaignId,
                    OffsetDateTime sendAt) {
    }

    private final Clock clock;
    private final Duration duplicateWindow;
    private final Ids ids;
    private final Catalog catalog;
    private final CustomerBook customers;
    private final MessageLog messages = new MessageLog();
    private final EventFactory events;
    private final EventPublisher publisher;

    SonarBackend(Clock clock, Duration duplicateWindow, Ids ids, Catalog catalog, EventFactory events,
                 EventPublisher publisher) {
        this.clock = clock;
        this.duplicateWindow = duplicateWindow;
        this.ids = ids;
        this.catalog = catalog;
        this.customers = new CustomerBook(ids);
        this.events = events;
        this.publisher = publisher;
    }

    synchronized Upserted upsert(String phone, CustomerPatch patch) {
        Instant now = clock.instant();
        Optional<CustomerData> existing = customers.find(phone);
        CustomerData c = existing.orElseGet(() -> customers.create(phone, now));
        c.applyFields(patch);
        if (existing.isEmpty()) {
            // a customer born unsubscribed raises customer_created only: nothing changed state
            if (Boolean.FALSE.equals(patch.subscribed)) {
                c.subscribed = false;
                c.unsubscribedAt = now;
            }
            publisher.publish(events.customerEvent(SonarEvents.CUSTOMER_CREATED, c));
        } else if (patch.subscribed != null) {
            setSubscribed(c, patch.subscribed, now);
        }
        if (patch.userEmailPresent) {
            assignTo(c, patch.userEmail);
        }
        return new Upserted(existing.isEmpty(), c.snapshot());
    }

    synchronized Optional<SimulatedCustomer> customer(String phone) {
        return customers.find(phone).map(CustomerData::snapshot);
    }

    synchronized List<SimulatedCustomer> customers() {
        return customers.all().stream().map(CustomerData::snapshot).toList();
    }

    synchronized Optional<SimulatedCustomer> close(String phone) {
        return customers.find(phone).map(c -> {
            setState(c, SimulatedCustomer.CLOSED);
            return c.snapshot();
        });
    }

    synchronized void setState(String phone, String state) {
        if (!SimulatedCustomer.OPEN.equals(state) && !SimulatedCustomer.CLOSED.equals(state)) {
            throw new IllegalArgumentException("state must be \"open\" or \"closed\": " + state);
        }
        setState(existing(phone), state);
    }

    synchronized Optional<SimulatedCustomer> unassign(String phone) {
        return customers.find(phone).map(c -> {
            assignTo(c, null);
            return c.snapshot();
        });
    }

    synchronized void assign(String phone, String userEmail) {
        assignTo(existing(phone), Objects.requireNonNull(userEmail, "userEmail"));
    }

    synchronized PropertyDeletion deleteProperty(String phone, String email, String name) {
        Optional<CustomerData> found = phone != null ? customers.find(phone) : customers.findByEmail(email);
        return found.map(c -> {
            String value = c.properties.remove(name);
            return new PropertyDeletion(c.snapshot(), value);
        }).orElseGet(() -> new PropertyDeletion(null, null));
    }

    /** Answers Sonar's {@code status}: "queued" (also for a suppressed duplicate) or "unsubscribed". */
    synchronized String send(Outbound o) {
        Instant now = clock.instant();
        CustomerData c = findOrCreate(o.phone(), now);
        if (!c.subscribed) {
            messages.refuse(new RefusedSend(c.phoneNumber, o.text(), o.campaignId(), RefusedSend.UNSUBSCRIBED, now));
            return "unsubscribed";
        }
        if (o.sendAt() != null && o.sendAt().toInstant().isAfter(now)) {
            messages.add(outbound(c, o, null, now, o.sendAt()));
            return "queued";
        }
        if (messages.isDuplicate(c.phoneNumber, o.text(), o.mediaUrl(), now, duplicateWindow)) {
            messages.refuse(new RefusedSend(c.phoneNumber, o.text(), o.campaignId(), RefusedSend.DUPLICATE, now));
            return "queued";
        }
        MessageData m = outbound(c, o, null, now, null);
        messages.add(m);
        messages.markSent(c.phoneNumber, o.text(), o.mediaUrl(), now);
        publisher.publish(events.message(SonarEvents.OUTBOUND_MESSAGE, m, c));
        return "queued";
    }

    /** A team member replying from the inbox: bypasses subscription (a human may text one-to-one) and assigns. */
    synchronized SimulatedMessage agentReply(String phone, String userEmail, String text) {
        Instant now = clock.instant();
        CustomerData c = findOrCreate(phone, now);
        assignTo(c, userEmail);
        Outbound o = new Outbound(phone, text, null, List.of(), null, null);
        MessageData m = outbound(c, o, catalog.user(userEmail).email(), now, null);
        messages.add(m);
        publisher.publish(events.message(SonarEvents.OUTBOUND_MESSAGE, m, c));
        return m.snapshot();
    }

    synchronized SimulatedMessage inbound(String phone, String text, String mediaUrl) {
        Instant now = clock.instant();
        CustomerData c = findOrCreate(phone, now);
        setState(c, SimulatedCustomer.OPEN);
        MessageData m = new MessageData(ids, c, SimulatedMessage.INBOUND, text, mediaUrl, null, null, now, null);
        messages.add(m);
        String action = c.assignee == null ? SonarEvents.NEW_UNASSIGNED_MESSAGE : SonarEvents.NEW_ASSIGNED_MESSAGE;
        publisher.publish(events.message(action, m, c));
        if (OptOutKeywords.isOptOut(text)) {
            setSubscribed(c, false, now);
        }
        return m.snapshot();
    }

    /** Empty when no message has this external id; adding a tag the message has already raises nothing. */
    synchronized Optional<SimulatedMessage> tag(String externalId, String tagName, boolean add) {
        return messages.byExternalId(externalId).map(m -> {
            boolean changed = add ? m.tags.add(tagName) : m.tags.remove(tagName);
            if (changed) {
                String action = add ? SonarEvents.TAG_ADDED_TO_MESSAGE : SonarEvents.TAG_REMOVED_FROM_MESSAGE;
                publisher.publish(events.tag(action, m, existing(m.phoneNumber), tagName));
            }
            return m.snapshot();
        });
    }

    synchronized SimulatedCustomer doubleOptIn(String phone) {
        Instant now = clock.instant();
        CustomerData c = findOrCreate(phone, now);
        setSubscribed(c, true, now);
        publisher.publish(events.customerEvent(SonarEvents.DOUBLE_OPT_IN, c));
        return c.snapshot();
    }

    synchronized Optional<Conversation> conversation(String conversationId) {
        return customers.findByConversation(conversationId).map(c -> new Conversation(c.snapshot(),
                messages.forConversation(conversationId).stream().map(MessageData::snapshot).toList()));
    }

    synchronized List<SimulatedMessage> messages() {
        return messages.all().stream().map(MessageData::snapshot).toList();
    }

    synchronized List<RefusedSend> refusedSends() {
        return messages.refused();
    }

    synchronized void reset() {
        customers.clear();
        messages.clear();
    }

    private CustomerData findOrCreate(String phone, Instant now) {
        return customers.find(phone).orElseGet(() -> {
            CustomerData c = customers.create(phone, now);
            publisher.publish(events.customerEvent(SonarEvents.CUSTOMER_CREATED, c));
            return c;
        });
    }

    private CustomerData existing(String phone) {
        return customers.find(phone).orElseThrow(() -> new IllegalArgumentException("Customer not found: " + phone));
    }

    private MessageData outbound(CustomerData c, Outbound o, String sentBy, Instant now, OffsetDateTime scheduled) {
        MessageData m = new MessageData(ids, c, SimulatedMessage.OUTBOUND, o.text(), o.mediaUrl(), o.campaignId(),
                sentBy, now, scheduled);
        m.tags.addAll(o.tags());
        return m;
    }

    private void setSubscribed(CustomerData c, boolean subscribed, Instant now) {
        if (c.subscribed == subscribed) {
            return;
        }
        c.subscribed = subscribed;
        c.unsubscribedAt = subscribed ? null : now;
        publisher.publish(events.customerEvent(
                subscribed ? SonarEvents.CUSTOMER_SUBSCRIBED : SonarEvents.CUSTOMER_UNSUBSCRIBED, c));
    }

    private void setState(CustomerData c, String state) {
        if (!c.state.equals(state)) {
            c.state = state;
            publisher.publish(events.stateChanged(c));
        }
    }

    /** Unassigning (null) raises nothing: user_assignment is documented for assigning a customer to a user. */
    private void assignTo(CustomerData c, String userEmail) {
        String assignee = userEmail == null ? null : catalog.user(userEmail).email();
        if (Objects.equals(c.assignee == null ? null : c.assignee.toLowerCase(java.util.Locale.ROOT),
                assignee == null ? null : assignee.toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        c.assignee = assignee;
        if (assignee != null) {
            publisher.publish(events.assignment(c));
        }
    }
}
