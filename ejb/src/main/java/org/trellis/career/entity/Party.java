package org.trellis.career.entity;

/** A role whose consent a request needs. Each is bound to one person at submission. */
public enum Party {
    EMPLOYEE, CURRENT_MANAGER, RECEIVING_MANAGER, DIRECTOR, HR,
    /** The director's own manager, for requests that reach a senior band. */
    SENIOR_LEADER
}
