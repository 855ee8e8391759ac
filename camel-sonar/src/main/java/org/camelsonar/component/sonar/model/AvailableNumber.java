package org.camelsonar.component.sonar.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The answer to phoneNumber/available: the Sonar number customers should text. Other fields Sonar sends are in
 * {@link #getOther()}.
 */
public class AvailableNumber extends SonarExtensible {

    private String availableNumber;
    @JsonIgnore
    private String rawAvailableNumber;

    public String getAvailableNumber() {
        return availableNumber;
    }

    public void setAvailableNumber(String availableNumber) {
        this.availableNumber = availableNumber;
    }

    /**
     * The number as Sonar sent it (a bare 10-digit number or E.164), before the component normalised it to E.164;
     * the same as {@link #getAvailableNumber()} when it was not normalised.
     */
    public String getRawAvailableNumber() {
        return rawAvailableNumber != null ? rawAvailableNumber : availableNumber;
    }

    public void setRawAvailableNumber(String rawAvailableNumber) {
        this.rawAvailableNumber = rawAvailableNumber;
    }

    @Override
    public String toString() {
        return "AvailableNumber[" + availableNumber + "]";
    }
}
