package org.gongkai.requests.web;

import org.gongkai.requests.IntakeForm;

/** The HTML application form's fields (portal and console registration). */
public class ApplyForm {

    /** The form's field ids by the error keys of the intake (for the error summary's links). */
    public static final java.util.Map<String, String> ANCHORS = java.util.Map.of(
            "applicant.type", "applicantType",
            "applicant.name", "name",
            "applicant.idType", "idType",
            "applicant.idNumber", "idNumber",
            "applicant.orgName", "orgName",
            "applicant.creditCode", "creditCode",
            "applicant.phone", "phone",
            "applicant.address", "address");

    private String unitCode;
    private String applicantType = "natural_person";
    private String name;
    private String idType = "resident_id";
    private String idNumber;
    private String orgName;
    private String creditCode;
    private String phone;
    private String email;
    private String address;
    private String description;
    private String delivery = "email";
    private String channel = "online";

    IntakeForm toIntake(String channelKey) {
        return new IntakeForm(
                unitCode,
                applicantType,
                name,
                idType,
                idNumber,
                orgName,
                creditCode,
                phone,
                email,
                address,
                description,
                channelKey,
                delivery);
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String v) {
        unitCode = v;
    }

    public String getApplicantType() {
        return applicantType;
    }

    public void setApplicantType(String v) {
        applicantType = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getIdType() {
        return idType;
    }

    public void setIdType(String v) {
        idType = v;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String v) {
        idNumber = v;
    }

    public String getOrgName() {
        return orgName;
    }

    public void setOrgName(String v) {
        orgName = v;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String v) {
        creditCode = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String v) {
        address = v;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String v) {
        description = v;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String v) {
        delivery = v;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String v) {
        channel = v;
    }
}
