package org.camelsonar.component.sonar.model;

/** A team member of the Sonar account, as webhook events name them. */
public class SonarUser extends SonarExtensible {

    private String firstName;
    private String lastName;
    private String email;

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    @Override
    public String toString() {
        return "SonarUser[" + firstName + " " + lastName + ", " + email + "]";
    }
}
