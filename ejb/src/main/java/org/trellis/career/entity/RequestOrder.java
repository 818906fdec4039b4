package org.trellis.career.entity;

/**
 * The orders the requests list offers, each with the JPQL path it sorts on ({@code r} the request,
 * {@code e} its subject): a closed list, so a caller's text never reaches the query.
 */
public enum RequestOrder {
    SUBMITTED("r.submittedAt"), EFFECTIVE("r.effectiveDate"), SUBJECT("e.name"), STATE("r.state"), TYPE("r.type"),
    ID("r.id");

    private final String path;

    RequestOrder(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
