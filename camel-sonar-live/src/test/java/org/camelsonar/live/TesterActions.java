package org.camelsonar.live;

/**
 * The tester's part of the run, which no API call can play: texting the account's number from the test phone and
 * completing a double opt-in. Against Sonar the suite asks for it and waits; against the simulator it drives the
 * simulator's inbox.
 */
interface TesterActions {

    /** Asks for (or performs) an inbound text and a double opt-in; {@code sonarNumber} may be null. */
    void textInAndOptIn(String phone, String sonarNumber);
}
