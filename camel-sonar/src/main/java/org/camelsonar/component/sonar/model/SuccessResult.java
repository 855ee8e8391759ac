package org.camelsonar.component.sonar.model;

/** The answer to customer/close, customer/unassign and message/appendTag: {@code {"success":true}}. */
public class SuccessResult extends SonarExtensible {

    private Boolean success;

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }

    @Override
    public String toString() {
        return "SuccessResult[success=" + success + ", other=" + getOther() + "]";
    }
}
