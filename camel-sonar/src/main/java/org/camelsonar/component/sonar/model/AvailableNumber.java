package org.camelsonar.component.sonar.model;

/** The answer to phoneNumber/available: the Sonar number customers should text. */
public class AvailableNumber {

    private String availableNumber;

    public String getAvailableNumber() {
        return availableNumber;
    }

    public void setAvailableNumber(String availableNumber) {
        this.availableNumber = availableNumber;
    }

    @Override
    public String toString() {
        return "AvailableNumber[" + availableNumber + "]";
    }
}
