package org.camelsonar.component.sonar.webhook;

import org.apache.camel.spi.IdempotentRepository;

/**
 * Makes each event run the route once although Sonar may deliver it several times (its retries repeat the uuid).
 * Two keys per event live in the repository: a claim while the route runs and the uuid itself once it succeeded.
 * With a repository shared between instances this holds across them: the claim is taken before the uuid is
 * checked, and the uuid is stored before the claim is released, so no interleaving runs an event twice.
 */
final class DeliveryGuard {

    enum Admission {
        /** Run the route. */
        RUN,
        /** Already processed: answer 2xx so Sonar stops retrying. */
        DONE,
        /** Being processed right now: answer non-2xx so Sonar comes back later. */
        BUSY
    }

    private static final String CLAIM_PREFIX = "in-flight:";

    private final IdempotentRepository repository;

    DeliveryGuard(IdempotentRepository repository) {
        this.repository = repository;
    }

    Admission admit(String uuid) {
        if (repository.contains(uuid)) {
            return Admission.DONE;
        }
        if (!repository.add(CLAIM_PREFIX + uuid)) {
            return Admission.BUSY;
        }
        if (repository.contains(uuid)) {
            // finished elsewhere between the first check and the claim
            repository.remove(CLAIM_PREFIX + uuid);
            return Admission.DONE;
        }
        return Admission.RUN;
    }

    /** The route succeeded: remember the event, then release the claim. */
    void succeeded(String uuid) {
        repository.add(uuid);
        repository.confirm(uuid);
        repository.remove(CLAIM_PREFIX + uuid);
    }

    /** The route failed: forget the claim so that Sonar's retry runs the route again. */
    void failed(String uuid) {
        repository.remove(CLAIM_PREFIX + uuid);
    }
}
