package org.camelsonar.component.sonar;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.camelsonar.component.sonar.client.SonarRequest;
import org.camelsonar.component.sonar.client.SonarResponse;
import org.camelsonar.component.sonar.error.SonarConnectionException;
import org.camelsonar.component.sonar.error.SonarException;
import org.camelsonar.component.sonar.error.SonarUnsubscribedException;
import org.camelsonar.component.sonar.health.SonarHealth;
import org.camelsonar.component.sonar.model.SendResult;
import org.camelsonar.component.sonar.operation.SonarAnswerReader;
import org.camelsonar.component.sonar.operation.SonarErrors;
import org.camelsonar.component.sonar.operation.SonarOperation;
import org.camelsonar.component.sonar.operation.SonarRequestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls Sonar without holding a thread while the call is in flight. Every failure ends on the exchange: a value
 * refused before the call, Sonar's non-2xx answer, or the I/O failure; nothing is thrown to the caller.
 */
public class SonarProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(SonarProducer.class);

    private final SonarEndpoint endpoint;
    private SonarOperation operation;
    private SonarRequestFactory requests;
    private SonarAnswerReader answers;
    private boolean failOnUnsubscribed;
    private ExecutorService completions;
    // health: the credential this endpoint calls with, as the health state knows it (a digest, never the value)
    private SonarHealth.Credential credential;

    SonarProducer(SonarEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SonarConfiguration configuration = endpoint.getConfiguration();
        operation = endpoint.getOperation();
        requests = new SonarRequestFactory(operation, configuration.resolveBaseUrl(), configuration.getDefaultRegion(),
                endpoint::optionValue);
        answers = new SonarAnswerReader(operation, configuration.getDefaultRegion());
        failOnUnsubscribed = configuration.isFailOnUnsubscribed();
        // null: continue where the answer arrived, on the I/O thread (continueOnIoThread)
        completions = endpoint.getConfiguration().isContinueOnIoThread() ? null : endpoint.getComponent().completions();
        credential = SonarHealth.Credential.of(operation.credential().option(), configuration.resolveBaseUrl(),
                requests.credential());
        endpoint.getComponent().health().credentialInUse(credential);
    }

    @Override
    protected void doStop() throws Exception {
        if (credential != null) {
            // health: a credential's problem does not outlive the last producer that uses it
            endpoint.getComponent().health().credentialReleased(credential);
            credential = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        SonarRequest request;
        try {
            request = requests.create(exchange);
        } catch (Exception e) {
            exchange.setException(tagged(e));
            callback.done(true);
            return true;
        }
        LOG.debug("Calling Sonar {}: {}", operation.uri(), request);
        CompletableFuture<SonarResponse> answer = endpoint.getClient().send(request);
        BiConsumer<SonarResponse, Throwable> continuation = (response, failure) -> complete(exchange, callback, response,
                failure);
        if (completions != null) {
            answer.whenCompleteAsync(continuation, completions);
        } else {
            answer.whenComplete(continuation);
        }
        return false;
    }

    /** Puts Sonar's answer, or the failure, on the exchange and hands it back to Camel; never throws. */
    private void complete(Exchange exchange, AsyncCallback callback, SonarResponse response, Throwable failure) {
        try {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                exchange.setException(new SonarConnectionException(operation.uri(), cause).withOperation(operation.uri()));
            } else {
                LOG.debug("Sonar {} answered HTTP {} (request id {})", operation.uri(),
                        response.status(), response.requestId());
                // the failed answer's body is read once, here; the health check and the exchange share the result
                SonarException refusal = response.isSuccess() ? null : SonarErrors.of(operation.uri(),
                        response);
                // health: a rejection or an account state marks the credential, a 2xx with it clears that
                if (refusal == null) {
                    endpoint.getComponent().health().accepted(credential);
                } else {
                    endpoint.getComponent().health().refused(credential, operation.uri(), refusal);
                }
                answered(exchange.getMessage(), response, refusal);
            }
        } catch (Exception e) {
            exchange.setException(tagged(e));
        } finally {
            callback.done(false);
        }
    }

    /** The answer's status and request id as headers; then the typed result as body, or the refusal thrown. */
    private void answered(Message message, SonarResponse response, SonarException refusal) {
        message.setHeader(SonarConstants.RESPONSE_CODE, response.status());
        if (response.requestId() != null) {
            message.setHeader(SonarConstants.REQUEST_ID, response.requestId());
        }
        if (refusal != null) {
            throw refusal;
        }
        Object result = answers.read(response);
        if (result instanceof SendResult send) {
            message.setHeader(SonarConstants.MESSAGE_STATUS, send.getStatus());
            if (failOnUnsubscribed && send.isUnsubscribed()) {
                throw new SonarUnsubscribedException(operation.uri(), response.status(), response.requestId());
            }
        }
        message.setBody(result);
    }

    /** A Sonar failure carries its operation, so that retry decisions need not parse endpoint URIs. */
    private Exception tagged(Exception failure) {
        return failure instanceof SonarException sonar ? sonar.withOperation(operation.uri()) : failure;
    }
}
