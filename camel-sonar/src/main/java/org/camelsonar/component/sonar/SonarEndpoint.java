package org.camelsonar.component.sonar;

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

/**
 * Send texts, manage customers and trigger campaigns in Sonar (sendsonar.com), the business text-messaging inbox
 * and CRM.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "sonar", title = "Sonar", syntax = "sonar:resource/action",
             category = { Category.CLOUD, Category.API, Category.MOBILE }, headersClass = SonarConstants.class,
             producerOnly = true)
public class SonarEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriPath(enums = "customer,message,campaign,conversation,phoneNumber,api",
             description = "The Sonar resource: customer, message, campaign, conversation, phoneNumber or api.")
    @Metadata(required = true)
    private String resource;
    @UriPath(enums = "get,upsert,unassign,close,deleteProperty,send,appendTag,available,call",
             description = "The action on the resource; together they name the operation, e.g. message/send.")
    @Metadata(required = true)
    private String action;
    @UriParam
    private SonarConfiguration configuration;
    @UriParam
    private SonarOperationOptions operationOptions = new SonarOperationOptions();

    private final SonarOperation operation;
    private SonarHttpClient client;

    public SonarEndpoint(String uri, SonarComponent component, SonarOperation operation,
                         SonarConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
        String[] parts = operation.uri().split("/", 2);
        this.resource = parts[0];
        this.action = parts[1];
    }

    @Override
    public Producer createProducer() {
        return new SonarProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("sonar:" + operation.uri() + " is a producer operation: use it in to(...)");
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

    SonarHttpClient getClient() {
        return client;
    }

    public SonarOperation getOperation() {
        return operation;
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

    @Override
    public String toString() {
        return "SonarEndpoint[" + getEndpointKey() + "]";
    }
}
