package org.camelsonar.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An in-memory Sonar (sendsonar.com) speaking its HTTP API on 127.0.0.1, raising and delivering its webhooks,
 * and taking faults on demand: for tests and examples, as LocalStack is for AWS.
 * <pre>{@code
 * try (SonarSimulator sim = SonarSimulator.builder().token("t").retryScale(0.001).tags("vip").build().start()) {
 *     String baseUrl = sim.baseUrl();          // http://127.0.0.1:<port>/api
 *     sim.inboundText("+13105550001", "Hello");  // raises new_unassigned_message
 * }
 * }</pre>
 * Thread-safe. State lives until {@link #reset()} or {@link #close()}.
 */
public final class SonarSimulator implements AutoCloseable {

    static {
        ApiServer.preferNoDelay(); // before any JDK HttpServer of this JVM starts, our own or a test's receiver
    }

    private final SonarSimulatorBuilder config;
    private final Catalog catalog;
    private final WebhookRegistry registry = new WebhookRegistry();
    private final WebhookDispatcher dispatcher;
    private final EventPublisher publisher;
    private final EventFactory eventFactory;
    private final SonarBackend backend;
    private final FaultInjector faults = new FaultInjector();
    private final ApiRoutes routes;
    private final Clock clock;
    private volatile ApiServer server;
    private boolean started;

    SonarSimulator(SonarSimulatorBuilder builder) {
        this.config = builder;
        this.clock = builder.clock;
        Ids ids = new Ids();
        this.catalog = new Catalog(builder.tags, builder.campaigns);
        this.dispatcher = new WebhookDispatcher(registry, builder.retryScale, builder.deliveryTimeout);
        this.publisher = new EventPublisher(dispatcher);
        this.eventFactory = new EventFactory(clock, ids, catalog, builder.companyName);
        this.backend = new SonarBackend(clock, builder.duplicateWindow, ids, catalog, eventFactory, publisher);
        WireFormat wire = new WireFormat(clock.getZone(), catalog, builder.sonarNumber);
        this.routes = new ApiRoutes(new CustomerEndpoints(backend, wire),
                new MessagingEndpoints(backend, catalog, wire), new WebhookEndpoints(registry, wire, clock));
    }

    public static SonarSimulatorBuilder builder() {
        return new SonarSimulatorBuilder();
    }

    /** Binds and starts listening; returns this for chaining. A simulator starts once. */
    public synchronized SonarSimulator start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        try {
            server = new ApiServer(config.host, config.port, routes,
                    new Credentials(config.token, config.publishableKey), faults);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind " + config.host + ":" + config.port, e);
        }
        server.start();
        eventFactory.webBase("http://" + urlHost() + ":" + server.port());
        return this;
    }

    /** {@code http://127.0.0.1:<port>/api}: the base URL to give a Sonar client (paths are {@code /v1/...}). */
    public String baseUrl() {
        return "http://" + urlHost() + ":" + port() + "/api";
    }

    public int port() {
        ApiServer running = server;
        if (running == null) {
            throw new IllegalStateException("not running");
        }
        return running.port();
    }

    public String token() {
        return config.token;
    }

    public String publishableKey() {
        return config.publishableKey;
    }

    // ---- what happens on Sonar's side: customers texting in, team members acting in the inbox ----

    /** A customer texts the business; creates the customer if new, reopens a closed conversation. */
    public SimulatedMessage inboundText(String phone, String text) {
        return inboundText(phone, text, null);
    }

    public SimulatedMessage inboundText(String phone, String text, String mediaUrl) {
        return backend.inbound(PhoneNumbers.require(phone), text, mediaUrl);
    }

    /** A team member replies from the inbox: raises outbound_message and assigns the customer to them. */
    public SimulatedMessage agentReply(String phone, String userEmail, String text) {
        return backend.agentReply(PhoneNumbers.require(phone), Objects.requireNonNull(userEmail, "userEmail"), text);
    }

    /** Creates or updates a customer as the API would, {@code null} arguments leaving fields unchanged. */
    public SimulatedCustomer upsertCustomer(String phone, String firstName, String lastName, String email) {
        CustomerPatch patch = CustomerPatch.ofNonNull("first_name", firstName, "last_name", lastName, "email", email);
        return backend.upsert(PhoneNumbers.require(phone), patch).customer();
    }

    /** Assigns the customer to a team member (raises user_assignment); unknown emails become members. */
    public void assign(String phone, String userEmail) {
        backend.assign(PhoneNumbers.require(phone), userEmail);
    }

    public void unassign(String phone) {
        backend.unassign(PhoneNumbers.require(phone))
                .orElseThrow(() -> new IllegalArgumentException("Customer not found: " + phone));
    }

    /** Opens or closes the customer's conversation ("open" or "closed"); raises customer_state_changed. */
    public void setState(String phone, String state) {
        backend.setState(PhoneNumbers.require(phone), state);
    }

    /** Tags a message by its external id, as a user would in the inbox; raises tag_added_to_message. */
    public SimulatedMessage addTag(String externalId, String tag) {
        return tag(externalId, tag, true);
    }

    public SimulatedMessage removeTag(String externalId, String tag) {
        return tag(externalId, tag, false);
    }

    /** The customer completes double opt-in: subscribed again if needed, then double_opt_in. */
    public SimulatedCustomer doubleOptIn(String phone) {
        return backend.doubleOptIn(PhoneNumbers.require(phone));
    }

    public SonarSimulator createTag(String name) {
        catalog.createTag(name);
        return this;
    }

    /** A campaign API sends can trigger by its slug; {@code text} is what it sends. */
    public SonarSimulator createCampaign(String slug, String text) {
        catalog.createCampaign(slug, text);
        return this;
    }

    /** A team member with a name, for the {@code user} object of webhooks and the customer's {@code assignee}. */
    public SonarSimulator createUser(String email, String firstName, String lastName) {
        catalog.createUser(email, firstName, lastName);
        return this;
    }

    /** Registers an active POST webhook for these events, as Sonar's UI would. */
    public RegisteredWebhook registerWebhook(String url, String... events) {
        if (!WebhookEndpoints.isHttpUrl(url)) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        return registry.register(url, List.of(events), OffsetDateTime.now(clock));
    }

    /** Removes a webhook, as a person can in Sonar's UI; false when there is none with this id. */
    public boolean removeWebhook(long id) {
        return registry.delete(id).isPresent();
    }

    /** Deactivates a webhook, as a person can in Sonar's UI (or Sonar after failed deliveries). */
    public boolean deactivateWebhook(long id) {
        return registry.deactivate(id, OffsetDateTime.now(clock)).isPresent();
    }

    // ---- inspection ----

    public Optional<SimulatedCustomer> customer(String phone) {
        return PhoneNumbers.normalise(phone).flatMap(backend::customer);
    }

    public List<SimulatedCustomer> customers() {
        return backend.customers();
    }

    /** Every text, inbound and outbound, oldest first; refused sends are in {@link #refusedSends()}. */
    public List<SimulatedMessage> messages() {
        return backend.messages();
    }

    public List<RefusedSend> refusedSends() {
        return backend.refusedSends();
    }

    /** Every event raised, oldest first, whether or not a webhook wanted it. */
    public List<SimulatedEvent> events() {
        return publisher.events();
    }

    public List<RegisteredWebhook> webhooks() {
        return registry.list();
    }

    /** Every webhook delivery attempt made so far, in the order they completed. */
    public List<DeliveryAttempt> deliveries() {
        return dispatcher.attempts();
    }

    /** Every HTTP request received, in the order answered. */
    public List<ReceivedRequest> requests() {
        ApiServer running = server;
        return running == null ? List.of() : running.received();
    }

    /** Waits until {@code count} delivery attempts were made; throws AssertionError listing them otherwise. */
    public List<DeliveryAttempt> awaitDeliveries(int count, Duration timeout) {
        return dispatcher.await(a -> true, count, timeout);
    }

    public List<DeliveryAttempt> awaitDeliveries(Predicate<DeliveryAttempt> filter, int count, Duration timeout) {
        return dispatcher.await(filter, count, timeout);
    }

    // ---- faults ----

    /** Adds this delay to every call (before it is answered); {@code Duration.ZERO} removes it. */
    public SonarSimulator latency(Duration latency) {
        faults.latency(latency);
        return this;
    }

    /** Answers the next {@code times} calls with {@code status} and {@code body} (null: a JSON error). */
    public SonarSimulator failNext(int times, int status, String body) {
        return failNext(null, null, times, status, body);
    }

    /** Like {@link #failNext(int, int, String)} for calls to one method ({@code null}: any) and path ({@code /v1/messages}). */
    public SonarSimulator failNext(String method, String path, int times, int status, String body) {
        faults.add(method, path, times, FaultInjector.failure(status, body));
        return this;
    }

    /** Answers the next {@code times} calls with 429, {@code Retry-After} and {@code {"error":"Rate limit exceeded"}}. */
    public SonarSimulator rateLimitNext(int times, long retryAfterSeconds) {
        faults.add(null, null, times, FaultInjector.rateLimit(retryAfterSeconds));
        return this;
    }

    /** Closes the connection of the next {@code times} calls without answering. */
    public SonarSimulator dropNextConnections(int times) {
        faults.add(null, null, times, FaultInjector.drop());
        return this;
    }

    /** Removes pending faults and the latency. */
    public SonarSimulator clearFaults() {
        faults.clear();
        return this;
    }

    /** Back to the built state: no customers, texts, events, webhooks, deliveries, requests or faults; seeds only. */
    public void reset() {
        dispatcher.reset();
        faults.clear();
        registry.clear();
        backend.reset();
        publisher.clear();
        catalog.reset();
        ApiServer running = server;
        if (running != null) {
            running.clearReceived();
        }
    }

    @Override
    public synchronized void close() {
        dispatcher.close();
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private SimulatedMessage tag(String externalId, String tag, boolean add) {
        if (!catalog.hasTag(tag)) {
            throw new IllegalArgumentException("Tag not found: " + tag);
        }
        return backend.tag(externalId, tag, add)
                .orElseThrow(() -> new IllegalArgumentException("Message not found: " + externalId));
    }

    private String urlHost() {
        return "0.0.0.0".equals(config.host) ? "127.0.0.1" : config.host;
    }
}
