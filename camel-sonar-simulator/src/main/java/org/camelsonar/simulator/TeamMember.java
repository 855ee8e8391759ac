package org.camelsonar.simulator;

/** A user of the Sonar account (a team member customers can be assigned to). Names may be unknown. */
record TeamMember(String email, String firstName, String lastName) {

    String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? email : name;
    }
}
