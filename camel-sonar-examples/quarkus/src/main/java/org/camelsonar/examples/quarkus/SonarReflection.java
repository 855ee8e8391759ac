package org.camelsonar.examples.quarkus;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.camelsonar.component.sonar.model.AvailableNumber;
import org.camelsonar.component.sonar.model.CampaignResult;
import org.camelsonar.component.sonar.model.Conversation;
import org.camelsonar.component.sonar.model.ConversationMessage;
import org.camelsonar.component.sonar.model.Customer;
import org.camelsonar.component.sonar.model.DeletedProperty;
import org.camelsonar.component.sonar.model.MessageResult;
import org.camelsonar.component.sonar.model.SendResult;
import org.camelsonar.component.sonar.model.SonarExtensible;
import org.camelsonar.component.sonar.model.SonarUser;
import org.camelsonar.component.sonar.model.SuccessResult;
import org.camelsonar.component.sonar.model.WebhookEvent;

/**
 * Registers camel-sonar's JSON model for reflection, which Jackson needs in a native image: every class in
 * {@code org.camelsonar.component.sonar.model}, superclasses included, and the deserializer Customer names for its
 * properties. In JVM mode the annotation changes nothing.
 * camel-sonar is a plain Camel component with no Quarkus dependency, so the application does this; a Camel Quarkus
 * extension for Sonar would register the same classes at build time instead. {@code SonarReflectionTest} fails
 * when a model class is missing here.
 */
@RegisterForReflection(targets = {
        AvailableNumber.class,
        CampaignResult.class,
        Conversation.class,
        ConversationMessage.class,
        Customer.class,
        Customer.PropertyValue.class,
        DeletedProperty.class,
        MessageResult.class,
        SendResult.class,
        SonarExtensible.class,
        SonarUser.class,
        SuccessResult.class,
        WebhookEvent.class })
public class SonarReflection {
}
