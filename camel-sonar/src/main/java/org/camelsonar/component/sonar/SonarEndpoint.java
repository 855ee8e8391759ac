package org.camelsonar.component.sonar;

import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.camelsonar.component.sonar.client.SonarHttpClient;
import org.camelsonar.component.sonar.operation.SonarOperation;

/**
 * Send texts, manage customers and trigger campaigns in Sonar (sendsonar.com), the business text-messaging inbox
 * and CRM, and receive its webhook events.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "sonar", title = "Sonar", syntax = "sonar:resource/action",
             category = { Category.CLOUD, Category.API, Category.MOBILE }, headersClass = SonarConstants.class)
public class SonarEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(enums = "customer,message,campaign,conversation,phoneNumber,api,webhook",
             description = "The Sonar resource: customer, message, campaign, conversation, phoneNumber or api for"
                           + " producers; webhook for consumers.")
    @Metadata(required = true)
    private String resource;
    @UriPath(enums = "get,upsert,unassign,close,deleteProperty,send,appendTag,available,call,customer_created,"
                     + "customer_state_changed,tag_added_to_message,tag_removed_from_message,outbound_message,"
                     + "new_assigned_message,new_unassigned_message,user_assignment,customer_subscribed,"
                     + "customer_unsubscribed,double_opt_in",
             description = "The action on the resource, e.g. message/send; for webhook, Sonar's event identifier,"
                           + " e.g. webhook/customer_created.")
    @Metadata(required = true)
    private String action;
    @UriParam
    private SonarConfiguration configuration;
    @UriParam
    private SonarOperationOptions operationOptions = new SonarOperationOptions();
    @UriParam
    private SonarWebhookConfiguration webhookConfiguration = new SonarWebhookConfiguration();

    // reads an option by its name, for the operation table (its fields and credentials name their options)
    private static final SonarEndpointConfigurer OPTIONS = new SonarEndpointConfigurer();

    private final SonarOperation operation;
    private final SonarEvent event;
    private SonarHttpClient client;

    /** A producer endpoint. */
    SonarEndpoint(String uri, SonarComponent component, SonarOperation operation,
                         SonarConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.event = null;
        this.configuration = configuration;
        String[] parts = operation.uri().split("/", 2);
        this.resource = parts[0];
        this.action = parts[1];
    }

    /** A webhook consumer endpoint. */
    SonarEndpoint(String uri, SonarComponent component, SonarEvent event, SonarConfiguration configuration) {
        super(uri, component);
        this.operation = null;
        this.event = event;
        this.configuration = configuration;
        this.resource = "webhook";
        this.action = event.id();
    }

    @Override
    public Producer createProducer() {
        if (operation == null) {
            throw new UnsupportedOperationException("sonar:webhook/" + event.id() + " receives Sonar events: use it in"
                                                    + " from(...). Producer operations are: " + SonarOperation.allUris());
        }
        return new SonarProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (event == null) {
            throw new UnsupportedOperationException("sonar:" + operation.uri() + " is a producer operation: use it in"
                                                    + " to(...). Sonar events are consumed from sonar:webhook/<event>,"
                                                    + " with event one of " + SonarEvent.allIds());
        }
        SonarWebhookConsumer consumer = new SonarWebhookConsumer(this, event, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = getComponent().acquireClient(configuration);
    }

    @Override
    protected void doStop() throws Exception {
        if (client != null) {
            getComponent().releaseClient(configuration);
            client = null;
        }
        super.doStop();
    }

    @Override
    public SonarComponent getComponent() {
        return (SonarComponent) super.getComponent();
    }

    @Override
    public String getServiceUrl() {
        return configuration.resolveBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    /** The shared HTTP client, while the endpoint is started. */
    SonarHttpClient getClient() {
        return client;
    }

    /** The value of one of this endpoint's options, by its name in the URI ({@code phoneNumber}); null when unset. */
    Object optionValue(String name) {
        return OPTIONS.getOptionValue(this, name, false);
    }

    /** The producer operation, or null for a webhook endpoint. */
    SonarOperation getOperation() {
        return operation;
    }

    /** The webhook event, or null for a producer endpoint. */
    public SonarEvent getEvent() {
        return event;
    }

    public String getResource() {
        return resource;
    }

    public String getAction() {
        return action;
    }

    public SonarConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SonarConfiguration configuration) {
        this.configuration = configuration;
    }

    public SonarOperationOptions getOperationOptions() {
        return operationOptions;
    }

    public void setOperationOptions(SonarOperationOptions operationOptions) {
        this.operationOptions = operationOptions;
    }

    public SonarWebhookConfiguration getWebhookConfiguration() {
        return webhookConfiguration;
    }

    public void setWebhookConfiguration(SonarWebhookConfiguration webhookConfiguration) {
        this.webhookConfiguration = webhookConfiguration;
    }
}
